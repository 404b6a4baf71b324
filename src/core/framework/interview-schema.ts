// Interview questions for the `interview` Word template (issue 12): a scoring
// scale, values questions on the framework's principles (section 4), one
// registration question per regulator, one supervision question (plan 3.2;
// for volunteers, plan 39.1; for managers, plan 3.6),
// and one or two open questions per domain of every capability role, each
// naming the capability statements it tests. The schema is for the tests
// (test/unit/framework-data.test.ts), which validate the bundled file;
// interview.ts loads it. Cross-checks against the framework (every domain
// covered, statement ids of the right role and domain, quotes verbatim) live
// in test/unit/interview-data.test.ts, as they need the source texts.
import { z } from 'zod';
import { sourceRefSchema } from './data-schema';
import { roleIdSchema } from './schema';

export const INTERVIEW_FILE = 'framework-data/interview.json';

/** A source whose quote is required: values and supervision questions rest on a sentence. */
const quotedSourceSchema = sourceRefSchema.required({ quote: true });

/** What a good answer shows: short points an interviewer can tick off. */
const goodAnswerSchema = z.array(z.string().min(1)).min(1).max(4);

export const interviewQuestionSchema = z.object({
  question: z.string().min(1),
  goodAnswer: goodAnswerSchema,
});

/**
 * A supervision question. `question` asks it without saying the post has the
 * supervision; `offeredQuestion`, which may say so, is asked only when the job
 * description offers it: a pack must not tell candidates of supervision the
 * employer did not write.
 */
const supervisionQuestionSchema = interviewQuestionSchema.extend({
  offeredQuestion: z.string().min(1).optional(),
  source: quotedSourceSchema,
});

export const interviewSchema = z.object({
  scale: z.object({
    description: z.string().min(1),
    points: z.array(z.object({ score: z.number().int().min(0), meaning: z.string().min(1) })).min(2),
  }),
  values: z
    .array(
      interviewQuestionSchema.extend({
        /** Slug of the principle, e.g. `trauma-informed`. */
        id: z.string().regex(/^[a-z0-9-]+$/),
        /** The principle as the framework names it, e.g. "Trauma-informed care". */
        principle: z.string().min(1),
        source: quotedSourceSchema,
      }),
    )
    .min(1),
  registration: z
    .array(
      interviewQuestionSchema.extend({
        /** Short name as in the roles' `regulation.regulator`, e.g. `NMC`. */
        regulator: z.string().min(1),
        /** The roles whose regulation names this regulator. */
        roles: z.array(roleIdSchema).min(1),
      }),
    )
    .min(1),
  supervision: supervisionQuestionSchema,
  /** For a post that needs supportive, not clinical, supervision: peer support workers (framework section 4). */
  supportiveSupervision: supervisionQuestionSchema,
  /** For a volunteer post: supervision and support, not clinical supervision (plan 39.1). */
  volunteerSupervision: supervisionQuestionSchema,
  /** For a post whose role needs none of the guidance's kinds of supervision, such as a manager's: management supervision (plan 3.6). */
  managementSupervision: supervisionQuestionSchema,
  /** For each descriptor-only role (framework section 7), which has no capability domains: questions on its role descriptor. */
  profiles: z.array(
    z.object({
      role: roleIdSchema,
      questions: z
        .array(interviewQuestionSchema.extend({ source: quotedSourceSchema }))
        .min(1)
        .max(2),
    }),
  ),
  domains: z
    .array(
      z.object({
        role: roleIdSchema,
        /** Domain id within the role, as in framework.json. */
        domain: z.string().regex(/^[a-z0-9-]+$/),
        questions: z
          .array(
            interviewQuestionSchema.extend({
              /** Ids of the capability statements of this role and domain the question tests. */
              statements: z
                .array(z.string().regex(/^[A-Z]+-\d+-\d{2}$/))
                .min(1)
                .max(4),
              /**
               * The question asks how the candidate supervises, manages, leads or mentors
               * others: asked of a pick-and-mix role's post only when its job description
               * gives the post that work.
               */
              leadsOthers: z.literal(true).optional(),
            }),
          )
          .min(1)
          .max(2),
      }),
    )
    .min(1),
});

export type InterviewData = z.infer<typeof interviewSchema>;
export type InterviewQuestion = z.infer<typeof interviewQuestionSchema>;
