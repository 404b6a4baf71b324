// The front-matter fields a job description may have. One table serves the
// reader below, the invalid-front-matter and unknown-field rules, completion
// and the README, so they always agree.
import * as z from './zod';
import type { JdDocument } from './document/parse';
import { POPULATIONS, ROLE_IDS, SETTINGS, type Population, type RoleId, type Setting } from './framework/schema';

export const EMPLOYMENT = ['paid', 'volunteer'] as const;

export interface FieldSpec {
  name: string;
  description: string;
  schema: z.ZodMiniType;
  required?: boolean;
  /** Allowed values, offered by completion. */
  values?: readonly string[];
  /** How Word job descriptions label the field ("Responsible to", "Band"), lower case; `jdkit import` maps them. */
  labels?: readonly string[];
}

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
/** Free fields also accept numbers and dates (YAML may read `hours: 37.5` as a number). */
const freeText = z.union([text, z.number()]);

export const FIELD_SPECS: readonly FieldSpec[] = [
  {
    name: 'title',
    description: 'The job title as it will appear in the advert.',
    schema: text,
    required: true,
    labels: [
      'job title',
      'post title',
      'title of post',
      'job role',
      'role title',
      'role',
      'volunteer role',
      'position',
      'post',
    ],
  },
  {
    name: 'role',
    description: 'The framework role id (see `jdkit roles`). Inferred from the title and capabilities when absent.',
    schema: z.enum(ROLE_IDS),
    values: ROLE_IDS,
  },
  {
    name: 'population',
    description:
      'Who the post works with; decides the base role of a senior drug and alcohol worker (framework section 2).',
    schema: z.enum(POPULATIONS),
    values: POPULATIONS,
  },
  {
    name: 'employment',
    description:
      'Paid post or volunteer role (plan 39.1: volunteers do not deliver clinical interventions). Without it, a salary that states an amount makes the post paid, whatever its title.',
    schema: z.enum(EMPLOYMENT),
    values: EMPLOYMENT,
  },
  {
    name: 'setting',
    description: 'Where the post is based (framework section 1, settings in scope).',
    schema: z.enum(SETTINGS),
    values: SETTINGS,
  },
  {
    name: 'caseload',
    description: 'Typical caseload, a whole number (plan section 4: 40 or less).',
    schema: z.number().check(z.int('must be a whole number'), z.minimum(0, 'must not be negative')),
    labels: ['caseload', 'typical caseload', 'caseload size'],
  },
  {
    name: 'organisation',
    description: 'Employer name, shown in Word headers.',
    schema: freeText,
    labels: ['organisation', 'organization', 'employer'],
  },
  {
    name: 'department',
    description: 'Team or service.',
    schema: freeText,
    labels: ['department', 'service', 'team', 'directorate', 'division'],
  },
  {
    name: 'location',
    description: 'Where the post is based.',
    schema: freeText,
    labels: ['location', 'base', 'based at', 'work base', 'place of work'],
  },
  {
    name: 'salary',
    description: 'Salary or band, e.g. "£28,000 to £32,000".',
    schema: freeText,
    labels: ['salary', 'salary range', 'pay', 'pay scale', 'remuneration'],
  },
  {
    name: 'grade',
    description: 'Pay band or grade.',
    schema: freeText,
    labels: ['band', 'grade', 'pay band', 'banding', 'agenda for change band'],
  },
  {
    name: 'hours',
    description: 'Hours per week.',
    schema: freeText,
    labels: ['hours', 'hours of work', 'working hours', 'hours per week'],
  },
  {
    name: 'contract',
    description: 'Contract type, e.g. permanent or fixed term.',
    schema: freeText,
    labels: ['contract', 'contract type', 'type of contract', 'tenure'],
  },
  {
    name: 'closing_date',
    description: 'Application closing date.',
    schema: freeText,
    labels: ['closing date', 'closing date for applications'],
  },
  {
    name: 'interview_date',
    description: 'Interview date.',
    schema: freeText,
    labels: ['interview date', 'interview dates', 'date of interview', 'interviews'],
  },
  { name: 'start_date', description: 'Expected start date.', schema: freeText, labels: ['start date'] },
  {
    name: 'reports_to',
    description: 'Line manager’s job title.',
    schema: freeText,
    labels: ['responsible to', 'accountable to', 'reports to', 'reporting to', 'line manager', 'managed by'],
  },
  {
    name: 'reference',
    description: 'Vacancy reference.',
    schema: freeText,
    labels: ['reference', 'ref', 'job reference', 'vacancy reference', 'reference number', 'job ref'],
  },
  {
    name: 'contact',
    description: 'Who to contact for an informal chat.',
    schema: freeText,
    labels: ['contact', 'informal enquiries', 'for informal enquiries'],
  },
  { name: 'apply', description: 'How or where to apply.', schema: freeText },
  {
    name: 'essential_capabilities',
    description:
      'Framework statement ids a candidate must meet at entry, e.g. [DAW-1-02, DAW-2-06]: essential in the person specification. The others are developed in post (framework section 2). Default: none.',
    schema: z.array(text).check(z.maxLength(200)),
  },
];

export const FIELD_BY_NAME: ReadonlyMap<string, FieldSpec> = new Map(FIELD_SPECS.map((f) => [f.name, f]));

/** The value as the field `name` reads it (text trimmed), or undefined when there is no such field or it does not accept the value. */
export function acceptedValue(name: string, value: unknown): unknown {
  const result = FIELD_BY_NAME.get(name)?.schema.safeParse(value);
  return result?.success ? result.data : undefined;
}

export interface JdFields {
  title?: string;
  role?: RoleId;
  population?: Population;
  employment?: (typeof EMPLOYMENT)[number];
  setting?: Setting;
  caseload?: number;
  /** The statement ids of `essential_capabilities`, as written. */
  essentialCapabilities: string[];
  /** Every valid field with a single value, as plain data, for templates. */
  all: Record<string, string | number>;
}

/** The valid fields of a document; invalid or unknown ones are left out (the rules report them). */
export function readFields(doc: JdDocument): JdFields {
  const all = Object.create(null) as Record<string, string | number>;
  for (const [name, field] of doc.frontMatter?.fields ?? []) {
    const value = acceptedValue(name, field.value);
    if (value !== undefined) all[name] = value as string | number;
  }
  const essential = all.essential_capabilities as unknown as string[] | undefined;
  delete all.essential_capabilities;
  return {
    title: all.title as string | undefined,
    role: all.role as RoleId | undefined,
    population: all.population as Population | undefined,
    employment: all.employment as JdFields['employment'],
    setting: all.setting as JdFields['setting'],
    caseload: all.caseload as number | undefined,
    essentialCapabilities: essential ?? [],
    all,
  };
}
