// The front-matter fields a job description may have. One table serves the
// reader below, the invalid-front-matter and unknown-field rules, completion
// and the README, so they always agree.
import { z } from 'zod';
import type { JdDocument } from './document/parse';
import { POPULATIONS, ROLE_IDS, type Population, type RoleId } from './framework/schema';

/** Settings in scope (framework section 1), plus `outreach`, which the plan's caseload guidance (4.4) singles out. */
export const SETTINGS = ['community', 'outreach', 'inpatient', 'residential', 'lero', 'commissioning', 'criminal-justice', 'primary-care'] as const;
export const EMPLOYMENT = ['paid', 'volunteer'] as const;

export interface FieldSpec {
  name: string;
  description: string;
  schema: z.ZodType;
  required?: boolean;
  /** Allowed values, offered by completion. */
  values?: readonly string[];
}

const text = z.string().trim().min(1, 'must not be empty');
/** Free fields also accept numbers and dates (YAML may read `hours: 37.5` as a number). */
const freeText = z.union([text, z.number()]);

export const FIELD_SPECS: readonly FieldSpec[] = [
  { name: 'title', description: 'The job title as it will appear in the advert.', schema: text, required: true },
  { name: 'role', description: 'The framework role id (see `jdkit roles`). Inferred from the title and capabilities when absent.', schema: z.enum(ROLE_IDS), values: ROLE_IDS },
  { name: 'population', description: 'Who the post works with; decides the base role of a senior drug and alcohol worker (framework section 2).', schema: z.enum(POPULATIONS), values: POPULATIONS },
  { name: 'employment', description: 'Paid post or volunteer role (plan 39.1: volunteers do not deliver clinical interventions).', schema: z.enum(EMPLOYMENT), values: EMPLOYMENT },
  { name: 'setting', description: 'Where the post is based (framework section 1, settings in scope).', schema: z.enum(SETTINGS), values: SETTINGS },
  { name: 'caseload', description: 'Typical caseload, a whole number (plan section 4: 40 or less).', schema: z.number().int('must be a whole number').min(0, 'must not be negative') },
  { name: 'organisation', description: 'Employer name, shown in Word headers.', schema: freeText },
  { name: 'department', description: 'Team or service.', schema: freeText },
  { name: 'location', description: 'Where the post is based.', schema: freeText },
  { name: 'salary', description: 'Salary or band, e.g. "£28,000 to £32,000".', schema: freeText },
  { name: 'grade', description: 'Pay band or grade.', schema: freeText },
  { name: 'hours', description: 'Hours per week.', schema: freeText },
  { name: 'contract', description: 'Contract type, e.g. permanent or fixed term.', schema: freeText },
  { name: 'closing_date', description: 'Application closing date.', schema: freeText },
  { name: 'interview_date', description: 'Interview date.', schema: freeText },
  { name: 'start_date', description: 'Expected start date.', schema: freeText },
  { name: 'reports_to', description: 'Line manager’s job title.', schema: freeText },
  { name: 'reference', description: 'Vacancy reference.', schema: freeText },
  { name: 'contact', description: 'Who to contact for an informal chat.', schema: freeText },
  { name: 'apply', description: 'How or where to apply.', schema: freeText },
];

export const FIELD_BY_NAME: ReadonlyMap<string, FieldSpec> = new Map(FIELD_SPECS.map((f) => [f.name, f]));

export interface JdFields {
  title?: string;
  role?: RoleId;
  population?: Population;
  employment?: (typeof EMPLOYMENT)[number];
  setting?: (typeof SETTINGS)[number];
  caseload?: number;
  /** Every valid field as plain data, for templates. */
  all: Record<string, string | number>;
}

/** The valid fields of a document; invalid or unknown ones are left out (the rules report them). */
export function readFields(doc: JdDocument): JdFields {
  const all: Record<string, string | number> = Object.create(null);
  for (const [name, field] of doc.frontMatter?.fields ?? []) {
    const spec = FIELD_BY_NAME.get(name);
    if (!spec) continue;
    const result = spec.schema.safeParse(field.value);
    if (result.success) all[name] = result.data as string | number;
  }
  return {
    title: all.title as string | undefined,
    role: all.role as RoleId | undefined,
    population: all.population as Population | undefined,
    employment: all.employment as JdFields['employment'],
    setting: all.setting as JdFields['setting'],
    caseload: all.caseload as number | undefined,
    all,
  };
}
