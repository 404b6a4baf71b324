// Regenerates the parts of the extension manifest that are data: the
// `jdkit.*` settings in package.json's contributes.configuration (one entry
// per rule of the registry, with its summary and default severity) and the
// JSON schema VS Code uses to check `.jdkit.json` (resources/jdkit.schema.json).
// A unit test fails when either is stale: run `npm run manifest`.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_CONFIG, configSchema } from '../src/core/config';
import { getFramework } from '../src/core/framework/load';
import { ROLE_IDS } from '../src/core/framework/schema';
import { ALL_RULES } from '../src/core/rules';
import { lowerCaseloadPosts } from '../src/core/rules/caseload-too-high';
import { SEVERITIES } from '../src/core/types';

const ROOT = path.resolve(__dirname, '..', '..');
export const PACKAGE_JSON = path.join(ROOT, 'package.json');
export const CONFIG_SCHEMA = path.join(ROOT, 'resources', 'jdkit.schema.json');

const RULE_SETTINGS = ['off', ...SEVERITIES];

const CASELOAD = getFramework().guidance.caseload;

/** One description per `.jdkit.json` key, shared by the settings and the schema; the caseload guidance's from the data. */
const DESCRIPTIONS = {
  rules:
    'Per rule id: a severity (`error`, `warning`, `information`, `hint`), `off`, or `true`/`false` (on at its default severity / off).',
  caseload: `Caseload limits (workforce plan section ${CASELOAD.source.ref}).`,
  caseloadMax: `Caseloads above this are too high. Default ${CASELOAD.max}: the workforce plan (section ${CASELOAD.source.ref}) says good practice is a caseload of ${CASELOAD.max} or less.`,
  caseloadLowerMax: `For ${lowerCaseloadPosts()}, caseloads of this or more are too high. Default: the maximum; the workforce plan (${CASELOAD.lower.source.ref}) says these caseloads must be lower.`,
  allowedTerms:
    'Stigma-vocabulary term ids or phrases your organisation accepts, e.g. `offender` in criminal justice posts.',
  titleAliases: 'Extra job titles that denote a framework role in your organisation, by role id.',
  templatesPath:
    'Folder of your own Word templates (relative to `.jdkit.json`, or to the workspace folder in settings). Used only in trusted workspaces.',
  export: 'Word export settings.',
  exportAppendix: 'Add the appendix tracing each capability to the framework statement it comes from.',
  exportOrganisation: 'Organisation name for the Word header (default: the `organisation` field).',
  exportLogo:
    'PNG or JPEG logo for the Word header (relative to `.jdkit.json`, or to the workspace folder in settings).',
  exportLogoAltText: 'Alternative text for the logo, read by screen readers.',
  exportColour: 'Brand colour for headings, six hex digits, e.g. `1F4E79`.',
} as const;

/**
 * One property per rule. `.jdkit.json` also accepts `true`/`false`; the
 * settings offer the severities alone, as one string type is what lets the
 * Settings UI show each rule as a drop-down (settings.json still accepts the booleans).
 */
function ruleProperties(forSettings: boolean): Record<string, object> {
  return Object.fromEntries(
    ALL_RULES.map((rule) => [
      rule.id,
      {
        ...(forSettings ? { type: 'string', enum: RULE_SETTINGS } : { enum: [...RULE_SETTINGS, true, false] }),
        markdownDescription: `${rule.summary} Default: \`${rule.defaultSeverity}\`.`,
        description: `${rule.summary} Default: ${rule.defaultSeverity}.`,
      },
    ]),
  );
}

/**
 * contributes.configuration: the `.jdkit.json` keys as `jdkit.*` settings,
 * merged over the file. Each has one type and its real default, so the
 * Settings UI can edit it; only settings the user has set are read
 * (src/extension/config.ts inspects them), so a default never hides `.jdkit.json`.
 */
export function configurationContribution(): object {
  const setting = (type: string, value: unknown, markdownDescription: string, extra: object = {}) => ({
    type,
    default: value,
    markdownDescription,
    scope: 'resource',
    ...extra,
  });
  const defaults = DEFAULT_CONFIG;
  const caseloadMax = CASELOAD.max;
  return {
    title: 'jdkit',
    properties: {
      'jdkit.rules': {
        type: 'object',
        default: {},
        markdownDescription: `${DESCRIPTIONS.rules} Merged over \`.jdkit.json\` rule by rule.`,
        properties: ruleProperties(true),
        additionalProperties: false,
        scope: 'resource',
      },
      'jdkit.caseload.max': setting('integer', caseloadMax, DESCRIPTIONS.caseloadMax, { minimum: 1 }),
      'jdkit.caseload.lowerMax': setting('integer', caseloadMax, DESCRIPTIONS.caseloadLowerMax, { minimum: 1 }),
      'jdkit.allowedTerms': {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: [],
        markdownDescription: `${DESCRIPTIONS.allowedTerms} Added to \`.jdkit.json\`'s list.`,
        scope: 'resource',
      },
      'jdkit.titleAliases': {
        type: 'object',
        default: {},
        markdownDescription: `${DESCRIPTIONS.titleAliases} Added to \`.jdkit.json\`'s aliases. Edit in settings.json: the Settings UI cannot edit lists inside an object.`,
        properties: Object.fromEntries(
          ROLE_IDS.map((id) => [id, { type: 'array', items: { type: 'string', minLength: 1 } }]),
        ),
        additionalProperties: false,
        scope: 'resource',
      },
      // An empty text setting means "not set" (merge-config.ts), so `.jdkit.json` applies.
      'jdkit.templatesPath': setting('string', '', DESCRIPTIONS.templatesPath),
      'jdkit.export.appendix': setting('boolean', defaults.export.appendix, DESCRIPTIONS.exportAppendix),
      'jdkit.export.organisation': setting('string', '', DESCRIPTIONS.exportOrganisation),
      'jdkit.export.logo': setting('string', '', DESCRIPTIONS.exportLogo),
      'jdkit.export.logoAltText': setting('string', '', DESCRIPTIONS.exportLogoAltText),
      'jdkit.export.colour': setting('string', '', DESCRIPTIONS.exportColour, {
        pattern: '^(#?[0-9a-fA-F]{6})?$',
        patternErrorMessage: 'Six hex digits, e.g. 1F4E79.',
      }),
    },
  };
}

/** The JSON schema of `.jdkit.json`, from the zod schema, with descriptions and the rule ids spelled out. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema(), { io: 'input', target: 'draft-7' }) as {
    properties: Record<
      string,
      { description?: string; properties?: Record<string, { description?: string }>; [key: string]: unknown }
    >;
    [key: string]: unknown;
  };
  const p = schema.properties;
  p.rules = {
    type: 'object',
    description: DESCRIPTIONS.rules,
    properties: ruleProperties(false),
    additionalProperties: false,
  };
  p.caseload.description = DESCRIPTIONS.caseload;
  p.caseload.properties!.max.description = DESCRIPTIONS.caseloadMax;
  p.caseload.properties!.lowerMax.description = DESCRIPTIONS.caseloadLowerMax;
  p.allowedTerms.description = DESCRIPTIONS.allowedTerms;
  p.titleAliases.description = DESCRIPTIONS.titleAliases;
  p.templatesPath.description = DESCRIPTIONS.templatesPath;
  p.export.description = DESCRIPTIONS.export;
  const e = p.export.properties!;
  e.appendix.description = DESCRIPTIONS.exportAppendix;
  e.organisation.description = DESCRIPTIONS.exportOrganisation;
  e.logo.description = DESCRIPTIONS.exportLogo;
  e.logoAltText.description = DESCRIPTIONS.exportLogoAltText;
  e.colour.description = DESCRIPTIONS.exportColour;
  const { $schema, ...rest } = schema;
  return { $schema, title: 'jdkit configuration (.jdkit.json)', ...rest };
}

/** package.json's text with the generated parts replaced. */
export function regenerateManifest(text: string): string {
  const manifest = JSON.parse(text) as { contributes?: Record<string, unknown> };
  manifest.contributes = { ...manifest.contributes, configuration: configurationContribution() };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function schemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(PACKAGE_JSON, regenerateManifest(readFileSync(PACKAGE_JSON, 'utf8')));
  writeFileSync(CONFIG_SCHEMA, schemaText());
  console.log('package.json contributes.configuration and resources/jdkit.schema.json regenerated.');
}
