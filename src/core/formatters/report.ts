// What the formatters share: the per-file result they format, the summary
// counts, and the descriptions of the diagnostics the engine and the CLI
// raise themselves (they are not rules, but SARIF needs a rule entry for each,
// and they have documentation pages like the rules).
import type { CoverageSummary } from '../coverage';
import type { AppliedFix } from '../fix-document';
import type { RoleId } from '../framework/schema';
import { INTERNAL_ERROR_RULE } from '../lint';
import type { RuleDescription } from '../rules/rule';
import type { Diagnostic, Severity } from '../types';

export interface FileReport {
  /** The path as shown to the user: relative to the working folder where possible. */
  path: string;
  /** The declared or inferred role; null when unknown or the file could not be read. */
  role: RoleId | null;
  diagnostics: Diagnostic[];
  /** The role's statements by status; null when there is no capability role or the file could not be read. */
  coverage: CoverageSummary | null;
  /** With --fix or --fix-dry-run: the fixes applied before the lint reported (none: not given). */
  fixes?: AppliedFix[];
  /** With --fix-dry-run, when a fix applied: the text the fixes make. */
  output?: string;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
  /** The statements of every file with a capability role, by status, added up. */
  capabilities: CoverageSummary;
}

const SUMMARY_KEY: Record<Severity, Exclude<keyof Summary, 'files'>> = {
  error: 'errors',
  warning: 'warnings',
  information: 'information',
  hint: 'hints',
};

export function emptySummary(): Summary {
  return {
    files: 0,
    errors: 0,
    warnings: 0,
    information: 0,
    hints: 0,
    capabilities: { total: 0, present: 0, modified: 0, paraphrased: 0, missing: 0 },
  };
}

/** Adds one file's diagnostics and coverage to `summary` (mutating it) and returns it. */
export function addToSummary(summary: Summary, report: FileReport): Summary {
  summary.files++;
  for (const d of report.diagnostics) summary[SUMMARY_KEY[d.severity]]++;
  if (report.coverage) for (const key of COVERAGE_KEYS) summary.capabilities[key] += report.coverage[key];
  return summary;
}

const COVERAGE_KEYS = ['total', 'present', 'modified', 'paraphrased', 'missing'] as const;

export function summarise(reports: readonly FileReport[]): Summary {
  return reports.reduce(addToSummary, emptySummary());
}

/** Raised by the CLI for a file that is not UTF-8 text, so the other files are still linted. */
export const UNREADABLE_FILE_RULE = 'unreadable-file';

/** Diagnostics that come from the engine or the CLI rather than from a rule. */
export const ENGINE_RULES: readonly RuleDescription[] = [
  {
    id: UNREADABLE_FILE_RULE,
    defaultSeverity: 'error',
    summary: 'The file is not UTF-8 text, so it cannot be checked.',
    rationale:
      'Job descriptions are Markdown text files saved as UTF-8. A Word document, a PDF or text saved in another encoding cannot be read: save the job description as UTF-8 text, or copy its text into a new .jd.md file. jdkit lint still checks the other files.',
    sources: [],
    fixesOffered: [],
  },
  {
    id: INTERNAL_ERROR_RULE,
    defaultSeverity: 'error',
    summary: 'A rule failed on this document.',
    rationale:
      'A bug in jdkit stopped one rule from checking the document; the other rules still ran. Please report it with the document.',
    sources: [],
    fixesOffered: [],
  },
];

/**
 * A formatter in three parts, so the CLI can write each file's output as soon
 * as it is linted and still produce one well-formed document.
 */
export interface StreamFormatter {
  begin(): string;
  /** `index` is the file's position in the output, from 0. */
  file(report: FileReport, index: number): string;
  /** `hidden` counts the diagnostics left out by `--quiet` (the formatters that do not report it ignore it). */
  end(summary: Summary, hidden?: HiddenCounts): string;
}

/** Diagnostics of each severity that `--quiet` left out of the output (errors are never hidden). */
export type HiddenCounts = Pick<Summary, 'warnings' | 'information' | 'hints'>;

/** The whole output for `reports` at once. */
export function formatReports(formatter: StreamFormatter, reports: readonly FileReport[]): string {
  return formatter.begin() + reports.map((r, i) => formatter.file(r, i)).join('') + formatter.end(summarise(reports));
}
