import { replaceFieldValue } from '../edits/front-matter-edits';
import { canonicalTitle } from '../title';
import { NO_ROLE_CHECKED, type Rule } from './rule';

export const rule: Rule = {
  id: 'vague-title',
  defaultSeverity: 'warning',
  summary: 'The job title is one the workforce plan calls vague, such as "recovery worker".',
  rationale:
    'Drug and alcohol workers told the workforce plan that job adverts are often misleading because job titles are vague, using titles such as "recovery worker" without being clear about the nature and responsibilities of the role. The plan (6.18) asks employers to align job titles with the capability framework.',
  sources: [
    {
      document: 'plan',
      ref: 'Part 2, Drug and alcohol workers',
      quote:
        'Drug and alcohol workers reported that job adverts are often misleading because job titles tend to be vague, using titles such as ‘recovery worker,’ without being clear about the nature and responsibilities of the role.',
    },
    { document: 'plan', ref: '6.18' },
  ],
  fixesOffered: [
    'Change the title to the framework title of the post’s role: the declared one, the one the capabilities describe, or else the one the vague title usually stands for.',
  ],
  check(context) {
    const vague = context.title.vague;
    const field = context.field('title');
    if (!vague || !field) return [];
    // A vague title names no role, so context.role is the declared one or the one the capabilities show:
    // better evidence than the title's usual meaning.
    const role = context.framework.role(context.role?.id ?? context.forPopulation(vague.suggest)[0])!;
    const suggestion = canonicalTitle(context.framework, role.id);
    return [
      {
        message:
          `"${context.title.title}" is a vague job title: the workforce plan reports that "job adverts are often misleading because job titles tend to be vague, using titles such as ‘recovery worker’". ` +
          `Use the framework title "${suggestion}" (capability framework section ${role.section}) so applicants can see what the role involves (plan 6.18).` +
          // Otherwise the one warning reads as if the rest had been checked and passed.
          (context.role ? '' : ` ${NO_ROLE_CHECKED} Add "role: ${role.id}" to the front matter if that is the role.`),
        range: field.valueRange,
        data: { roles: [role.id], suggestion, vague: vague.title },
        fixes: [
          {
            title: `Change the title to "${suggestion}"`,
            edits: [replaceFieldValue(context.doc, field, suggestion)],
            needsJudgement: true,
          },
        ],
      },
    ];
  },
};
