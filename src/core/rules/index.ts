// The rule registry, in the order the README documents them. One rule per file.
import type { Rule } from './rule';
import { rule as invalidFrontMatter } from './invalid-front-matter';
import { rule as unknownField } from './unknown-field';
import { rule as unknownTitle } from './unknown-title';
import { rule as vagueTitle } from './vague-title';
import { rule as volunteerTitle } from './volunteer-title';
import { rule as outOfScopeTitle } from './out-of-scope-title';
import { rule as titleRoleMismatch } from './title-role-mismatch';
import { rule as roleInferred } from './role-inferred';
import { rule as descriptorOnlyRole } from './descriptor-only-role';
import { rule as capabilityOtherRole } from './capability-other-role';
import { rule as otherRoleDuties } from './other-role-duties';
import { rule as missingCapabilities } from './missing-capabilities';
import { rule as missingBaseCapabilities } from './missing-base-capabilities';
import { rule as modifiedCapability } from './modified-capability';
import { rule as paraphrasedCapability } from './paraphrased-capability';
import { rule as unrecognisedCapability } from './unrecognised-capability';
import { rule as duplicateCapability } from './duplicate-capability';
import { rule as unknownEssentialCapability } from './unknown-essential-capability';
import { rule as stigmatisingLanguage } from './stigmatising-language';
import { rule as placeholderText } from './placeholder-text';
import { rule as caseloadTooHigh } from './caseload-too-high';
import { rule as missingRegistration } from './missing-registration';
import { rule as missingSupervision } from './missing-supervision';
import { rule as volunteerClinicalDuties } from './volunteer-clinical-duties';
import { rule as volunteerInStaffing } from './volunteer-in-staffing';

export const ALL_RULES: readonly Rule[] = [
  invalidFrontMatter,
  unknownField,
  unknownTitle,
  vagueTitle,
  volunteerTitle,
  outOfScopeTitle,
  titleRoleMismatch,
  roleInferred,
  descriptorOnlyRole,
  capabilityOtherRole,
  otherRoleDuties,
  missingCapabilities,
  missingBaseCapabilities,
  modifiedCapability,
  paraphrasedCapability,
  unrecognisedCapability,
  duplicateCapability,
  unknownEssentialCapability,
  stigmatisingLanguage,
  placeholderText,
  caseloadTooHigh,
  missingRegistration,
  missingSupervision,
  volunteerClinicalDuties,
  volunteerInStaffing,
];

export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.id, r]));
