// The template context: everything a template can use, as a zod schema.
// Every context is validated against it before rendering, and docs/templates.md
// is generated from it (docs.ts), so the documentation cannot drift from the
// data. Optional values are null rather than missing: templates run in
// Handlebars' strict mode, where a missing field is an error (it catches
// typos) but a null one is simply empty.
import { z } from 'zod';
import { EMPLOYMENT } from '../core/fields';
import { POPULATIONS, ROLE_IDS, SETTINGS } from '../core/framework/schema';

const text = (description: string) => z.string().describe(description);
const optionalText = (description: string) =>
  z
    .string()
    .nullable()
    .describe(/\bnull\b/i.test(description) ? description : `${description} Null when not given.`);

const MARKUP_NOTE =
  'The same text as jdkit markup, keeping bold, italic and links; output it with triple braces: `{{{markup}}}`.';

const paragraphBlock = z
  .object({
    type: z.literal('paragraph').describe('"paragraph".'),
    text: text('The paragraph as plain text.'),
    markup: text(MARKUP_NOTE),
  })
  .strict();

const listBlock = z
  .object({
    type: z.literal('list').describe('"list".'),
    ordered: z.boolean().describe('True for a numbered list.'),
    items: z
      .array(
        z
          .object({
            text: text('The item as plain text.'),
            markup: text(MARKUP_NOTE),
            depth: z
              .number()
              .int()
              .min(0)
              .describe('0 for a top-level item, 1 for an item of a list nested in it, and so on.'),
          })
          .strict(),
      )
      .describe('The items in order, nested items following their parent.'),
  })
  .strict();

const headingBlock = z
  .object({
    type: z.literal('heading').describe('"heading".'),
    level: z
      .number()
      .int()
      .min(1)
      .describe('1 for a `###` heading under the section’s `##` heading, 2 for `####`, and so on.'),
    text: text('The heading as plain text.'),
    markup: text(MARKUP_NOTE),
  })
  .strict();

export const blockSchema = z
  .discriminatedUnion('type', [paragraphBlock, listBlock, headingBlock])
  .describe('A paragraph, list or sub-heading of the Markdown. The `blocks` helper renders a list of them.');

export const sectionSchema = z
  .object({
    heading: text('The `##` heading as written, e.g. "Main duties".'),
    id: text('The heading as a lower-case slug, e.g. "main-duties".'),
    text: text('All of the section’s text as plain text, paragraphs and items separated by spaces.'),
    blocks: z.array(blockSchema).describe('The section’s content in order.'),
  })
  .strict()
  .describe('A `##` section of the job description.');

const statementSchema = z
  .object({
    id: text('Framework statement id, e.g. "DAW-2-03": role abbreviation, domain number, statement number.'),
    text: text('The statement’s wording in the framework.'),
    roleId: z.enum(ROLE_IDS).describe('The framework role the statement belongs to.'),
    roleName: text('That role’s name in the framework, e.g. "Drug and alcohol worker".'),
    section: text('The framework section of that role, e.g. "5.1".'),
    domainId: text('The domain as a slug, e.g. "application-of-knowledge".'),
    domainName: text('The domain’s name, e.g. "Application of knowledge".'),
    domainNumber: z.number().int().positive().describe('The domain’s number within its role.'),
  })
  .strict();

export const capabilitySchema = z
  .object({
    text: text('The capability bullet as written in the job description.'),
    group: optionalText('The `###` heading the bullet sits under in the Capabilities section.'),
    statement: statementSchema
      .nullable()
      .describe(
        'The framework statement the bullet matches (for the document’s role where it can be), or null when it matches none.',
      ),
    ownRole: z
      .boolean()
      .describe(
        'True when the statement belongs to the document’s role or a role it builds on; false for another role’s statement or none.',
      ),
    exact: z
      .boolean()
      .describe('True when the bullet has the statement’s exact wording (ignoring case, punctuation and spacing).'),
    score: z
      .number()
      .min(0)
      .max(1)
      .describe('How closely the bullet matches the statement, 0 to 1 (0 when there is no statement).'),
  })
  .strict()
  .describe('A capability bullet of the job description with the framework statement it matches.');

const domainGroupSchema = z
  .object({
    id: text('The domain as a slug, e.g. "overarching-capabilities".'),
    name: text('The domain’s name, e.g. "Overarching capabilities".'),
    items: z.array(capabilitySchema).describe('The document’s capabilities in this domain, in document order.'),
  })
  .strict();

const QUESTION = text('The question, as the panel asks it.');
const GOOD_ANSWER = z.array(z.string()).describe('What a good answer shows: points the panel can tick off.');

export const criterionSchema = z
  .object({
    text: text(
      'The criterion with a capital first letter, e.g. "Experience of working with people who use drugs or alcohol".',
    ),
    essential: z.boolean().describe('True for an essential criterion, false for a desirable one.'),
    category: text(
      'What kind of criterion it is: the `###` heading it sits under in the Person specification section, a domain name, or "Registration".',
    ),
    assessment: text('How it is assessed, e.g. "Application and interview".'),
    statementId: optionalText('For a criterion taken from a capability: the framework statement id.'),
    source: z
      .enum(['person-specification', 'registration', 'capability'])
      .describe(
        'Where it comes from: the document’s Person specification section, the role’s registration requirement, or its capabilities.',
      ),
  })
  .strict()
  .describe('A person specification criterion.');

const supervisionSchema = z
  .object({
    kind: z.enum(['clinical', 'safeguarding', 'supportive']).describe('The kind of supervision.'),
    name: text('E.g. "Clinical supervision".'),
    detail: text('What the workforce plan asks for, in plain words.'),
    source: text('Where the plan says so, e.g. "plan 3.2".'),
  })
  .strict();

const missingStatementSchema = z
  .object({
    id: text('Framework statement id.'),
    text: text('The statement’s wording.'),
    domainName: text('Its domain.'),
  })
  .strict();

export const templateContextSchema = z
  .object({
    template: z
      .object({
        name: text('The template’s name, e.g. "advert".'),
      })
      .strict()
      .describe('The template being rendered.'),
    document: z
      .object({
        file: optionalText('The job description’s file name, e.g. "drug-and-alcohol-worker.jd.md".'),
        generated: text('The date of the export in words, e.g. "3 March 2025".'),
      })
      .strict()
      .describe('The source document and the export.'),
    options: z
      .object({
        appendix: z
          .boolean()
          .describe('Whether to add the traceability appendix (config `export.appendix`, default true).'),
      })
      .strict()
      .describe('Export options from the configuration.'),
    organisation: optionalText(
      'The employer: the front-matter `organisation`, else the config’s `export.organisation`.',
    ),
    job: z
      .object({
        title: text('The job title (front-matter `title`; "Untitled post" when missing).'),
        department: optionalText('Front-matter `department`.'),
        location: optionalText('Front-matter `location`.'),
        salary: optionalText('Front-matter `salary`.'),
        grade: optionalText('Front-matter `grade`.'),
        hours: optionalText('Front-matter `hours`; a bare number such as 37.5 becomes "37.5 hours a week".'),
        contract: optionalText('Front-matter `contract`.'),
        closingDate: optionalText('Front-matter `closing_date`.'),
        interviewDate: optionalText('Front-matter `interview_date`.'),
        startDate: optionalText('Front-matter `start_date`.'),
        reportsTo: optionalText('Front-matter `reports_to`.'),
        reference: optionalText('Front-matter `reference`.'),
        contact: optionalText('Front-matter `contact`.'),
        apply: optionalText('Front-matter `apply`: how or where to apply.'),
        caseload: z.number().int().nullable().describe('Front-matter `caseload`. Null when not given.'),
        setting: z.enum(SETTINGS).nullable().describe('Front-matter `setting`. Null when not given.'),
        settingLabel: optionalText('The setting in words, e.g. "Residential rehabilitation".'),
        population: z.enum(POPULATIONS).nullable().describe('Front-matter `population`. Null when not given.'),
        populationLabel: optionalText('The population in words, e.g. "Children and young people".'),
        employment: z.enum(EMPLOYMENT).nullable().describe('Front-matter `employment`. Null when not given.'),
        volunteer: z.boolean().describe('True when `employment` is "volunteer".'),
      })
      .strict()
      .describe('The post, from the front matter. Invalid values are left out (null), as the linter reports them.'),
    details: z
      .array(
        z
          .object({
            label: text('E.g. "Salary".'),
            value: text('E.g. "£28,000 to £32,000 a year".'),
          })
          .strict(),
      )
      .describe(
        'The post’s key facts that are given, in a fixed order (location, salary, grade, hours, contract, department, reports to, closing date, interview date, start date, reference), for a summary table.',
      ),
    role: z
      .object({
        id: z.enum(ROLE_IDS).describe('Framework role id, e.g. "drug-and-alcohol-worker".'),
        name: text('The framework’s name for the role.'),
        abbreviation: text('Abbreviation used in statement ids, e.g. "DAW".'),
        section: text('Framework section, e.g. "5.1".'),
        clinical: z.boolean().describe('True for clinical roles.'),
        descriptorOnly: z
          .boolean()
          .describe(
            'True for the roles of framework section 7, which have a descriptor instead of capability statements.',
          ),
        source: z
          .enum(['declared', 'title', 'capabilities'])
          .describe('How the role was found: declared in `role`, inferred from the title, or from the capabilities.'),
        profile: z.array(z.string()).describe('The framework’s role profile paragraphs, verbatim.'),
        regulation: z
          .object({
            regulator: text('Short name, e.g. "NMC".'),
            regulatorName: text('Full name, e.g. "Nursing and Midwifery Council".'),
            requirement: text(
              'What the postholder must hold, e.g. "registration with the Nursing and Midwifery Council (NMC) as a nurse or nursing associate".',
            ),
            section: text('The framework section that says so.'),
          })
          .strict()
          .nullable()
          .describe('Professional registration the role requires, or null for unregulated roles.'),
        buildsOn: z
          .array(z.object({ id: z.enum(ROLE_IDS).describe('Role id.'), name: text('Role name.') }).strict())
          .describe('The roles whose capabilities this post also needs (framework section 2), for its population.'),
      })
      .strict()
      .nullable()
      .describe(
        'The framework role of the post (declared, or inferred as the linter does), or null when none is known.',
      ),
    supervision: z
      .array(supervisionSchema)
      .describe('The supervision the workforce plan requires for the role and the roles it builds on.'),
    intro: z
      .array(blockSchema)
      .describe('Text between the front matter and the first `##` heading (a `#` title there is left out).'),
    sections: z
      .object({
        aboutTheRole: sectionSchema
          .nullable()
          .describe('"About the role" (also "Job purpose", "Role summary", "Overview"), or null.'),
        aboutUs: sectionSchema
          .nullable()
          .describe('"About us" (also "About the organisation", "About the service"), or null.'),
        mainDuties: sectionSchema
          .nullable()
          .describe('"Main duties" (also "Key responsibilities", "Duties"), or null.'),
        personSpecification: sectionSchema.nullable().describe('"Person specification", or null.'),
        supervisionAndSupport: sectionSchema
          .nullable()
          .describe('"Supervision and support" (any heading starting "Supervision"), or null.'),
        terms: sectionSchema
          .nullable()
          .describe('"Terms" (also "Terms and conditions", "Benefits", "What we offer"), or null.'),
        howToApply: sectionSchema.nullable().describe('"How to apply", or null.'),
        equality: sectionSchema
          .nullable()
          .describe('"Equality" (also "Equality, diversity and inclusion", "Equal opportunities"), or null.'),
        other: z.array(sectionSchema).describe('Every other `##` section except Capabilities, in document order.'),
        all: z.array(sectionSchema).describe('Every `##` section except Capabilities, in document order.'),
      })
      .strict()
      .describe('The document’s `##` sections. Templates look for the named ones and render `other` as they come.'),
    capabilities: z
      .object({
        heading: optionalText('The Capabilities section’s heading as written.'),
        intro: z
          .array(blockSchema)
          .describe('Text in the Capabilities section that is not a capability bullet or `###` heading.'),
        items: z.array(capabilitySchema).describe('Every capability bullet, in document order.'),
        count: z.number().int().min(0).describe('How many capability bullets there are.'),
        matched: z.number().int().min(0).describe('How many of them match a framework statement.'),
        domains: z
          .array(domainGroupSchema)
          .describe(
            'The capabilities grouped by the framework domain of their statement, in the framework’s domain order (the role’s own domains first); bullets matching no statement are in `unmatched`.',
          ),
        unmatched: z.array(capabilitySchema).describe('Bullets that match no framework statement.'),
        groups: z
          .array(
            z
              .object({
                heading: optionalText(
                  'The `###` heading as written; null for the bullets before the first `###` heading.',
                ),
                items: z.array(capabilitySchema).describe('Its bullets in order.'),
              })
              .strict(),
          )
          .describe('The capabilities as the author grouped them under `###` headings.'),
      })
      .strict()
      .describe('The Capabilities section, matched against the framework.'),
    coverage: z
      .object({
        total: z
          .number()
          .int()
          .min(0)
          .describe('How many framework statements the role and the roles it builds on have.'),
        covered: z.number().int().min(0).describe('How many of them the document includes, word for word or modified.'),
        missing: z.array(missingStatementSchema).describe('The statements the document leaves out.'),
      })
      .strict()
      .describe(
        'How much of the role’s framework capabilities the document covers (as the editor’s coverage view counts it). Zero when no role is known.',
      ),
    interview: z
      .object({
        scale: z
          .array(
            z
              .object({
                score: z.number().int().describe('The score, from 0.'),
                meaning: text('What an answer with that score shows.'),
              })
              .strict(),
          )
          .describe('The scoring scale.'),
        values: z
          .array(
            z
              .object({
                principle: text('The principle as the framework names it.'),
                question: QUESTION,
                goodAnswer: GOOD_ANSWER,
              })
              .strict(),
          )
          .describe(
            'Questions on the framework’s principles (section 4): person-centred, trauma-informed, challenging stigma, lived experience, families.',
          ),
        domains: z
          .array(
            z
              .object({
                name: text('The domain, with the role in brackets for a role the post builds on.'),
                questions: z
                  .array(
                    z
                      .object({
                        question: QUESTION,
                        goodAnswer: GOOD_ANSWER,
                        statementIds: z.array(z.string()).describe('The capability statements the question tests.'),
                      })
                      .strict(),
                  )
                  .describe('One or two open questions.'),
              })
              .strict(),
          )
          .describe(
            'One or two open questions for each domain of the role (and of the roles it builds on), with what a good answer shows and the statements each tests.',
          ),
        registration: z
          .object({
            regulator: text('The regulator’s name, e.g. "Nursing and Midwifery Council (NMC)".'),
            question: QUESTION,
            goodAnswer: GOOD_ANSWER,
          })
          .strict()
          .nullable()
          .describe('The registration question of a regulated role, or null.'),
        supervision: z
          .object({ question: QUESTION, goodAnswer: GOOD_ANSWER })
          .strict()
          .describe('The question on using clinical supervision (plan 3.2).'),
      })
      .strict()
      .describe(
        'Interview questions from framework-data/interview.json for the role: the `interview` template’s content.',
      ),
    criteria: z
      .object({
        essential: z
          .array(criterionSchema)
          .describe(
            'Essential criteria: registration, the Person specification section’s essential items, then the capabilities listed in `essential_capabilities`.',
          ),
        desirable: z.array(criterionSchema).describe('Desirable criteria from the Person specification section.'),
        stated: z
          .array(criterionSchema)
          .describe(
            'The criteria that are not capabilities (registration and the Person specification section’s items), essential first: a short person specification for a job description that lists the capabilities elsewhere.',
          ),
        groups: z
          .array(
            z
              .object({
                category: text(
                  '"Registration", "Qualifications and training", "Experience", "Knowledge", "Skills and abilities", "Values and personal qualities", "Other requirements", or the document’s own `###` heading.',
                ),
                criteria: z.array(criterionSchema).describe('Its criteria, essential first.'),
              })
              .strict(),
          )
          .describe('Every criterion (essential and desirable) grouped by category, in the order panels read them.'),
        develop: z
          .array(
            z
              .object({
                domain: text('The framework domain, with the role in brackets for a role the post builds on.'),
                section: text('The framework section of the role, e.g. "5.1".'),
                statementIds: z
                  .array(z.string())
                  .describe('The ids of the domain’s statements not listed as essential.'),
                ids: text('The same ids for reading: "DAW-2-01 to DAW-2-13".'),
              })
              .strict(),
          )
          .describe(
            'The role’s capabilities to develop in post, one row a domain: the framework (section 2) does not expect them all at entry.',
          ),
      })
      .strict()
      .describe(
        'Person specification criteria for shortlisting, derived from the Person specification section, the registration requirement and the capabilities.',
      ),
  })
  .strict();

export type TemplateContext = z.infer<typeof templateContextSchema>;
export type SectionData = z.infer<typeof sectionSchema>;
export type CapabilityData = z.infer<typeof capabilitySchema>;
export type CriterionData = TemplateContext['criteria']['essential'][number];
