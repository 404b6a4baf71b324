// `jdkit render`: job descriptions → Word documents through a template.
// Every target is checked before anything is rendered, so a run that would
// overwrite a file without --force writes nothing. Every document is then
// linted with its config (the export guard): one with errors, unless
// --allow-errors, or with front matter that cannot be read, or none, or no
// title, stops the run before anything is written; warnings are printed and do not block. Each document is rendered
// in memory and written through a temporary file, so a failure never leaves a
// half-written .docx.
import fs from 'node:fs';
import path from 'node:path';
import type { LoadedConfig } from '../core/config-file';
import { exportBlock, exportBlockers, untitledReason, type ExportBlockers } from '../core/export-guard';
import { lint } from '../core/lint';
import type { Range } from '../core/types';
import { plural } from '../core/text/plural';
import {
  BUILT_IN_TEMPLATES,
  configTemplatesDir,
  describeExportError,
  exportJd,
  ExportError,
  findTemplate,
  listTemplates,
  missingSectionsNote,
  outputPath,
  OutputExistsError,
  writeOutput,
} from '../export';
import { EXIT, UsageError, type CliIo, type Command } from './command';
import { decodeText, displayPath, expandInputs, readInOrder, resolveConfigs } from './files';

/** Above this many files, progress goes to stderr. */
const PROGRESS_THRESHOLD = 3;
/** How many of a document's errors or warnings are listed before "and N more". */
const MAX_LISTED = 3;

export const command: Command = {
  name: 'render',
  summary: 'Export job descriptions to Word through a template.',
  usage: 'jdkit render <files, folders or globs...> --template <name> [options]',
  details: [
    'Writes <name>.<template>.docx beside each job description, or in --out-dir.',
    `Built-in templates: ${BUILT_IN_TEMPLATES.join(', ')}. Your own templates are the .hbs files`,
    'in the folder templatesPath names in .jdkit.json; see docs/templates.md.',
    'An existing file is never overwritten without --force: if any target exists, nothing is written.',
    'Each document is linted first: if any has errors, nothing is written unless --allow-errors; warnings are',
    'printed and do not block. A document whose front matter cannot be read, or that has no title, is never exported,',
    'even with --allow-errors.',
    '',
    'Exit codes: 0 all documents written; 1 a document has errors, unreadable front matter or no title (nothing written); 2 wrong usage, an unreadable file, an existing target without --force,',
    'an invalid config, or a document or template that could not be rendered.',
  ].join('\n'),
  options: {
    template: { type: 'string', short: 't', value: 'name', description: 'The template to use (required).' },
    'out-dir': {
      type: 'string',
      short: 'o',
      value: 'dir',
      description: 'Write the documents to this folder (created if needed).',
    },
    force: { type: 'boolean', short: 'f', description: 'Replace documents that already exist.' },
    'allow-errors': {
      type: 'boolean',
      description:
        'Export documents with lint errors (they are still listed); not those whose front matter cannot be read or that have no title.',
    },
    config: {
      type: 'string',
      short: 'c',
      value: 'file',
      description: 'Use this config file for every file instead of looking for .jdkit.json.',
    },
  },
  positionals: { min: 1, max: Infinity },
  run,
};

interface Job {
  file: string;
  target: string;
  loaded: LoadedConfig;
}

/** A document read and decoded, or why it could not be. */
type Source = { text: string } | { problem: string };

async function run({ values, positionals }: Parameters<Command['run']>[0], io: CliIo): Promise<number> {
  const templateName = values.template as string | undefined;
  const outDir = values['out-dir'] === undefined ? null : path.resolve(io.cwd, values['out-dir'] as string);
  const force = values.force === true;
  const allowErrors = values['allow-errors'] === true;
  const files = await expandInputs(positionals, io.cwd);
  const configs = resolveConfigs(files, values.config as string | undefined, io.cwd);
  if (!templateName) throw new UsageError(`--template is required. Templates: ${templateNames(configs)}.`);

  const jobs: Job[] = files.map((file) => ({
    file,
    target: outputPath(file, templateName, outDir),
    loaded: configs.get(file)!,
  }));
  checkTargets(jobs, force, io.cwd);
  // An unknown template is reported once, before any work.
  for (const loaded of new Set(jobs.map((j) => j.loaded))) findTemplateOrUsage(templateName, loaded);

  const show = (file: string) => displayPath(file, io.cwd);
  const progress = jobs.length > PROGRESS_THRESHOLD;
  let written = 0;
  let failed = 0;
  const fail = (file: string, problem: string) => {
    failed++;
    io.stderr.write(`jdkit render: ${show(file)}: ${problem}\n`);
  };

  // The export guard: every document is read and linted before any is rendered.
  const sources: Source[] = [];
  let blocked = 0;
  for await (const result of readInOrder(files)) {
    const job = jobs[sources.length];
    const decoded: Source =
      'error' in result ? { problem: `cannot be read: ${result.error.message}` } : decodeText(result.bytes);
    sources.push(decoded);
    if ('text' in decoded && !guard(lintForExport(decoded.text, job.loaded), show(job.file), allowErrors, io))
      blocked++;
  }
  if (blocked > 0) {
    sources.forEach((source, i) => 'problem' in source && fail(jobs[i].file, source.problem));
    io.stderr.write(
      `jdkit render: nothing was written${jobs.length > 1 ? ` (${blocked} of ${jobs.length} documents cannot be exported)` : ''}.\n`,
    );
    return failed > 0 ? EXIT.usage : EXIT.problems;
  }

  // Each document is written (and flushed to disk) while the next one renders; outcomes are reported in input order.
  let writing: Promise<void> = Promise.resolve();
  for (const [i, decoded] of sources.entries()) {
    const job = jobs[i];
    if (progress) io.stderr.write(`[${i + 1}/${jobs.length}] ${show(job.file)}\n`);
    let docx: Uint8Array | null = null;
    let missing: string[] = [];
    let problem: string | null = 'problem' in decoded ? decoded.problem : null;
    let templateBroken = false;
    if ('text' in decoded) {
      try {
        ({ docx, missingSections: missing } = await exportJd({
          text: decoded.text,
          file: job.file,
          template: templateName,
          config: job.loaded.config,
          configFile: job.loaded.file,
        }));
      } catch (err) {
        if (!(err instanceof ExportError)) throw err;
        problem = describeExportError(err, show);
        // A template error is the same for every document: stop rather than repeat it.
        templateBroken = err.location !== null;
      }
    }
    await writing;
    if (docx === null) {
      fail(job.file, problem!);
      if (templateBroken) break;
      continue;
    }
    writing = writeOutput(job.target, docx, { force }).then(
      () => {
        written++;
        io.stdout.write(`${show(job.target)}\n`);
        if (missing.length > 0) io.stderr.write(`jdkit render: ${show(job.file)}: ${missingSectionsNote(missing)}\n`);
      },
      (err: Error) =>
        fail(
          job.file,
          err instanceof OutputExistsError
            ? `${err.message}; use --force to replace it`
            : err instanceof ExportError
              ? describeExportError(err, show)
              : `cannot write "${show(job.target)}": ${err.message}`,
        ),
    );
  }
  await writing;
  if (progress || failed > 0)
    io.stderr.write(`jdkit render: ${plural(written, 'document')} written${failed > 0 ? `, ${failed} failed` : ''}.\n`);
  return failed > 0 ? EXIT.usage : EXIT.ok;
}

/**
 * Lints a document with its config for the export guard; never throws. When
 * jdkit itself fails, the message: the document is then never exported, as
 * nothing is known of its front matter.
 */
function lintForExport(text: string, { config }: LoadedConfig): ExportBlockers | string {
  try {
    const result = lint(text, { config });
    return exportBlockers(result.diagnostics, result.document.frontMatter);
  } catch (err) {
    return `jdkit could not check this file: ${(err as Error).message}. Please report this.`;
  }
}

/** Reports a document's errors and warnings on stderr; false when it must not be exported. */
function guard(blockers: ExportBlockers | string, shown: string, allowErrors: boolean, io: CliIo): boolean {
  if (typeof blockers === 'string') {
    io.stderr.write(`jdkit render: ${shown} was not exported: ${blockers}\n`);
    return false;
  }
  const { errors, warnings, frontMatterProblems } = blockers;
  const block = exportBlock(blockers, { allowErrors });
  if (block === 'unreadable-front-matter') {
    io.stderr.write(
      `jdkit render: ${shown}: the front matter cannot be read, so it was not exported, not even with --allow-errors: the Word file would lose the title and fields. Fix the front matter first:\n` +
        listed(
          shown,
          frontMatterProblems.map((p) => ({ ...p, rule: 'invalid-front-matter' })),
        ),
    );
    return false;
  }
  if (block === 'no-front-matter' || block === 'untitled') {
    io.stderr.write(
      `jdkit render: ${shown} was not exported, not even with --allow-errors: ${untitledReason(block, shown, '"jdkit import"')}\n`,
    );
    return false;
  }
  if (block === 'errors') {
    io.stderr.write(
      `jdkit render: ${shown} has ${plural(errors.length, 'error')}, so it was not exported. Fix ${errors.length === 1 ? 'it' : 'them'} (jdkit lint lists every problem), or use --allow-errors to export anyway:\n` +
        listed(shown, errors),
    );
    return false;
  }
  if (errors.length > 0)
    io.stderr.write(
      `jdkit render: ${shown} has ${plural(errors.length, 'error')}, exported anyway (--allow-errors):\n${listed(shown, errors)}`,
    );
  if (warnings.length > 0)
    io.stderr.write(`jdkit render: ${shown} has ${plural(warnings.length, 'warning')}:\n${listed(shown, warnings)}`);
  return true;
}

/** The first few findings as `path:line:col message rule` lines (1-based, as `jdkit lint` prints them), then "and N more". */
function listed(shown: string, findings: readonly { message: string; range: Range; rule: string }[]): string {
  const lines = findings
    .slice(0, MAX_LISTED)
    .map(
      (d) =>
        `  ${shown}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message.replace(/\s*\n\s*/g, ' ')} ${d.rule}\n`,
    );
  if (findings.length > MAX_LISTED) lines.push(`  and ${findings.length - MAX_LISTED} more\n`);
  return lines.join('');
}

/** Refuses, before rendering anything, targets that exist (without --force) or that two inputs share. */
function checkTargets(jobs: readonly Job[], force: boolean, cwd: string): void {
  const problems: string[] = [];
  const byTarget = new Map<string, string>();
  for (const job of jobs) {
    const other = byTarget.get(job.target);
    if (other)
      problems.push(
        `"${displayPath(other, cwd)}" and "${displayPath(job.file, cwd)}" would both be written to "${displayPath(job.target, cwd)}"; render them to different folders`,
      );
    byTarget.set(job.target, job.file);
  }
  if (!force) {
    const existing = jobs.filter((j) => fs.existsSync(j.target)).map((j) => displayPath(j.target, cwd));
    if (existing.length > 0) {
      problems.push(
        `${existing.length === 1 ? `"${existing[0]}" already exists` : `these files already exist: ${existing.map((f) => `"${f}"`).join(', ')}`}; nothing was written. Use --force to replace ${existing.length === 1 ? 'it' : 'them'}, or --out-dir to write elsewhere`,
      );
    }
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
}

function findTemplateOrUsage(name: string, { config, file }: LoadedConfig): void {
  try {
    findTemplate(name, configTemplatesDir(config, file));
  } catch (err) {
    if (err instanceof ExportError)
      throw new UsageError(describeExportError(err, (f) => displayPath(f, process.cwd())));
    throw err;
  }
}

function templateNames(configs: Map<string, LoadedConfig>): string {
  const first = configs.values().next().value;
  const { templates } = listTemplates(first ? configTemplatesDir(first.config, first.file) : null);
  return templates.map((t) => t.name).join(', ');
}
