// `jdkit lint`: checks job descriptions and reports as text grouped by file,
// compact one-line-per-diagnostic text, JSON or SARIF.
// Configs are resolved for every file before any output, so an invalid
// config stops the run cleanly; files are then read and linted, in this
// thread or in worker threads (lint-pool.ts), and each file's report is
// written as soon as it and those before it are linted, in input order.
import { version } from '../../package.json';
import fs from 'node:fs';
import type { LoadedConfig } from '../core/config-file';
import { jsonFormatter } from '../core/formatters/json';
import { compactFormatter } from '../core/formatters/compact';
import {
  addToSummary,
  emptySummary,
  UNREADABLE_FILE_RULE,
  type FileReport,
  type HiddenCounts,
  type StreamFormatter,
} from '../core/formatters/report';
import { sarifFormatter } from '../core/formatters/sarif';
import { textFormatter, type TextOptions } from '../core/formatters/text';
import type { AppliedFix } from '../core/fix-document';
import { ALL_RULES } from '../core/rules';
import { EXIT, UsageError, type CliIo, type Command } from './command';
import { displayPath, expandInputs, resolveConfigs } from './files';
import { checkFile, lintFile, uncheckedReport, type CheckedFile, type FileJob, type FixMode } from './lint-file';
import { AUTO_FILES_PER_WORKER, LintPool, parseConcurrency, workerCount, type Concurrency } from './lint-pool';
import { plural } from '../core/text/plural';

const FORMATS = ['text', 'compact', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
const HIDDEN_KEY = { warning: 'warnings', information: 'information', hint: 'hints' } as const;

export const command: Command = {
  name: 'lint',
  summary: 'Check job descriptions against the capability framework and the workforce plan.',
  usage: 'jdkit lint <files, folders or globs...> [options]',
  details: [
    'A folder means every *.jd.md file inside it. Quote globs so the shell does not expand them: jdkit lint "jds/**/*.jd.md".',
    'Each file uses the nearest .jdkit.json in its folder or a parent folder, unless --config names one.',
    'A file that is not UTF-8 text is reported as an "unreadable-file" error and the other files are still checked.',
    '',
    'Formats: text (the default) groups the problems by file, with line:column, severity, message and rule in columns;',
    'on a terminal long messages wrap to its width and severities are coloured (NO_COLOR turns colour off, FORCE_COLOR',
    'turns it on in a pipe). In a pipe or a file nothing is wrapped or coloured. compact writes one line per problem,',
    '"path:line:column severity message rule", for grep and editors. json and sarif are for tools and code scanning.',
    '',
    'Run "jdkit rules <rule>" for what a rule checks, why, and how to change or turn it off.',
    '',
    'Exit codes: 0 no errors; 1 errors found (a binary or non-UTF-8 file is one: unreadable-file), or more warnings',
    'than --max-warnings; 2 wrong usage, a file that cannot be opened, no files matched, or an invalid config.',
    '',
    '--fix applies what "Fix all" applies in VS Code (the declared role\'s missing statements inserted, stigmatising',
    'words with one replacement reworded...): one fix per problem, never one that needs your judgement or one of',
    'several options, again until nothing more can be fixed, then writes the file and reports the problems left;',
    'stderr lists the fixes.',
    '--fix-dry-run does the same without writing (with --format json each fixed file\'s new text is its "output").',
    'The problems that need a choice keep their quick fixes in VS Code.',
    '',
    '--concurrency: linting keeps the processor busy, so on a machine with 4 or more cores many files are linted in',
    `worker threads (auto: one per two cores, each with at least ${AUTO_FILES_PER_WORKER} files). The output is the same, in input order.`,
  ].join('\n'),
  options: {
    format: {
      type: 'string',
      short: 'f',
      value: 'format',
      description: 'Output format (default text; compact is one line per problem).',
      choices: FORMATS,
    },
    config: {
      type: 'string',
      short: 'c',
      value: 'file',
      description: 'Use this config file for every file instead of looking for .jdkit.json.',
    },
    quiet: {
      type: 'boolean',
      short: 'q',
      description:
        'Report errors only; the text summary says how many warnings were hidden (they still count towards --max-warnings).',
    },
    fix: {
      type: 'boolean',
      description: 'Apply the fixes that need no judgement, and write the files.',
    },
    'fix-dry-run': {
      type: 'boolean',
      description: 'As --fix, but write nothing: stderr lists the fixes, and --format json gives the new text.',
    },
    'max-warnings': {
      type: 'string',
      value: 'n',
      description: 'Exit with code 1 when there are more than n warnings.',
    },
    concurrency: {
      type: 'string',
      value: 'n|auto|off',
      description: `Lint in n worker threads (at most one per core); auto (the default) uses one per two cores from ${2 * AUTO_FILES_PER_WORKER} files on 4 or more cores; off uses one thread.`,
    },
  },
  positionals: { min: 1, max: Infinity },
  run,
};

async function run({ values, positionals }: Parameters<Command['run']>[0], io: CliIo): Promise<number> {
  const format = (values.format as Format | undefined) ?? 'text';
  const maxWarnings = parseMaxWarnings(values['max-warnings'] as string | undefined);
  const concurrency = parseConcurrency(values.concurrency as string | undefined);
  const files = await expandInputs(positionals, io.cwd);
  const configs = resolveConfigs(files, values.config as string | undefined, io.cwd);
  const fixing = fixMode(values);

  const formatter = formatterFor(format, io);
  const summary = emptySummary();
  const hidden: HiddenCounts = { warnings: 0, information: 0, hints: 0 };
  let warnings = 0;
  let readFailed = false;
  let writeFailed = false;
  io.stdout.write(formatter.begin());
  const pool = startPool(concurrency, files.length, io);
  try {
    for await (const checked of checkInOrder(files, configs, fixing, io.cwd, pool)) {
      const { file, shownPath } = checked;
      let report: FileReport;
      if ('readError' in checked) {
        io.stderr.write(`jdkit lint: cannot read "${shownPath}": ${checked.readError}\n`);
        readFailed = true;
        // In the report too, so that JSON and SARIF readers see the file was not checked.
        const problem = `jdkit cannot open this file, so it was not checked: ${checked.readError}`;
        report = uncheckedReport(shownPath, UNREADABLE_FILE_RULE, problem);
      } else {
        const { linted, bytes } = checked;
        report = linted.report;
        if (linted.fixed && bytes) {
          try {
            await fs.promises.writeFile(file, linted.fixed.bytes);
            io.stderr.write(describeFixes(shownPath, report.fixes!, true));
          } catch (error) {
            io.stderr.write(`jdkit lint: cannot write the fixes to "${shownPath}": ${(error as Error).message}\n`);
            writeFailed = true;
            // The report is of the file as it stays.
            report = lintFile(shownPath, bytes, checked.loaded).report;
          }
        } else if (linted.fixed) io.stderr.write(describeFixes(shownPath, report.fixes!, false));
      }
      warnings += report.diagnostics.filter((d) => d.severity === 'warning').length;
      if (values.quiet) {
        for (const d of report.diagnostics) if (d.severity !== 'error') hidden[HIDDEN_KEY[d.severity]]++;
        report.diagnostics = report.diagnostics.filter((d) => d.severity === 'error');
      }
      const index = summary.files;
      addToSummary(summary, report);
      io.stdout.write(formatter.file(report, index));
    }
  } finally {
    await pool?.close();
  }
  io.stdout.write(formatter.end(summary, hidden));

  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  if (tooManyWarnings)
    io.stderr.write(`jdkit lint: ${plural(warnings, 'warning')}, more than --max-warnings allows (${maxWarnings}).\n`);
  if (readFailed || writeFailed) return EXIT.usage;
  return summary.errors > 0 || tooManyWarnings ? EXIT.problems : EXIT.ok;
}

/** How many files each worker is given ahead, so that none waits while the main thread writes reports. */
const FILES_IN_FLIGHT_PER_WORKER = 8;

/** The files checked, in input order: by the pool's workers, or without a pool one after another in this thread. */
async function* checkInOrder(
  files: readonly string[],
  configs: ReadonlyMap<string, LoadedConfig>,
  fixing: FixMode,
  cwd: string,
  pool: LintPool | null,
): AsyncGenerator<FileJob & CheckedFile> {
  const jobs = files.map((file) => ({ file, shownPath: displayPath(file, cwd), loaded: configs.get(file)!, fixing }));
  if (!pool) {
    for (const job of jobs) yield { ...job, ...checkFile(job) };
    return;
  }
  const checking: Promise<FileJob & CheckedFile>[] = [];
  for (const job of jobs) {
    checking.push(pool.check(job).then((checked) => ({ ...job, ...checked })));
    if (checking.length >= pool.size * FILES_IN_FLIGHT_PER_WORKER) yield await checking.shift()!;
  }
  for (const next of checking) yield await next;
}

/** The workers for `files` files at this concurrency (lint-pool.ts); null to lint in this thread. */
function startPool(concurrency: Concurrency, files: number, io: CliIo): LintPool | null {
  const count = workerCount(concurrency, files);
  return count > 0 ? new LintPool(count, (message) => io.stderr.write(`jdkit lint: ${message}\n`)) : null;
}

/** Whether the run fixes problems, and whether it writes the files. */
function fixMode(values: Parameters<Command['run']>[0]['values']): FixMode {
  if (values.fix && values['fix-dry-run'])
    throw new UsageError('--fix and --fix-dry-run cannot be used together: --fix-dry-run is --fix without writing.');
  return values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : null;
}

/** What --fix did to a file (or --fix-dry-run would do), for stderr: each fix's title with its rule and line. */
function describeFixes(shownPath: string, fixes: readonly AppliedFix[], written: boolean): string {
  const list = fixes.map((f) => `  line ${f.line + 1}: ${f.title} (${f.rule})`).join('\n');
  return `${written ? 'Fixed' : 'Would fix'} ${plural(fixes.length, 'problem')} in ${shownPath}:\n${list}\n`;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new UsageError(`--max-warnings must be a whole number of 0 or more (got "${value}").`);
  return Number(value);
}

function formatterFor(format: Format, io: CliIo): StreamFormatter {
  switch (format) {
    case 'text':
      return textFormatter(textOptions(io.stdout as MaybeTerminal, process.env));
    case 'compact':
      return compactFormatter;
    case 'json':
      return jsonFormatter;
    case 'sarif':
      return sarifFormatter({ rules: ALL_RULES, version, cwd: io.cwd });
  }
}

/** What the CLI's stdout may also be: process.stdout has these when it is a terminal. */
interface MaybeTerminal {
  isTTY?: boolean;
  columns?: number;
}

/**
 * How to write text to `stream`: on a terminal, wrapped to its width and in
 * colour; in a pipe or a file, neither (one line per diagnostic, no escape
 * codes). FORCE_COLOR (any value but "0" or "false") turns colour on and
 * FORCE_COLOR=0 turns it off, whatever the stream; otherwise a non-empty
 * NO_COLOR or TERM=dumb turns it off (https://no-color.org, Node's conventions).
 */
export function textOptions(stream: MaybeTerminal, env: Record<string, string | undefined>): TextOptions {
  const terminal = stream.isTTY === true;
  const width = terminal && typeof stream.columns === 'number' && stream.columns > 0 ? stream.columns : undefined;
  return { width, color: useColour(terminal, env) };
}

function useColour(terminal: boolean, env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return terminal;
}
