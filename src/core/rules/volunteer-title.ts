import { replaceFieldValue, setField } from '../edits/front-matter-edits';
import { roleName } from '../coverage';
import { getFramework } from '../framework/load';
import { listing } from '../text/listing';
import { canonicalTitle } from '../title';
import type { Finding, Rule } from './rule';

export const rule: Rule = {
  id: 'volunteer-title',
  defaultSeverity: 'information',
  get summary() {
    const { titles, employed } = getFramework().titles.volunteer;
    const examples = titles[0].titles.slice(0, 2).map((t) => `"${t}"`);
    return (
      `The job title is a volunteer title, such as ${listing(examples, 'or')}, and the front matter does not say the post is a volunteer one, ` +
      `says it is paid, or gives it the ${roleName(getFramework().role(employed.role)!)} role.`
    );
  },
  get rationale() {
    const framework = getFramework();
    const { titles, employed } = framework.titles.volunteer;
    const { volunteers } = framework.guidance;
    return (
      `The workforce plan reports volunteer titles such as ${listing(titles[0].titles.map((t) => `"${t}"`))}, and says these voluntary roles are different to the employed ` +
      `${roleName(framework.role(employed.role)!)} roles, whose capabilities are not those expected of a volunteer: no framework role describes a volunteer. ` +
      `Volunteers should be supervised and supported and should not be doing clinical work (${volunteers.source.ref}); "employment: volunteer" lets jdkit check that. ` +
      'A paid post needs a framework title (plan 6.18).'
    );
  },
  get sources() {
    const framework = getFramework();
    return [
      framework.titles.volunteer.employed.source,
      framework.guidance.volunteers.source,
      { document: 'plan' as const, ref: '6.18' },
    ];
  },
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

    if (context.paid) {
      const paid =
        employment === 'paid'
          ? 'The front matter says employment: paid'
          : `The post is paid (salary: ${context.fields.all.salary})`;
      const role =
        (context.roleSource === 'declared' ? context.role?.id : undefined) ?? context.titleRoles[0] ?? employed.id;
      const suggestion = canonicalTitle(context.framework, role);
      const section = context.framework.role(role)!.section;
      return [
        {
          message: `${intro} ${paid}, but the plan keeps volunteer roles apart from employed ones: ${apart} For a paid post use the framework title "${suggestion}" (capability framework section ${section}), so applicants can see it is a paid role (plan 6.18).`,
          range: field.valueRange,
          data: { ...data, suggestion },
          fixes: [
            {
              title: `Change the title to "${suggestion}"`,
              edits: [replaceFieldValue(context.doc, field, suggestion)],
              needsJudgement: true,
            },
          ],
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
