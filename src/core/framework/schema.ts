// zod schemas for everything under framework-data/. The generated framework
// and the hand-curated knowledge files are validated against these on load,
// so a malformed file fails with its name and the path inside it.
import { z } from 'zod';

export const ROLE_IDS = [
  'drug-and-alcohol-worker',
  'cyp-drug-and-alcohol-worker',
  'senior-drug-and-alcohol-worker',
  'family-support-worker-adult',
  'family-support-worker-cyp',
  'nurse',
  'practitioner-psychologist',
  'social-worker',
  'pharmacy-professional',
  'peer-support-worker',
  'commissioner',
  'medical-workforce',
  'leader-manager',
  'counsellor',
] as const;

export const roleIdSchema = z.enum(ROLE_IDS);
export type RoleId = z.infer<typeof roleIdSchema>;

export const POPULATIONS = ['adults', 'children-and-young-people'] as const;
export const populationSchema = z.enum(POPULATIONS);
export type Population = z.infer<typeof populationSchema>;

/** A pointer into one of the two source documents, e.g. `{document: 'framework', ref: '2'}`. */
export const sourceRefSchema = z.object({
  document: z.enum(['framework', 'plan']),
  /** Section or paragraph number as printed in the document, e.g. "5.3" or "3.2". */
  ref: z.string().min(1),
  /** The sentence the fact rests on, quoted verbatim. */
  quote: z.string().min(1).optional(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

export const statementSchema = z.object({
  /** Stable id: `<ROLE ABBREVIATION>-<domain number>-<statement number>`, e.g. `DAW-2-03`. */
  id: z.string().regex(/^[A-Z]+-\d+-\d{2}$/),
  text: z.string().min(1),
});
export type Statement = z.infer<typeof statementSchema>;

export const domainSchema = z.object({
  /** Slug of the domain heading, unique within the role, e.g. `application-of-knowledge`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** 1-based position of the domain within its role, as used in statement ids. */
  number: z.number().int().positive(),
  statements: z.array(statementSchema).min(1),
});
export type Domain = z.infer<typeof domainSchema>;

export const regulationSchema = z.object({
  /** Short name of the regulator or accrediting body, e.g. `NMC`. */
  regulator: z.string().min(1),
  regulatorName: z.string().min(1),
  /** What the job description must name, e.g. "registration with the NMC". */
  requirement: z.string().min(1),
  /** Phrases any one of which, found in the document, shows the requirement is named (case-insensitive). */
  evidence: z.array(z.string().min(1)).min(1),
  source: sourceRefSchema,
});
export type Regulation = z.infer<typeof regulationSchema>;

export const buildsOnSchema = z.object({
  role: roleIdSchema,
  /** Only for this population; absent means always. */
  population: populationSchema.optional(),
  source: sourceRefSchema,
});
export type BuildsOn = z.infer<typeof buildsOnSchema>;

export const externalFrameworkSchema = z.object({
  name: z.string().min(1),
  publisher: z.string().min(1),
});

export const roleSchema = z.object({
  id: roleIdSchema,
  /** Abbreviation used in statement ids, e.g. `DAW`. */
  abbreviation: z.string().regex(/^[A-Z]+$/),
  /** The framework's own name for the role, e.g. "Drug and alcohol worker". */
  name: z.string().min(1),
  /** Section number in the framework, e.g. "5.1". */
  section: z.string().regex(/^\d+\.\d+$/),
  kind: z.enum(['capabilities', 'descriptor']),
  clinical: z.boolean(),
  /** Role profile (or descriptor) paragraphs, verbatim. */
  profile: z.array(z.string().min(1)).min(1),
  regulation: regulationSchema.nullable(),
  /** True where section 2 lets employers select a subset of the capabilities. */
  pickAndMix: z.boolean(),
  pickAndMixSource: sourceRefSchema.optional(),
  buildsOn: z.array(buildsOnSchema),
  domains: z.array(domainSchema),
  /** Descriptor-only roles (section 7): the external frameworks to use instead. */
  externalFrameworks: z.array(externalFrameworkSchema),
});
export type Role = z.infer<typeof roleSchema>;

export const frameworkSchema = z.object({
  source: z.object({
    title: z.string().min(1),
    publisher: z.string().min(1),
    year: z.number().int(),
    reference: z.string().min(1),
    licence: z.string().min(1),
    /** SHA-256 of the source text the file was generated from (staleness check). */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  roles: z.array(roleSchema).length(ROLE_IDS.length),
});
export type FrameworkData = z.infer<typeof frameworkSchema>;

// ---- Hand-curated knowledge -------------------------------------------------

export const titlesSchema = z.object({
  roles: z.array(
    z.object({
      role: roleIdSchema,
      /** The title the framework uses, suggested as the fix for vague titles. */
      canonical: z.string().min(1),
      /** Other titles that denote this role (case-insensitive whole-title or contained phrase). */
      aliases: z.array(z.string().min(1)),
      source: sourceRefSchema,
    }),
  ),
  vague: z.array(
    z.object({
      title: z.string().min(1),
      /** Roles the title is commonly used for, most likely first; the first gives the suggested title. */
      suggest: z.array(roleIdSchema).min(1),
      source: sourceRefSchema,
    }),
  ),
});
export type TitlesData = z.infer<typeof titlesSchema>;

export const supervisionKindSchema = z.enum(['clinical', 'safeguarding', 'supportive']);
export type SupervisionKind = z.infer<typeof supervisionKindSchema>;

export const guidanceSchema = z.object({
  caseload: z.object({
    /** Caseloads above this are too high (plan section 4). */
    max: z.number().int().positive(),
    source: sourceRefSchema,
    /** Where caseloads must be lower: a caseload of `max` or more is too high. */
    lower: z.object({
      roles: z.array(roleIdSchema),
      settings: z.array(z.string().min(1)),
      source: sourceRefSchema,
    }),
  }),
  supervision: z.array(
    z.object({
      kind: supervisionKindSchema,
      roles: z.array(roleIdSchema).min(1),
      /** Phrases any one of which shows the document mentions this supervision. */
      evidence: z.array(z.string().min(1)).min(1),
      /** What the plan or framework asks for, in a sentence an HR reader understands. */
      detail: z.string().min(1),
      source: sourceRefSchema,
    }),
  ),
  volunteers: z.object({
    /** Phrases that assign clinical work (plan 39.1 says volunteers must not do it). */
    clinicalDuties: z.array(z.string().min(1)).min(1),
    source: sourceRefSchema,
  }),
});
export type GuidanceData = z.infer<typeof guidanceSchema>;

export const stigmaSchema = z.object({
  terms: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** Phrases matched as whole words, case-insensitively. */
      phrases: z.array(z.string().min(1)).min(1),
      /** Preferred wording, first one offered as the fix. */
      preferred: z.array(z.string().min(1)).min(1),
      reason: z.string().min(1),
      source: sourceRefSchema,
      /** Longer phrases containing a match that are not stigmatising, e.g. "alcoholic drinks". */
      exceptions: z.array(z.string().min(1)),
    }),
  ),
});
export type StigmaData = z.infer<typeof stigmaSchema>;

export const thesaurusSchema = z.object({
  description: z.string().min(1),
  /** Words that say how a bullet is phrased, not what it is about; dropped before comparing. */
  ignore: z.array(z.string().min(1)),
  groups: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** Words and phrases that count as one term when bullets are compared with statements. */
      terms: z.array(z.string().min(1)).min(2),
      /** Why the terms are equivalent, for a reviewer. */
      basis: z.string().min(1),
      source: sourceRefSchema,
    }),
  ),
});
export type ThesaurusData = z.infer<typeof thesaurusSchema>;
