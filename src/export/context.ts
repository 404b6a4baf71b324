// The template context: everything a template can use, as a zod schema.
// Every context is validated against it before rendering, and docs/templates.md
// is generated from it (docs.ts), so the documentation cannot drift from the
// data. Optional values are null rather than missing: templates run in
// Handlebars' strict mode, where a missing field is an error (it catches
// typos) but a null one is simply empty.
import * as z from '../core/zod';
import { EMPLOYMENT } from '../core/fields';
import { POPULATIONS, ROLE_IDS, SETTINGS } from '../core/framework/schema';

const text = (description: string) => z.string().check(z.describe(description));
const optionalText = (description: string) =>
  z
    .nullable(z.string())
    .check(z.describe(/\bnull\b/i.test(description) ? description : `${description} Null when not given.`));

const MARKUP_NOTE =
  'The same text as jdkit markup, keeping bold, italic and links; output it with triple braces: `{{{markup}}}`.';

const paragraphBlock = z.strictObject({
  type: z.literal('paragraph').check(z.describe('"paragraph".')),
  text: text('The paragraph as plain text.'),
  markup: text(MARKUP_NOTE),
});

const listBlock = z.strictObject({
  type: z.literal('list').check(z.describe('"list".')),
  ordered: z.boolean().check(z.describe('True for a numbered list.')),
  items: z
    .array(
      z.strictObject({
        text: text('The item as plain text.'),
        markup: text(MARKUP_NOTE),
        depth: z
          .int()
          .check(z.minimum(0))
          .check(z.describe('0 for a top-level item, 1 for an item of a list nested in it, and so on.')),
      }),
    )
    .check(z.describe('The items in order, nested items following their parent.')),
});

const headingBlock = z.strictObject({
  type: z.literal('heading').check(z.describe('"heading".')),
  level: z
    .int()
    .check(z.minimum(1))
    .check(z.describe('1 for a `###` heading under the section’s `##` heading, 2 for `####`, and so on.')),
  text: text('The heading as plain text.'),
  markup: text(MARKUP_NOTE),
});

export const blockSchema = z
  .discriminatedUnion('type', [paragraphBlock, listBlock, headingBlock])
  .check(z.describe('A paragraph, list or sub-heading of the Markdown. The `blocks` helper renders a list of them.'));

export const sectionSchema = z
  .strictObject({
    heading: text('The `##` heading as written, e.g. "Main duties".'),
    id: text('The heading as a lower-case slug, e.g. "main-duties".'),
    text: text('All of the section’s text as plain text, paragraphs and items separated by spaces.'),
    blocks: z.array(blockSchema).check(z.describe('The section’s content in order.')),
  })
  .check(z.describe('A `##` section of the job description.'));

/** A named section of the document, or null when it has none. */
const optionalSection = (description: string) => z.nullable(sectionSchema).check(z.describe(description));

const statementSchema = z.strictObject({
  id: text('Framework statement id, e.g. "DAW-2-03": role abbreviation, domain number, statement number.'),
  text: text('The statement’s wording in the framework.'),
  roleId: z.enum(ROLE_IDS).check(z.describe('The framework role the statement belongs to.')),
  roleName: text('That role’s name in the framework, e.g. "Drug and alcohol worker".'),
  section: text('The framework section of that role, e.g. "5.1".'),
  domainId: text('The domain as a slug, e.g. "application-of-knowledge".'),
  domainName: text('The domain’s name, e.g. "Application of knowledge".'),
  domainNumber: z.int().check(z.positive()).check(z.describe('The domain’s number within its role.')),
});

export const capabilitySchema = z
  .strictObject({
    text: text('The capability bullet as written in the job description.'),
    group: optionalText('The `###` heading the bullet sits under in the Capabilities section.'),
    statement: z
      .nullable(statementSchema)
      .check(
        z.describe(
          'The framework statement the bullet matches (for the document’s role where it can be), or null when it matches none.',
        ),
      ),
    ownRole: z
      .boolean()
      .check(
        z.describe(
          'True when the statement belongs to the document’s role or a role it builds on; false for another role’s statement or none.',
        ),
      ),
    exact: z
      .boolean()
      .check(
        z.describe('True when the bullet has the statement’s exact wording (ignoring case, punctuation and spacing).'),
      ),
    score: z
      .number()
      .check(z.minimum(0))
      .check(z.maximum(1))
      .check(z.describe('How closely the bullet matches the statement, 0 to 1 (0 when there is no statement).')),
  })
  .check(z.describe('A capability bullet of the job description with the framework statement it matches.'));

const domainGroupSchema = z.strictObject({
  id: text('The domain as a slug, e.g. "overarching-capabilities".'),
  name: text('The domain’s name, e.g. "Overarching capabilities".'),
  items: z.array(capabilitySchema).check(z.describe('The document’s capabilities in this domain, in document order.')),
});

const QUESTION = text('The question, as the panel asks it.');
const GOOD_ANSWER = z.array(z.string()).check(z.describe('What a good answer shows: points the panel can tick off.'));

export const criterionSchema = z
  .strictObject({
    text: text(
      'The criterion with a capital first letter, e.g. "Experience of working with people who use drugs or alcohol".',
    ),
    essential: z.boolean().check(z.describe('True for an essential criterion, false for a desirable one.')),
    category: text(
      'What kind of criterion it is: the `###` heading it sits under in the Person specification section, a domain name, or "Registration".',
    ),
    assessment: text(
      'How it is assessed: the employer’s own "(how assessed: …)" note after the criterion, else a guess from its words, e.g. "Application and interview".',
    ),
    statementId: optionalText('For a criterion taken from a capability: the framework statement id.'),
    source: z
      .enum(['person-specification', 'registration', 'capability'])
      .check(
        z.describe(
          'Where it comes from: the document’s Person specification section, the role’s registration requirement, or its capabilities.',
        ),
      ),
  })
  .check(z.describe('A person specification criterion.'));

const criterionGroupSchema = z.strictObject({
  category: text(
    '"Registration", "Qualifications and training", "Experience", "Knowledge", "Skills and abilities", "Values and personal qualities", "Other requirements", or the document’s own `###` heading.',
  ),
  criteria: z.array(criterionSchema).check(z.describe('Its criteria, essential first.')),
});

const supervisionSchema = z.strictObject({
  kind: z.enum(['clinical', 'safeguarding', 'supportive']).check(z.describe('The kind of supervision.')),
  name: text('E.g. "Clinical supervision".'),
  detail: text('What the workforce plan asks for, in plain words.'),
  source: text('Where the plan says so, e.g. "plan 3.2".'),
  offered: z
    .boolean()
    .check(
      z.describe(
        'Whether the job description offers it: its text names it as something the post holder receives, as the missing-supervision rule reads it (which also asks that it be regular, not only on request). Templates promise applicants only what is offered.',
      ),
    ),
});

const missingStatementSchema = z.strictObject({
  id: text('Framework statement id.'),
  text: text('The statement’s wording.'),
  domainName: text('Its domain.'),
});

export const templateContextSchema = z.strictObject({
  template: z
    .strictObject({
      name: text('The template’s name, e.g. "advert".'),
    })
    .check(z.describe('The template being rendered.')),
  document: z
    .strictObject({
      file: optionalText('The job description’s file name, e.g. "drug-and-alcohol-worker.jd.md".'),
      generated: text('The date of the export in words, e.g. "3 March 2025".'),
    })
    .check(z.describe('The source document and the export.')),
  options: z
    .strictObject({
      appendix: z
        .boolean()
        .check(z.describe('Whether to add the traceability appendix (config `export.appendix`, default true).')),
    })
    .check(z.describe('Export options from the configuration.')),
  organisation: optionalText('The employer: the front-matter `organisation`, else the config’s `export.organisation`.'),
  job: z
    .strictObject({
      title: text('The job title (front-matter `title`; "Untitled post" when missing).'),
      department: optionalText('Front-matter `department`.'),
      location: optionalText('Front-matter `location`.'),
      salary: optionalText('Front-matter `salary`.'),
      grade: optionalText(
        'Front-matter `grade`; a bare number such as 4 becomes "Grade 4", which reads as a grade beside a salary or in its place.',
      ),
      hours: optionalText('Front-matter `hours`; a bare number such as 37.5 becomes "37.5 hours a week".'),
      contract: optionalText('Front-matter `contract`.'),
      closingDate: optionalText('Front-matter `closing_date`.'),
      interviewDate: optionalText('Front-matter `interview_date`.'),
      startDate: optionalText('Front-matter `start_date`.'),
      reportsTo: optionalText('Front-matter `reports_to`.'),
      reference: optionalText('Front-matter `reference`.'),
      contact: optionalText('Front-matter `contact`.'),
      apply: optionalText('Front-matter `apply`: how or where to apply.'),
      caseload: z.nullable(z.int()).check(z.describe('Front-matter `caseload`. Null when not given.')),
      setting: z.nullable(z.enum(SETTINGS)).check(z.describe('Front-matter `setting`. Null when not given.')),
      settingLabel: optionalText('The setting in words, e.g. "Residential rehabilitation".'),
      population: z.nullable(z.enum(POPULATIONS)).check(z.describe('Front-matter `population`. Null when not given.')),
      populationLabel: optionalText('The population in words, e.g. "Children and young people".'),
      employment: z.nullable(z.enum(EMPLOYMENT)).check(z.describe('Front-matter `employment`. Null when not given.')),
      volunteer: z.boolean().check(z.describe('True when `employment` is "volunteer".')),
      employmentLabel: optionalText(
        'For a volunteer post, "Voluntary (unpaid)": volunteer roles are unpaid (workforce plan, Volunteers). Null for a paid post.',
      ),
    })
    .check(
      z.describe('The post, from the front matter. Invalid values are left out (null), as the linter reports them.'),
    ),
  details: z
    .array(
      z.strictObject({
        label: text('E.g. "Salary".'),
        value: text('E.g. "£28,000 to £32,000 a year".'),
      }),
    )
    .check(
      z.describe(
        'The post’s key facts that are given, in a fixed order (location, employment for a volunteer post, salary, grade, hours, typical caseload, contract, department, reports to, closing date, interview date, start date, reference), for a summary table.',
      ),
    ),
  role: z
    .nullable(
      z.strictObject({
        id: z.enum(ROLE_IDS).check(z.describe('Framework role id, e.g. "drug-and-alcohol-worker".')),
        name: text('The framework’s name for the role.'),
        abbreviation: text('Abbreviation used in statement ids, e.g. "DAW".'),
        section: text('Framework section, e.g. "5.1".'),
        clinical: z.boolean().check(z.describe('True for clinical roles.')),
        pickAndMix: z
          .boolean()
          .check(
            z.describe(
              'True for the roles whose capabilities the employer chooses (framework section 2: nurses, practitioner psychologists, pharmacy professionals and peer support workers).',
            ),
          ),
        descriptorOnly: z
          .boolean()
          .check(
            z.describe(
              'True for the roles of framework section 7, which have a descriptor instead of capability statements.',
            ),
          ),
        source: z
          .enum(['declared', 'title', 'capabilities'])
          .check(
            z.describe(
              'How the role was found: declared in `role`, inferred from the title, or from the capabilities.',
            ),
          ),
        profile: z.array(z.string()).check(z.describe('The framework’s role profile paragraphs, verbatim.')),
        regulation: z
          .nullable(
            z.strictObject({
              regulator: text('Short name, e.g. "NMC".'),
              regulatorName: text('Full name, e.g. "Nursing and Midwifery Council".'),
              requirement: text(
                'What the postholder must hold, e.g. "registration with the Nursing and Midwifery Council (NMC) as a nurse or nursing associate".',
              ),
              section: text('The framework section that says so.'),
            }),
          )
          .check(z.describe('Professional registration the role requires, or null for unregulated roles.')),
        buildsOn: z
          .array(z.strictObject({ id: z.enum(ROLE_IDS).check(z.describe('Role id.')), name: text('Role name.') }))
          .check(
            z.describe('The roles whose capabilities this post also needs (framework section 2), for its population.'),
          ),
      }),
    )
    .check(
      z.describe(
        'The framework role of the post (declared, or inferred as the linter does), or null when none is known.',
      ),
    ),
  supervision: z
    .array(supervisionSchema)
    .check(z.describe('The supervision the workforce plan requires for the role and the roles it builds on.')),
  supervisionSentences: z
    .array(paragraphBlock)
    .check(
      z.describe(
        'The employer’s own sentences offering the post holder clinical, safeguarding or supportive supervision (as `supervision[].offered` reads the text: not supervision the post holder gives, or makes sure others get), each once, in document order: how often and from whom, in the employer’s words, for templates that do not show the whole Supervision section. Empty when the text offers none.',
      ),
    ),
  duties: z
    .array(
      z.strictObject({
        text: text('The duty as plain text, without its sub-items.'),
        markup: text(MARKUP_NOTE),
        key: z
          .boolean()
          .check(
            z.describe(
              'True when the duty gives the post what an applicant most needs to know: casework (a caseload, key work, care plans), clinical or regulated work (treatment interventions, comprehensive assessments, prescribing), another role’s capability (as capability-other-role reports), or supervision the post holder gives. The `keep` helper keeps these when a template shows only some duties.',
            ),
          ),
      }),
    )
    .check(
      z.describe(
        'The top-level bullets of the Main duties section, across its sub-headings, in document order; empty when it has none.',
      ),
    ),
  intro: z
    .array(blockSchema)
    .check(z.describe('Text between the front matter and the first `##` heading (a `#` title there is left out).')),
  sections: z
    .strictObject({
      aboutTheRole: optionalSection('"About the role" (also "Job purpose", "Role summary", "Overview"), or null.'),
      aboutUs: optionalSection('"About us" (also "About the organisation", "About the service"), or null.'),
      mainDuties: optionalSection('"Main duties" (also "Key responsibilities", "Duties"), or null.'),
      personSpecification: optionalSection('"Person specification", or null.'),
      supervisionAndSupport: optionalSection(
        '"Supervision and support" (any heading starting "Supervision"), or null.',
      ),
      terms: optionalSection('"Terms" (also "Terms and conditions", "Benefits", "What we offer"), or null.'),
      howToApply: optionalSection('"How to apply", or null.'),
      equality: optionalSection(
        '"Equality" (also "Equality, diversity and inclusion", "Equal opportunities"), or null.',
      ),
      other: z
        .array(sectionSchema)
        .check(z.describe('Every other `##` section except Capabilities, in document order.')),
      all: z.array(sectionSchema).check(z.describe('Every `##` section except Capabilities, in document order.')),
    })
    .check(
      z.describe('The document’s `##` sections. Templates look for the named ones and render `other` as they come.'),
    ),
  informalContact: optionalText(
    'The employer’s own sentence inviting an informal conversation about the post, e.g. "For an informal chat, call Sam Bright on 01632 960 101.", found anywhere in the text except Main duties (the post holder’s own contacts) and How to apply (which templates show whole); null when there is none or the front matter gives `contact`. For templates that show only parts of the document: the advert adds it to How to apply.',
  ),
  howToApplyOmits: z
    .strictObject({
      apply: z.boolean().check(z.describe('The section leaves out the front matter’s `apply`.')),
      contact: z.boolean().check(z.describe('The section leaves out the front matter’s `contact`.')),
    })
    .check(
      z.describe(
        'Whether the document’s own How to apply section leaves out the front matter’s `apply` or `contact` (its words are not in the section): templates show the section whole and then what it leaves out, so an applicant still learns how to apply and whom to ask. Both false when the document has no such section or the field is not set.',
      ),
    ),
  capabilities: z
    .strictObject({
      heading: optionalText('The Capabilities section’s heading as written.'),
      intro: z
        .array(blockSchema)
        .check(z.describe('Text in the Capabilities section that is not a capability bullet or `###` heading.')),
      items: z.array(capabilitySchema).check(z.describe('Every capability bullet, in document order.')),
      count: z.int().check(z.minimum(0)).check(z.describe('How many capability bullets there are.')),
      matched: z.int().check(z.minimum(0)).check(z.describe('How many of them match a framework statement.')),
      domains: z
        .array(domainGroupSchema)
        .check(
          z.describe(
            'The capabilities grouped by the framework domain of their statement, in the framework’s domain order (the role’s own domains first); bullets matching no statement are in `unmatched`.',
          ),
        ),
      unmatched: z.array(capabilitySchema).check(z.describe('Bullets that match no framework statement.')),
      groups: z
        .array(
          z.strictObject({
            heading: optionalText('The `###` heading as written; null for the bullets before the first `###` heading.'),
            items: z.array(capabilitySchema).check(z.describe('Its bullets in order.')),
          }),
        )
        .check(z.describe('The capabilities as the author grouped them under `###` headings.')),
    })
    .check(z.describe('The Capabilities section, matched against the framework.')),
  coverage: z
    .strictObject({
      total: z
        .int()
        .check(z.minimum(0))
        .check(z.describe('How many framework statements the role and the roles it builds on have.')),
      covered: z
        .int()
        .check(z.minimum(0))
        .check(z.describe('How many of them the document includes, word for word or modified.')),
      missing: z.array(missingStatementSchema).check(z.describe('The statements the document leaves out.')),
    })
    .check(
      z.describe(
        'How much of the role’s framework capabilities the document covers (as the editor’s coverage view counts it). Zero when no role is known.',
      ),
    ),
  interview: z
    .strictObject({
      scale: z
        .array(
          z.strictObject({
            score: z.int().check(z.describe('The score, from 0.')),
            meaning: text('What an answer with that score shows.'),
          }),
        )
        .check(z.describe('The scoring scale.')),
      values: z
        .array(
          z.strictObject({
            principle: text('The principle as the framework names it.'),
            question: QUESTION,
            goodAnswer: GOOD_ANSWER,
          }),
        )
        .check(
          z.describe(
            'Questions on the framework’s principles (section 4): person-centred, trauma-informed, challenging stigma, lived experience, families.',
          ),
        ),
      domains: z
        .array(
          z.strictObject({
            name: text('The domain, with the role in brackets for a role the post builds on.'),
            questions: z
              .array(
                z.strictObject({
                  question: QUESTION,
                  goodAnswer: GOOD_ANSWER,
                  statementIds: z.array(z.string()).check(z.describe('The capability statements the question tests.')),
                }),
              )
              .check(z.describe('One or two open questions.')),
          }),
        )
        .check(
          z.describe(
            'One or two open questions for each domain of the role (and of the roles it builds on), with what a good answer shows and the statements each tests.',
          ),
        ),
      profile: z
        .array(z.strictObject({ question: QUESTION, goodAnswer: GOOD_ANSWER }))
        .check(
          z.describe(
            'For a role the framework describes without capability statements (section 7: doctors, leaders and managers, counsellors): one or two questions on its role descriptor; empty otherwise.',
          ),
        ),
      registration: z
        .nullable(
          z.strictObject({
            regulator: text(
              'The regulator’s full name, e.g. "Nursing and Midwifery Council", "Social Work England": some names take "the", some do not; `role.regulation.requirement` is a whole phrase.',
            ),
            question: QUESTION,
            goodAnswer: GOOD_ANSWER,
          }),
        )
        .check(z.describe('The registration question of a regulated role, or null.')),
      supervision: z
        .strictObject({ question: QUESTION, goodAnswer: GOOD_ANSWER })
        .check(
          z.describe(
            'The question on using clinical supervision (plan 3.2); for a peer support worker, supportive supervision (framework section 4); for a volunteer post, supervision and support (plan 39.1). It tells the candidate the post has that supervision only when the job description offers it.',
          ),
        ),
    })
    .check(
      z.describe(
        'Interview questions from framework-data/interview.json for the role: the `interview` template’s content.',
      ),
    ),
  criteria: z
    .strictObject({
      essential: z
        .array(criterionSchema)
        .check(
          z.describe(
            'Essential criteria: the registration the role needs (unless a Person specification item already asks for it), the Person specification section’s essential items, then the capabilities listed in `essential_capabilities`.',
          ),
        ),
      desirable: z
        .array(criterionSchema)
        .check(z.describe('Desirable criteria from the Person specification section.')),
      stated: z
        .array(criterionSchema)
        .check(
          z.describe(
            'The criteria that are not capabilities (registration and the Person specification section’s items), essential first: a short person specification for a job description that lists the capabilities elsewhere.',
          ),
        ),
      statedGroups: z
        .array(criterionGroupSchema)
        .check(
          z.describe(
            'The same criteria as `stated`, grouped by category as `groups` groups them: the job description’s person specification keeps the categories the person specification shows.',
          ),
        ),
      groups: z
        .array(criterionGroupSchema)
        .check(
          z.describe('Every criterion (essential and desirable) grouped by category, in the order panels read them.'),
        ),
      develop: z
        .array(
          z.strictObject({
            domain: text('The framework domain, with the role in brackets for a role the post builds on.'),
            section: text('The framework section of the role, e.g. "5.1".'),
            statementIds: z
              .array(z.string())
              .check(z.describe('The ids of the domain’s statements not listed as essential.')),
            ids: text('The same ids for reading: "DAW-2-01 to DAW-2-13".'),
          }),
        )
        .check(
          z.describe(
            'The role’s capabilities to develop in post, one row a domain: the framework (section 2) does not expect them all at entry. For a role whose capabilities the employer chooses (`role.pickAndMix`), only those the document lists or restates.',
          ),
        ),
    })
    .check(
      z.describe(
        'Person specification criteria for shortlisting, derived from the Person specification section, the registration requirement and the capabilities.',
      ),
    ),
});

export type TemplateContext = z.infer<typeof templateContextSchema>;
export type SectionData = z.infer<typeof sectionSchema>;
export type CapabilityData = z.infer<typeof capabilitySchema>;
export type CriterionData = TemplateContext['criteria']['essential'][number];
