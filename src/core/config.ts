// `.jdkit.json`: the user's switches for rules, thresholds, allowed terms,
// extra title aliases and Word export. Validated with zod; unknown keys are
// errors so that a typo never silently does nothing.
import { z } from 'zod';
import { roleIdSchema } from './framework/schema';
import { SEVERITIES } from './types';
import { parseJsonFile } from './validate';

export const CONFIG_FILE_NAME = '.jdkit.json';

export const ruleSettingSchema = z.union([z.enum(['off', ...SEVERITIES]), z.boolean()]);
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    /** Per rule: a severity, "off", or true/false (on at its default severity / off). */
    rules: z.record(z.string(), ruleSettingSchema).default({}),
    caseload: z
      .object({
        /** Caseloads above this are too high; default the guidance's maximum (plan section 4). */
        max: z.number().int().positive().optional(),
        /** Where the guidance says caseloads must be lower (plan 4.4), caseloads of this or more are too high. */
        lowerMax: z.number().int().positive().optional(),
      })
      .strict()
      .default({}),
    /** Stigma-vocabulary phrases or term ids this organisation accepts. */
    allowedTerms: z.array(z.string().min(1)).default([]),
    /** Extra job titles that denote a role in this organisation. */
    titleAliases: z.partialRecord(roleIdSchema, z.array(z.string().min(1))).default({}),
    /** Folder of the user's own Word templates, relative to the config file. */
    templatesPath: z.string().min(1).optional(),
    export: z
      .object({
        /** Add the capability-to-framework traceability appendix. */
        appendix: z.boolean().default(true),
        /** Employer name for the page header, when a document's front matter has no `organisation`. */
        organisation: z.string().trim().min(1).optional(),
        /** Path of a PNG or JPEG logo for the page header, relative to the config file. */
        logo: z
          .string()
          .min(1)
          .regex(/\.(png|jpe?g)$/i, 'the logo must be a PNG or JPEG file (.png, .jpg or .jpeg)')
          .optional(),
        /** What the logo shows, read out by screen readers; required with a logo. */
        logoAltText: z.string().trim().min(1).optional(),
        /** Brand colour for headings and table headers, as six hex digits; must contrast 4.5:1 with white. */
        colour: z
          .string()
          .regex(/^#?[0-9a-fA-F]{6}$/, 'a colour must be six hex digits, e.g. "1F4E79"')
          .optional(),
      })
      .strict()
      .refine((e) => !e.logo || e.logoAltText, {
        path: ['logoAltText'],
        message: 'a logo needs alt text describing it, e.g. "Hope and Recovery Services logo", for screen-reader users',
      })
      .default({ appendix: true }),
  })
  .strict();

export type JdkitConfig = z.infer<typeof configSchema>;

export const DEFAULT_CONFIG: JdkitConfig = configSchema.parse({});

/** Parses the text of a `.jdkit.json`; errors name `file` and the path inside it. */
export function parseConfig(text: string, file: string = CONFIG_FILE_NAME): JdkitConfig {
  return parseJsonFile(configSchema, text, file);
}
