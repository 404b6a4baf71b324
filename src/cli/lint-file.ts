// Reading and linting one file into the report the formatters write: the
// work `jdkit lint` does per file, in its own thread or in a worker
// (lint-pool.ts), so its result is plain data that a worker can post back.
import fs from 'node:fs';
import type { LoadedConfig } from '../core/config-file';
import { coverageSummary } from '../core/coverage';
import { fixDocument } from '../core/fix-document';
import { UNREADABLE_FILE_RULE, type FileReport } from '../core/formatters/report';
import { INTERNAL_ERROR_RULE, lint, type LintResult } from '../core/lint';
import type { Diagnostic } from '../core/types';
import { decodeText } from './files';

/** Whether the run fixes problems, and whether it writes the files. */
export type FixMode = 'write' | 'dry-run' | null;

/** A linted file: its report, and with a fix mode the fixed bytes when anything changed. */
export interface LintedFile {
  report: FileReport;
  fixed?: { bytes: Uint8Array };
}

/** A file to check: where it is, its path as shown, its config, and whether to fix it. */
export interface FileJob {
  file: string;
  shownPath: string;
  loaded: LoadedConfig;
  fixing: FixMode;
}

/**
 * A file checked: linted, with the bytes read when its fixes are to be
 * written (if writing fails, the report is of the file as it stays), or why
 * it could not be read.
 */
export type CheckedFile = { readError: string } | { linted: LintedFile; bytes: Uint8Array | null };

/** Reads and lints a file (lintFile). Never throws. */
export function checkFile({ file, shownPath, loaded, fixing }: FileJob): CheckedFile {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { readError: (error as Error).message };
  }
  const linted = lintFile(shownPath, bytes, loaded, fixing);
  return { linted, bytes: linted.fixed && fixing === 'write' ? bytes : null };
}

const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

/**
 * Lints one file's bytes, and with `fixing` fixes what needs no judgement
 * first (fixDocument): the report is then of the fixed text, and `fixed` its
 * bytes (with the byte-order mark it had) when anything changed. Never
 * throws, so one bad file cannot stop the run.
 */
export function lintFile(
  shownPath: string,
  bytes: Uint8Array,
  { config }: LoadedConfig,
  fixing: FixMode = null,
): LintedFile {
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { report: uncheckedReport(shownPath, UNREADABLE_FILE_RULE, decoded.problem) };
  try {
    if (!fixing) return { report: fileReport(shownPath, lint(decoded.text, { config })) };
    const { output, fixes, result } = fixDocument(decoded.text, { config });
    const report = fileReport(shownPath, result);
    if (fixes.length === 0) return { report };
    report.fixes = fixes;
    if (fixing === 'dry-run') report.output = output;
    const text = new TextEncoder().encode(output);
    const bom = bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b);
    return { report, fixed: { bytes: bom ? Buffer.concat([BOM, text]) : text } };
  } catch (err) {
    const message = `jdkit could not check this file: ${(err as Error).message}. Please report this.`;
    return { report: uncheckedReport(shownPath, INTERNAL_ERROR_RULE, message) };
  }
}

/**
 * The report of a lint run. Its diagnostics leave out their fixes, which no
 * formatter writes: some are computed when first read (withLazyFixes), and
 * posting a report from a worker would compute them all.
 */
function fileReport(shownPath: string, result: LintResult): FileReport {
  return {
    path: shownPath,
    role: result.role,
    diagnostics: result.diagnostics.map(({ rule, severity, message, range, data }) =>
      data === undefined ? { rule, severity, message, range } : { rule, severity, message, range, data },
    ),
    coverage: coverageSummary(result.coverage),
  };
}

/** The report of a file that was not linted: one error, at its start, saying why. */
export function uncheckedReport(shownPath: string, rule: string, message: string): FileReport {
  const diagnostic: Diagnostic = {
    rule,
    severity: 'error',
    message,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
  return { path: shownPath, role: null, diagnostics: [diagnostic], coverage: null };
}
