// `jdkit lint`: checks job descriptions and reports in text, JSON or SARIF.
// Configs are resolved for every file before any output, so an invalid
// config stops the run cleanly; files are then read a few at a time and each
// file's report is written as soon as it is linted, in input order.
import { version } from '../../package.json';
import type { LoadedConfig } from '../core/config-file';
import { jsonFormatter } from '../core/formatters/json';
import { addToSummary, emptySummary, UNREADABLE_FILE_RULE, type FileReport, type StreamFormatter } from '../core/formatters/report';
import { sarifFormatter } from '../core/formatters/sarif';
import { textFormatter } from '../core/formatters/text';
import { INTERNAL_ERROR_RULE, lint } from '../core/lint';
import { ALL_RULES } from '../core/rules';
import type { Diagnostic } from '../core/types';
import { EXIT, UsageError, type CliIo, type Command } from './command';
import { decodeText, displayPath, expandInputs, readInOrder, resolveConfigs } from './files';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export const command: Command = {
  name: 'lint',
  summary: 'Check job descriptions against the capability framework and the workforce plan.',
  usage: 'jdkit lint <files, folders or globs...> [options]',
  details: [
    'A folder means every *.jd.md file inside it. Quote globs so the shell does not expand them: jdkit lint "jds/**/*.jd.md".',
    'Each file uses the nearest .jdkit.json in its folder or a parent folder, unless --config names one.',
    'A file that is not UTF-8 text is reported as an "unreadable-file" error and the other files are still checked.',
    '',
    'Exit codes: 0 no errors; 1 errors found, or more warnings than --max-warnings;',
    '2 wrong usage, a file that cannot be read, no files matched, or an invalid config.',
  ].join('\n'),
  options: {
    format: { type: 'string', short: 'f', value: 'format', description: 'Output format (default text).', choices: FORMATS },
    config: { type: 'string', short: 'c', value: 'file', description: 'Use this config file for every file instead of looking for .jdkit.json.' },
    quiet: { type: 'boolean', short: 'q', description: 'Report errors only (warnings still count towards --max-warnings).' },
    'max-warnings': { type: 'string', value: 'n', description: 'Exit with code 1 when there are more than n warnings.' },
  },
  positionals: { min: 1, max: Infinity },
  run,
};

async function run({ values, positionals }: Parameters<Command['run']>[0], io: CliIo): Promise<number> {
  const format = (values.format as Format | undefined) ?? 'text';
  const maxWarnings = parseMaxWarnings(values['max-warnings'] as string | undefined);
  const files = await expandInputs(positionals, io.cwd);
  const configs = resolveConfigs(files, values.config as string | undefined, io.cwd);

  const formatter = formatterFor(format, io.cwd);
  const summary = emptySummary();
  let warnings = 0;
  let readFailed = false;
  io.stdout.write(formatter.begin());
  for await (const result of readInOrder(files)) {
    const shownPath = displayPath(result.file, io.cwd);
    if ('error' in result) {
      io.stderr.write(`jdkit: cannot read "${shownPath}": ${result.error.message}\n`);
      readFailed = true;
      continue;
    }
    const report = lintFile(shownPath, result.bytes, configs.get(result.file)!);
    warnings += report.diagnostics.filter((d) => d.severity === 'warning').length;
    if (values.quiet) report.diagnostics = report.diagnostics.filter((d) => d.severity === 'error');
    const index = summary.files;
    addToSummary(summary, report);
    io.stdout.write(formatter.file(report, index));
  }
  io.stdout.write(formatter.end(summary));

  if (readFailed) return EXIT.usage;
  return summary.errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? EXIT.problems : EXIT.ok;
}

/** Lints one file's bytes; never throws, so one bad file cannot stop the run. */
export function lintFile(shownPath: string, bytes: Uint8Array, { config }: LoadedConfig): FileReport {
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { path: shownPath, role: null, diagnostics: [fileDiagnostic(UNREADABLE_FILE_RULE, decoded.problem)], coverage: null };
  try {
    const result = lint(decoded.text, { config });
    return { path: shownPath, role: result.role, diagnostics: result.diagnostics, coverage: result.coverage };
  } catch (err) {
    const message = `jdkit could not check this file: ${(err as Error).message}. Please report this.`;
    return { path: shownPath, role: null, diagnostics: [fileDiagnostic(INTERNAL_ERROR_RULE, message)], coverage: null };
  }
}

function fileDiagnostic(rule: string, message: string): Diagnostic {
  return { rule, severity: 'error', message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings must be a whole number of 0 or more (got "${value}").`);
  return Number(value);
}

function formatterFor(format: Format, cwd: string): StreamFormatter {
  switch (format) {
    case 'text':
      return textFormatter;
    case 'json':
      return jsonFormatter;
    case 'sarif':
      return sarifFormatter({ rules: ALL_RULES, version, cwd });
  }
}
