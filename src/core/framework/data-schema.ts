// zod schemas for everything under framework-data/: the generated framework
// and the hand-curated knowledge files. scripts/build-framework.ts validates
// the framework it writes and test/unit/framework-data.test.ts every file
// the engine loads, so a malformed file fails with its name and the path
// inside it; the engine trusts the files it ships and does not load this.
import { z } from 'zod';
import { ROLE_IDS, populationSchema, roleIdSchema, settingSchema } from './schema';

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
  population: z.optional(populationSchema),
  source: sourceRefSchema,
});
export type BuildsOn = z.infer<typeof buildsOnSchema>;

export const externalFrameworkSchema = z.object({
  name: z.string().min(1),
  /** Null where the framework does not name one (7.2). */
  publisher: z.string().min(1).nullable(),
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

/** A source whose quote is required: every title in titles.json rests on a sentence. */
const quotedSourceSchema = sourceRefSchema.required({ quote: true });

/**
 * Job titles (matched case-insensitively as whole words anywhere in a title,
 * ignoring punctuation) with the sentence that says what they denote.
 */
export const titleGroupSchema = z.object({
  titles: z.array(z.string().min(1)).min(1),
  source: quotedSourceSchema,
});
export type TitleGroup = z.infer<typeof titleGroupSchema>;

export const titlesSchema = z.object({
  roles: z.array(
    z.object({
      role: roleIdSchema,
      /** The title the framework uses, suggested as the fix for vague titles. */
      canonical: z.string().min(1),
      /** Where the framework or plan uses the canonical title. */
      source: quotedSourceSchema,
      /** Other titles that denote this role, each group with its own source. */
      aliases: z.array(
        titleGroupSchema.extend({
          /**
           * The titles name the work or the setting (key working, outreach: framework
           * section 1), which other roles share, not a profession: in a title that
           * also names another role ("Nurse keyworker") the other role wins.
           */
          weak: z.boolean().optional(),
        }),
      ),
    }),
  ),
  /**
   * Words that narrow the role a title names: "Young people's substance misuse
   * worker" is the CYP role, "Senior keyworker" the senior one. Applied in order.
   */
  qualifiers: z.array(
    z.object({
      words: z.array(z.string().min(1)).min(1),
      /** From the role the rest of the title names to the role it is with the word. */
      roles: z.partialRecord(roleIdSchema, roleIdSchema),
      /** Who a post with the word works with (decides a senior worker's base role, framework section 2). */
      population: z.optional(populationSchema),
      source: quotedSourceSchema,
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
  /** Volunteer posts (plan, Volunteers): no framework role applies to them. */
  volunteer: z.object({
    titles: z.array(titleGroupSchema).min(1),
    /** The employed role the plan distinguishes volunteer roles from: never read from a volunteer title, and the title offered for a paid post. */
    employed: z.object({ role: roleIdSchema, source: quotedSourceSchema }),
    /** Words that make a title with a volunteer title in it a post that manages volunteers ("Volunteer co-ordinator"). */
    staff: z.object({ words: z.array(z.string().min(1)).min(1), source: quotedSourceSchema }),
  }),
  /** Posts the framework (section 1) puts out of its scope; `what` completes "… looks like …". */
  outOfScope: z.array(
    titleGroupSchema.extend({
      what: z.string().min(1),
      /**
       * What the source leaves out: a setting (section 1: the framework is for the LA-commissioned
       * workforce, so the same post in such a service is in scope) or a role, wherever it works (5.7, 5.9).
       */
      excludes: z.enum(['setting', 'role']),
      /**
       * Of a setting's titles, those that name it in a team or location field too ("HMP Leeds", "Alcohol
       * Care Team"); a bare "prison" there is as likely a community team for people leaving prison.
       */
      inFields: z.array(z.string().min(1)).optional(),
    }),
  ),
  /**
   * Words that say nothing about which role a title names: grade ("senior"),
   * job nouns ("worker", "practitioner"), the sector ("drug", "alcohol"), the
   * population ("young") and function words. "Did you mean" suggests a role
   * only for a shared word not in this list, or a near-spelling of a whole
   * title, so "Housing support worker" is not offered "Peer support worker".
   */
  genericWords: z.array(z.string().regex(/^[\p{Ll}\p{N}]+$/u)),
});
export type TitlesData = z.infer<typeof titlesSchema>;
export type OutOfScopeTitle = TitlesData['outOfScope'][number];

export const supervisionKindSchema = z.enum(['clinical', 'safeguarding', 'supportive']);
export type SupervisionKind = z.infer<typeof supervisionKindSchema>;

/** Phrases that tell who a post works with, when neither the front matter nor the title says (framework section 1). */
export const populationEvidenceSchema = z.object({
  'children-and-young-people': z.array(z.string().min(1)).min(1),
  adults: z.array(z.string().min(1)).min(1),
  source: sourceRefSchema,
});

/** Phrases that show a post holds a caseload or delivers treatment, so clinical supervision applies (plan 3.2) even when no role is known. */
export const caseworkEvidenceSchema = z.object({
  evidence: z.array(z.string().min(1)).min(1),
  source: sourceRefSchema,
});

export const guidanceSchema = z.object({
  caseload: z.object({
    /** Caseloads above this are too high (plan section 4). */
    max: z.number().int().positive(),
    source: sourceRefSchema,
    /** Where caseloads must be lower: a caseload of `max` or more is too high. */
    lower: z.object({
      roles: z.array(roleIdSchema),
      settings: z.array(z.string().min(1)),
      /** Words in a job title that mark such a post whatever its setting field, e.g. "outreach". */
      titles: z.array(z.string().min(1)),
      /** Phrases that, in the prose about the post (not its capabilities or person specification), say it is such work: "street outreach team". */
      evidence: z.array(z.string().min(1)),
      source: sourceRefSchema,
    }),
    /**
     * The caseload a new job description for the role starts with, for the
     * employer to adjust: within `max`, and below it where `lower` applies.
     */
    typical: z.array(
      z.object({ role: roleIdSchema, caseload: z.number().int().positive(), source: quotedSourceSchema }),
    ),
  }),
  supervision: z.array(
    z.object({
      kind: supervisionKindSchema,
      roles: z.array(roleIdSchema).min(1),
      /** Phrases any one of which shows the document mentions this supervision. */
      evidence: z.array(z.string().min(1)).min(1),
      /** What the plan or framework asks for, in a sentence an HR reader understands. */
      detail: z.string().min(1),
      /** The bullet a job description's "Supervision and support" section offers it with; names it as `evidence` does. */
      offer: z.string().min(1),
      /**
       * The bullet for posts of a regulated role (one with `regulation`: the plan's regulated workforce, which
       * counts accredited counsellors in), where the source asks more of their supervision than of other roles'.
       */
      regulatedOffer: z.object({ offer: z.string().min(1), source: quotedSourceSchema }).optional(),
      /** Where the source asks those who give this supervision to receive it too, whatever their role. */
      supervisors: z.object({ source: quotedSourceSchema }).optional(),
      /** Where the source says this supervision is no optional extra, which an offer only on request makes it. */
      notOptional: z.object({ source: quotedSourceSchema }).optional(),
      source: sourceRefSchema,
    }),
  ),
  /**
   * What a paid post's "Supervision and support" section offers besides the
   * supervision its role must have: line management and time for supervision
   * and development. A volunteer's offers its supervision alone.
   */
  paidPostSupport: z.array(z.object({ offer: z.string().min(1), source: quotedSourceSchema })).min(1),
  /** Criteria a new job description's person specification asks of a role, besides its registration. */
  personSpecification: z.array(
    z.object({ role: roleIdSchema, criterion: z.string().min(1), source: quotedSourceSchema }),
  ),
  /** The setting a new job description starts with: the framework's community services, unless the role works in another. */
  settings: z.object({
    default: settingSchema,
    source: quotedSourceSchema,
    roles: z.array(z.object({ role: roleIdSchema, setting: settingSchema, source: quotedSourceSchema })),
  }),
  volunteers: z.object({
    /**
     * Phrases that assign clinical work (plan 39.1 says volunteers must not do it): besides caseloads and key
     * work, the clinical roles' interventions in the framework's words, such as the psychosocial interventions
     * and mapping techniques of 5.1, the observation assessments of 5.6 (blood pressure, breathalyser readings)
     * and the prescribing, dispensing, supervised consumption and administration of medicines of 5.6 and 5.9.
     */
    clinicalDuties: z.array(z.string().min(1)).min(1),
    source: sourceRefSchema,
    /**
     * Volunteers must be supervised (plan 39.1, 41.1), but not clinically: they
     * must not do clinical work at all, so any mention of supervision will do.
     */
    supervision: z.object({
      evidence: z.array(z.string().min(1)).min(1),
      /** What the plan asks for, in a sentence an HR reader understands. */
      detail: z.string().min(1),
      offer: z.string().min(1),
      source: sourceRefSchema,
    }),
    /** Phrases that count volunteers in the service's staffing, which plan 39.3 rules out. */
    staffing: z.object({
      evidence: z.array(z.string().min(1)).min(1),
      /** Phrases overlapping which a match is no evidence: "staff are short" in "staff are short-listed". */
      exceptions: z.array(z.string().min(1)),
      source: quotedSourceSchema,
    }),
  }),
  population: populationEvidenceSchema,
  casework: caseworkEvidenceSchema,
  /**
   * Management supervision, which managers and team leaders must receive
   * (plan 3.6): what a post of a role that no kind of `supervision` lists
   * needs. `evidence` as there.
   */
  managementSupervision: z.object({ evidence: z.array(z.string().min(1)).min(1), source: quotedSourceSchema }),
  /**
   * Phrases that give a post others to supervise, line-manage, lead or mentor.
   * A post of a pick-and-mix role (framework section 2) need not have every
   * capability of it, so its interview asks about leading others only when
   * the job description gives the post that work.
   */
  leadingOthers: z.object({ evidence: z.array(z.string().min(1)).min(1), source: quotedSourceSchema }),
  /** Another role's work the sources single out when it turns up in a role's job description. */
  otherRoleWork: z.array(
    z.object({
      role: roleIdSchema,
      otherRoles: z.array(roleIdSchema).min(1),
      /** What the source says, in a sentence an HR reader understands. */
      detail: z.string().min(1),
      source: sourceRefSchema,
      /** Phrases that give a post of `role` that work: the tasks the source names, worded as job descriptions word them. */
      evidence: z.array(z.string().min(1)).min(1),
      /** The supervision a post of `role` needs once it does that work, with the sentence asking for it. */
      supervision: z.object({ kind: supervisionKindSchema, source: quotedSourceSchema }),
    }),
  ),
});
export type GuidanceData = z.infer<typeof guidanceSchema>;

export const stigmaSchema = z.object({
  terms: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** The id of the same term in the other grammatical number ("offenders" for "offender"): allowing one allows both. */
      otherNumber: z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .optional(),
      /** Phrases matched as whole words, case-insensitively. */
      phrases: z.array(z.string().min(1)).min(1),
      /** Preferred wording, first one offered as the fix. */
      preferred: z.array(z.string().min(1)).min(1),
      /**
       * The words of every phrase that the preferred wording replaces, keeping
       * the rest ("abusing" in "abusing alcohol" becomes "using"); absent, the
       * preferred wording replaces the whole phrase.
       */
      replaces: z.string().min(1).optional(),
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
