import { replaceFieldValue } from '../edits/front-matter-edits';
import type { LintContext } from '../lint-context';
import { normalisedKey } from '../match/normalise';
import { nearest } from '../text/closest';
import type { Rule } from './rule';
import { canonicalTitle } from '../title';

/** At most this many "did you mean" titles: more would be a list, not a suggestion. */
const MAX_SUGGESTIONS = 2;

export const rule: Rule = {
  id: 'unknown-title',
  defaultSeverity: 'warning',
  summary: 'The job title does not match any role title (or known alias) in the capability framework.',
  rationale:
    'The workforce plan (6.18) says employers must ensure job adverts and job titles align with job responsibilities and the capability framework, for clarity and transparency about the role. A title the framework does not use leaves applicants guessing what the job is.',
  sources: [
    {
      document: 'plan',
      ref: '6.18',
      quote: 'Employers must ensure that job adverts and job titles align with job responsibilities and the capability framework.',
    },
  ],
  fixable: true,
  check(context) {
    const { title, roles, vague } = context.title;
    const field = context.field('title');
    if (!title || !field || roles.length > 0 || vague) return [];
    const suggestions = similarTitles(context, title);
    // The declared role's own title is the best suggestion when the title resembles no framework title.
    if (context.roleSource === 'declared' && context.role) {
      const own = canonicalTitle(context.framework, context.role.id);
      if (!suggestions.includes(own)) suggestions.push(own);
    }
    const didYouMean = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
    return [
      {
        message:
          `The job title "${title}" does not match any role in the capability framework. The workforce plan (6.18) asks employers to align job titles with job responsibilities and the framework, so applicants know what the role is.` +
          `${didYouMean} If this is your organisation's name for a framework role, add it to "titleAliases" in .jdkit.json.`,
        range: field.valueRange,
        data: { suggestions },
        ...(suggestions.length > 0
          ? { fixes: suggestions.map((s) => ({ title: `Change the title to "${s}"`, edits: [replaceFieldValue(context.doc, field, s)] })) }
          : {}),
      },
    ];
  },
};

/** Canonical titles of the roles whose title or alias is the nearest spelling of `title` (typos, British/American spelling). */
function similarTitles(context: LintContext, title: string): string[] {
  const canonicalByKey = new Map<string, string>();
  for (const entry of context.framework.titles.roles) {
    for (const phrase of [entry.canonical, ...entry.aliases, ...(context.config.titleAliases[entry.role] ?? [])]) {
      if (!canonicalByKey.has(normalisedKey(phrase))) canonicalByKey.set(normalisedKey(phrase), entry.canonical);
    }
  }
  const near = nearest(normalisedKey(title), canonicalByKey.keys()).map((key) => canonicalByKey.get(key)!);
  return [...new Set(near)].slice(0, MAX_SUGGESTIONS);
}
