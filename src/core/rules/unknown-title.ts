import { replaceFieldValue } from '../edits/front-matter-edits';
import type { LintContext } from '../lint-context';
import { normalisedKey } from '../match/normalise';
import { editDistance } from '../text/closest';
import { NO_ROLE_CHECKED, type Rule } from './rule';
import { canonicalTitle, roleTitles } from '../title';

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
      quote:
        'Employers must ensure that job adverts and job titles align with job responsibilities and the capability framework.',
    },
  ],
  fixesOffered: [
    'Change the title to the framework title of the post’s role, declared or inferred from the capabilities, or to a framework title it resembles.',
  ],
  check(context) {
    const { title, roles, vague, volunteer, outOfScope } = context.title;
    const field = context.field('title');
    // Volunteer and out-of-scope posts have no framework title: volunteer-title and out-of-scope-title explain them.
    if (!title || !field || roles.length > 0 || vague || volunteer || outOfScope) return [];
    const suggestions = suggestedTitles(context, title);
    const didYouMean = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
    return [
      {
        message:
          `The job title "${title}" does not match any role in the capability framework. The workforce plan (6.18) asks employers to align job titles with job responsibilities and the framework, so applicants know what the role is.` +
          `${didYouMean} If this is your organisation's name for a framework role, add it to "titleAliases" in .jdkit.json.` +
          (context.role ? '' : ` ${NO_ROLE_CHECKED}`),
        range: field.valueRange,
        data: { suggestions },
        ...(suggestions.length > 0
          ? {
              fixes: suggestions.map((s) => ({
                title: `Change the title to "${s}"`,
                edits: [replaceFieldValue(context.doc, field, s)],
                needsJudgement: true,
              })),
            }
          : {}),
      },
    ];
  },
};

/**
 * The titles to offer, best first. With the role known, declared or inferred
 * from the capabilities (the title names none), its framework title comes
 * first: it is the role every other check, and role-inferred, takes the post
 * for. After it, at most one other title, and only a near-spelling of the
 * whole title, a slip for another framework title ("Drug and alchohol
 * worker"): a title that merely shares a word with this one ("Hidden Harm
 * Worker", "Harm reduction worker") would set the title against the role.
 * With no role known, the titles it resembles.
 */
function suggestedTitles(context: LintContext, title: string): string[] {
  const similar = similarTitles(context, title);
  if (!context.role) return similar.slice(0, MAX_SUGGESTIONS).map((s) => s.canonical);
  const own = canonicalTitle(context.framework, context.role.id);
  const near = similar.find((s) => s.near && s.canonical !== own);
  return near ? [own, near.canonical] : [own];
}

/** How far a whole title may be from a framework title to be its near-spelling: one edit in ten characters. */
const WHOLE_TITLE_EDITS_PER_CHARACTER = 1 / 10;

/**
 * Canonical titles of the roles whose title or alias is a near-spelling of the
 * whole title ("Pear support worker"), else that share a distinctive word with
 * it, allowing for typos ("Clinical psycologist"), most shared words first;
 * `near` when a near-spelling. Generic words (titles.json) never count:
 * "Housing support worker" shares only "support worker" with "Peer support worker".
 */
function similarTitles(context: LintContext, title: string): { canonical: string; near: boolean }[] {
  const generic = new Set(context.framework.titles.genericWords);
  const distinctive = (key: string) => key.split(' ').filter((w) => !generic.has(w));
  const key = normalisedKey(title);
  const words = distinctive(key);
  const maxEdits = Math.max(1, Math.floor(key.length * WHOLE_TITLE_EDITS_PER_CHARACTER));
  const ranked: { canonical: string; near: boolean; shared: number; distance: number }[] = [];
  for (const entry of context.framework.titles.roles) {
    for (const phrase of [...roleTitles(entry), ...(context.config.titleAliases[entry.role] ?? [])]) {
      const candidate = normalisedKey(phrase);
      const distance = editDistance(key, candidate);
      const near = distance <= maxEdits;
      const shared = distinctive(candidate).filter((w) => words.some((x) => sameWord(x, w))).length;
      if (near || shared > 0) ranked.push({ canonical: entry.canonical, near, shared, distance });
    }
  }
  ranked.sort((a, b) => Number(b.near) - Number(a.near) || b.shared - a.shared || a.distance - b.distance);
  // Each role once, where it ranks best: a near-spelling if any of its titles is one.
  const seen = new Set<string>();
  return ranked.filter((r) => !seen.has(r.canonical) && seen.add(r.canonical));
}

/** Equal, or a typo of a word of five letters or more: one edit, two from eight letters ("psycologist"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  return shorter >= 5 && editDistance(a, b) <= (shorter >= 8 ? 2 : 1);
}
