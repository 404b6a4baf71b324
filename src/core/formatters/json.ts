// Machine-readable output, version 1. Positions are 0-based lines and UTF-16
// characters, as in the Language Server Protocol. The shape is a public
// contract: change it only with a new version number (fields only --fix or
// --fix-dry-run adds, `fixes` and `output`, are absent otherwise).
import type { CoverageSummary } from '../coverage';
import type { AppliedFix } from '../fix-document';
import type { RoleId } from '../framework/schema';
import type { Range, Severity } from '../types';
import type { FileReport, StreamFormatter, Summary } from './report';

export const JSON_FORMAT_VERSION = 1;

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Machine-readable detail from the rule (e.g. `roles`); `{}` when there is none. */
  data: Record<string, unknown>;
}

export interface JsonFileReport {
  path: string;
  role: RoleId | null;
  diagnostics: JsonDiagnostic[];
  /** The role's statements by status: in the framework wording (`present`), a close copy (`modified`), in the employer's own words (`paraphrased`), `missing`. */
  coverage: CoverageSummary | null;
  /** Only with --fix or --fix-dry-run, when a fix applied: each fix, its rule and 0-based line. */
  fixes?: AppliedFix[];
  /** Only with --fix-dry-run, when a fix applied: the fixed text (ESLint's `output`). */
  output?: string;
}

export interface JsonReport {
  version: typeof JSON_FORMAT_VERSION;
  files: JsonFileReport[];
  summary: Summary;
}

export function jsonFileReport(report: FileReport): JsonFileReport {
  return {
    path: report.path,
    role: report.role,
    diagnostics: report.diagnostics.map((d) => ({
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      range: {
        start: { line: d.range.start.line, character: d.range.start.character },
        end: { line: d.range.end.line, character: d.range.end.character },
      },
      data: d.data ?? {},
    })),
    coverage: report.coverage,
    ...(report.fixes?.length ? { fixes: report.fixes } : {}),
    ...(report.output !== undefined ? { output: report.output } : {}),
  };
}

/** One JSON document (a JsonReport) with one file per line, written as files are linted. */
export const jsonFormatter: StreamFormatter = {
  begin: () => `{"version":${JSON_FORMAT_VERSION},"files":[`,
  file: (report, index) => `${index === 0 ? '' : ','}\n${JSON.stringify(jsonFileReport(report))}`,
  end: (summary) => `${summary.files > 0 ? '\n' : ''}],"summary":${JSON.stringify(summary)}}\n`,
};
