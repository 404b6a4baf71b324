// The framework's enumerations (roles, populations, settings), which the
// engine needs at run time to read front matter and settings, and the types of
// the data under framework-data/. The data's own zod schemas are in
// data-schema.ts: the build and the tests validate the files against them, so
// loading the engine does not construct them (issue 13: run-time validation
// is for user input).
import * as z from '../zod';
import { ROLE_IDS } from './role-ids';

/** The role ids in document order (5.1 … 7.3), generated from framework-data/roles.meta.json. */
export { ROLE_IDS };

export const roleIdSchema = z.enum(ROLE_IDS);
export type RoleId = z.infer<typeof roleIdSchema>;

export const POPULATIONS = ['adults', 'children-and-young-people'] as const;
export const populationSchema = z.enum(POPULATIONS);
export type Population = z.infer<typeof populationSchema>;
/** The populations as a sentence names them (framework section 2: adults, children and young people). */
export const POPULATION_NAMES: Record<Population, string> = {
  adults: 'adults',
  'children-and-young-people': 'children and young people',
};

/** Settings in scope (framework section 1), plus `outreach`, which the plan's caseload guidance (4.4) singles out. */
export const SETTINGS = [
  'community',
  'outreach',
  'inpatient',
  'residential',
  'lero',
  'commissioning',
  'criminal-justice',
  'primary-care',
] as const;
export const settingSchema = z.enum(SETTINGS);
export type Setting = z.infer<typeof settingSchema>;
/** The settings as a heading or label names them (framework section 1). */
export const SETTING_NAMES: Record<Setting, string> = {
  community: 'Community',
  outreach: 'Outreach',
  inpatient: 'Inpatient detoxification',
  residential: 'Residential rehabilitation',
  lero: 'Lived experience recovery organisation (LERO)',
  commissioning: 'Local authority commissioning',
  'criminal-justice': 'Criminal justice',
  'primary-care': 'Primary care',
};

export type {
  SourceRef,
  Statement,
  Domain,
  Regulation,
  BuildsOn,
  Role,
  FrameworkData,
  TitleGroup,
  TitlesData,
  OutOfScopeTitle,
  SupervisionKind,
  GuidanceData,
  StigmaData,
  ThesaurusData,
} from './data-schema';
