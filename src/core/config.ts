// `.jdkit.json`: the user's switches for rules, thresholds, allowed terms,
// extra title aliases and Word export. Validated with zod; unknown keys are
// errors so that a typo never silently does nothing.
import { roleIdSchema } from './framework/schema';
import { lazily } from './lazy';
import { SEVERITIES } from './types';
import { closest } from './text/closest';
import { parseJsonFile } from './validate';
import * as z from './zod';

export const CONFIG_FILE_NAME = '.jdkit.json';

const RULE_SETTINGS = ['off', ...SEVERITIES] as const;

export const ruleSettingSchema = z.union([z.enum(RULE_SETTINGS), z.boolean()], {
  // zod's own "Invalid input" says neither what is allowed nor that ESLint's "warn" is "warning" here.
  error: (issue) => {
    const input = typeof issue.input === 'string' ? issue.input.toLowerCase() : undefined;
    const suggestion = input && (RULE_SETTINGS.find((s) => s.startsWith(input)) ?? closest(input, RULE_SETTINGS));
    return `must be ${RULE_SETTINGS.map((s) => `"${s}"`).join(', ')}, true or false${suggestion ? `: did you mean "${suggestion}"?` : ''}`;
  },
});

export type RuleSetting = z.infer<typeof ruleSettingSchema>;

/** An object of settings whose unknown keys are named with the nearest known one. */
function settings<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => {
          const suggestion = closest(key, known);
          return `"${key}" is not a jdkit setting${suggestion ? `: did you mean "${suggestion}"?` : ''}`;
        })
        .join('; ');
    },
  });
}

const nonEmpty = () => z.string().check(z.minLength(1));
/** A text that must not be empty once trimmed, trimmed. */
const trimmed = () => z.string().check(z.trim(), z.minLength(1));
const positiveInt = () =>
  z.number({ error: 'must be a whole number' }).check(z.int('must be a whole number'), z.positive('must be above 0'));

/**
 * The schema, made on first use: linting with the defaults (no settings, no
 * `.jdkit.json`) needs none, and making it is cold zod code on the first lint.
 */
export const configSchema = lazily(() =>
  settings({
    $schema: z.optional(z.string()),
    /** Per rule: a severity, "off", or true/false (on at its default severity / off). */
    rules: z._default(z.record(z.string(), ruleSettingSchema), {}),
    caseload: z._default(
      settings({
        /** Caseloads above this are too high; default the guidance's maximum (plan section 4). */
        max: z.optional(positiveInt()),
        /** Where the guidance says caseloads must be lower (plan 4.4), caseloads of this or more are too high. */
        lowerMax: z.optional(positiveInt()),
      }),
      {},
    ),
    /** Stigma-vocabulary phrases or term ids this organisation accepts. */
    allowedTerms: z._default(z.array(nonEmpty()), []),
    /** Extra job titles that denote a role in this organisation. */
    titleAliases: z._default(z.partialRecord(roleIdSchema, z.array(nonEmpty())), {}),
    /** Folder of the user's own Word templates, relative to the config file. */
    templatesPath: z.optional(nonEmpty()),
    export: z._default(
      settings({
        /** Add the capability-to-framework traceability appendix. */
        appendix: z._default(z.boolean(), true),
        /** Employer name for the page header, when a document's front matter has no `organisation`. */
        organisation: z.optional(trimmed()),
        /** Path of a PNG or JPEG logo for the page header, relative to the config file. */
        logo: z.optional(
          z
            .string()
            .check(
              z.minLength(1),
              z.regex(/\.(png|jpe?g)$/i, 'the logo must be a PNG or JPEG file (.png, .jpg or .jpeg)'),
            ),
        ),
        /** What the logo shows, read out by screen readers; required with a logo. */
        logoAltText: z.optional(trimmed()),
        /** Brand colour for headings and table headers, as six hex digits; must contrast 4.5:1 with white. */
        colour: z.optional(
          z.string().check(z.regex(/^#?[0-9a-fA-F]{6}$/, 'a colour must be six hex digits, e.g. "1F4E79"')),
        ),
      }).check(
        z.refine((e) => !e.logo || e.logoAltText, {
          path: ['logoAltText'],
          message:
            'a logo needs alt text describing it, e.g. "Hope and Recovery Services logo", for screen-reader users',
        }),
      ),
      { appendix: true },
    ),
  }),
);

export type JdkitConfig = z.infer<ReturnType<typeof configSchema>>;

/** The configuration with nothing set: what the schema makes of `{}` (a test checks it). */
export const DEFAULT_CONFIG: JdkitConfig = {
  rules: {},
  caseload: {},
  allowedTerms: [],
  titleAliases: {},
  export: { appendix: true },
};

/** Parses the text of a `.jdkit.json`; errors name `file` and the path inside it. */
export function parseConfig(text: string, file: string = CONFIG_FILE_NAME): JdkitConfig {
  return parseJsonFile(configSchema(), text, file);
}
