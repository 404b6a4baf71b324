import type { FrontMatterField } from '../document/front-matter';
import type { LintContext } from '../lint-context';
import { outOfScopeSetting, type TitleAnalysis } from '../title';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'out-of-scope-title',
  defaultSeverity: 'information',
  summary:
    'The job title names a post the capability framework does not cover, such as an Alcohol Care Team, prison or community pharmacy post, or the team or location names such a setting.',
  rationale:
    'The capability framework is for the local authority-commissioned drug and alcohol treatment and recovery workforce. Section 1 lists roles and settings out of its scope, among them NHS England-commissioned teams in secure settings and Alcohol Care Teams, and pharmacists in retail, community and hospital pharmacies; sections 5.7 and 5.9 leave out some psychologists and pharmacy assistants. For such a post the framework, and jdkit’s checks against it, may not apply.',
  sources: [
    {
      document: 'framework',
      ref: '1',
      quote:
        'The following roles and settings are out of the scope of this capability framework as they are not part of the LA-commissioned drug and alcohol treatment and recovery workforce:',
    },
    { document: 'framework', ref: '5.7' },
    { document: 'framework', ref: '5.9' },
  ],
  fixesOffered: [],
  check(context) {
    const found = fromTitle(context) ?? fromSettingFields(context);
    if (!found) return [];
    const { outOfScope, field, lead } = found;
    const { ref, quote } = outOfScope.source;
    return [
      {
        message:
          `${lead} ${outOfScope.what}, which the capability framework does not cover (section ${ref}: "${quote}"). ` +
          (outOfScope.excludes === 'role'
            ? 'The framework leaves this role out wherever the post is, so its capabilities, and jdkit’s checks against them, do not apply.'
            : 'If the post is in a local authority-commissioned drug and alcohol treatment and recovery service, the framework applies after all; if not, its capabilities, and jdkit’s checks against them, may not.'),
        range: field.valueRange,
        data: { phrase: outOfScope.phrase, field: field.key },
      },
    ];
  },
};

/** What names the out-of-scope post, where, and the message's words for it up to the setting ('"…" looks like'). */
interface Found {
  outOfScope: NonNullable<TitleAnalysis['outOfScope']>;
  field: FrontMatterField;
  lead: string;
}

function fromTitle(context: LintContext): Found | null {
  const outOfScope = context.title.outOfScope;
  const field = context.field('title');
  return outOfScope && field ? { outOfScope, field, lead: `"${context.title.title}" looks like` } : null;
}

/**
 * The team or the location naming a setting the framework leaves out ("Alcohol
 * Care Team", "HMP Leeds"), under a title that does not, unless the `setting`
 * field says where the post is (a community team for people leaving prison).
 */
function fromSettingFields(context: LintContext): Found | null {
  if (context.fields.setting !== undefined) return null;
  for (const [name, what] of SETTING_FIELDS) {
    const field = context.field(name);
    const value = context.fields.all[name];
    if (!field || typeof value !== 'string') continue;
    const outOfScope = outOfScopeSetting(value, context.framework, context.config);
    if (outOfScope) return { outOfScope, field, lead: `The ${what} "${value}" suggests` };
  }
  return null;
}

/** The fields that say where a post is, as the message names them. */
const SETTING_FIELDS = [
  ['department', 'team or service'],
  ['location', 'location'],
] as const;
