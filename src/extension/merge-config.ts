// How the editor's `jdkit.*` settings combine with a `.jdkit.json`: settings
// the user has set win, key by key (rules per rule id, title aliases per
// role), and allowed terms add up. Pure, so it is unit tested without VS Code.
import { configSchema, type JdkitConfig } from '../core/config';
import { checkRuleIds } from '../core/config-file';
import { rejectProtoKeys, validate } from '../core/validate';

/** How errors in settings name their source. */
export const SETTINGS_SOURCE = 'VS Code settings (jdkit.*)';

/** The settings the user has explicitly set, in `.jdkit.json`'s shape (unvalidated: settings are user input). */
export interface ConfigOverrides {
  rules?: unknown;
  caseload?: { max?: unknown; lowerMax?: unknown };
  allowedTerms?: unknown;
  titleAliases?: unknown;
  templatesPath?: unknown;
  export?: Record<string, unknown>;
}

/** `base` (already valid) with `overrides` applied; a bad setting throws a ValidationError naming the settings and the key. */
export function mergeConfig(base: JdkitConfig, overrides: ConfigOverrides): JdkitConfig {
  rejectProtoKeys(overrides, SETTINGS_SOURCE);
  // Nothing set (the settings leave out what is unset): the base is valid already. Validating a copy cost the
  // first lint after the editor starts about a millisecond, and each folder's copy its own title lexicon.
  if (Object.keys(overrides).length === 0) return base;
  const templatesPath = unsetIfEmpty(overrides.templatesPath) ?? base.templatesPath;
  const merged = {
    ...base,
    rules: isRecord(overrides.rules) ? { ...base.rules, ...overrides.rules } : (overrides.rules ?? base.rules),
    caseload: { ...base.caseload, ...definedOnly(overrides.caseload ?? {}) },
    allowedTerms: Array.isArray(overrides.allowedTerms)
      ? [...new Set([...base.allowedTerms, ...(overrides.allowedTerms as unknown[])])]
      : (overrides.allowedTerms ?? base.allowedTerms),
    titleAliases: mergeAliases(base.titleAliases, overrides.titleAliases),
    ...(templatesPath === undefined ? {} : { templatesPath }),
    export: { ...base.export, ...definedOnly(overrides.export ?? {}) },
  };
  const config = validate(configSchema(), merged, SETTINGS_SOURCE);
  checkRuleIds(config, SETTINGS_SOURCE);
  return config;
}

function mergeAliases(base: JdkitConfig['titleAliases'], extra: unknown): unknown {
  if (extra === undefined) return base;
  if (!isRecord(extra)) return extra;
  const out: Record<string, unknown> = { ...base };
  for (const [role, titles] of Object.entries(extra)) {
    const existing = out[role];
    out[role] =
      Array.isArray(existing) && Array.isArray(titles)
        ? [...new Set([...(existing as unknown[]), ...(titles as unknown[])])]
        : titles;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The values the user has set: the Settings UI shows text settings as empty boxes, and an empty one means "not set". */
function definedOnly(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => unsetIfEmpty(v) !== undefined));
}

function unsetIfEmpty(value: unknown): unknown {
  return value === null || value === '' ? undefined : value;
}
