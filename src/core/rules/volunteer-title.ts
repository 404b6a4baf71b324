import { replaceFieldValue, setField } from '../edits/front-matter-edits';
import { canonicalTitle } from '../title';
import type { Finding, Rule } from './rule';

export const rule: Rule = {
  id: 'volunteer-title',
  defaultSeverity: 'information',
  summary:
    'The job title is a volunteer title, such as "peer mentor" or "recovery coach", and the front matter does not say the post is a volunteer one, says it is paid, or gives it the peer support worker role.',
  rationale:
    'The workforce plan reports volunteer titles such as "peer mentor", "peer supporter", "peer volunteer" and "recovery coach", and says these voluntary roles are different to the employed peer support worker roles, whose capabilities are not those expected of a volunteer: no framework role describes a volunteer. Volunteers should be supervised and supported and should not be doing clinical work (39.1); "employment: volunteer" lets jdkit check that. A paid post needs a framework title (plan 6.18).',
  sources: [
    {
      document: 'plan',
      ref: 'Part 2, Volunteers',
      quote:
        'It is important, however, to note that any such voluntary roles are different to the employed PSW roles within the sector and the capabilities expected of a volunteer are not the same as those in the forthcoming peer support worker capability framework.',
    },
    {
      document: 'plan',
      ref: '39.1',
      quote: 'Volunteers should be supervised and supported and should not be doing clinical work or delivering clinical interventions.',
    },
    { document: 'plan', ref: '6.18' },
  ],
  fixesOffered: [
    'For a post that says employment: paid, change the title to the framework title of its role.',
    'With no "employment" field, add "employment: volunteer".',
  ],
  check(context) {
    const volunteer = context.title.volunteer;
    const field = context.field('title');
    if (!volunteer || !field) return [];
    const titles = context.framework.titles.volunteer;
    const employed = context.framework.role(titles.employed.role)!;
    const intro = `"${context.title.title}" is a volunteer job title (workforce plan, ${volunteer.source.ref}: "${volunteer.source.quote}").`;
    const apart = `"${titles.employed.source.quote}"`;
    const employment = context.fields.employment;
    const data = { phrase: volunteer.phrase, employment: employment ?? null };

    if (employment === 'paid') {
      const role = (context.roleSource === 'declared' ? context.role?.id : undefined) ?? context.title.roles[0] ?? employed.id;
      const suggestion = canonicalTitle(context.framework, role);
      const section = context.framework.role(role)!.section;
      return [
        {
          message: `${intro} The front matter says employment: paid, but the plan keeps volunteer roles apart from employed ones: ${apart} For a paid post use the framework title "${suggestion}" (capability framework section ${section}), so applicants can see it is a paid role (plan 6.18).`,
          range: field.valueRange,
          data: { ...data, suggestion },
          fixes: [{ title: `Change the title to "${suggestion}"`, edits: [replaceFieldValue(context.doc, field, suggestion)], needsJudgement: true }],
        },
      ];
    }

    const givenEmployedRole = context.role?.id === employed.id;
    // A post declared a volunteer one, without the employed role, has nothing left to change.
    if (employment === 'volunteer' && !givenEmployedRole) return [];
    const rules = context.framework.guidance.volunteers.source;
    const how = context.roleSource === 'declared' ? 'The front matter gives it' : 'Its capabilities are those of';
    const finding: Finding = {
      message: [
        intro,
        givenEmployedRole
          ? `${how} the ${employed.name.toLowerCase()} role (capability framework section ${employed.section}), but the plan keeps volunteer roles apart from the employed one: ${apart}`
          : `The plan keeps such roles apart from the employed ${employed.name.toLowerCase()} role (capability framework section ${employed.section}): ${apart}`,
        `What applies to volunteers is plan ${rules.ref}: "${rules.quote}"`,
        employment ? '' : 'Set "employment: volunteer" in the front matter so that jdkit checks the post against this.',
      ]
        .filter(Boolean)
        .join(' '),
      range: field.valueRange,
      data,
    };
    const edit = employment ? null : setField(context.doc, 'employment', 'volunteer');
    return [edit ? { ...finding, fixes: [{ title: 'Set employment: volunteer', edits: [edit] }] } : finding];
  },
};
