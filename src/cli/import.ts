// `jdkit import`: existing job descriptions (Word .docx, Markdown, plain text)
// → `<name>.jd.md`. Each file is converted on its own: one that cannot be read
// is reported (exit 2) while the others are still imported. A target that
// exists is never replaced without --force, and each is written through a
// temporary file, so there is never a half-written .jd.md.
import fs from 'node:fs';
import path from 'node:path';
import { FIELD_SPECS } from '../core/fields';
import { describeExportError, ExportError, OutputExistsError, writeOutput } from '../export';
import { ImportError } from '../import/errors';
import { importDocument, importOutputPath, type ImportReport } from '../import/import';
import { EXIT, type CliIo, type Command } from './command';
import { displayPath, expandInputs, resolveConfigs } from './files';
import { plural } from '../core/text/plural';

/** Above this many files, progress goes to stderr. */
const PROGRESS_THRESHOLD = 3;
const FOLDER_PATTERN = '**/*.{docx,doc}';

export const command: Command = {
  name: 'import',
  summary: 'Turn existing job descriptions (Word .docx, .md, .txt) into .jd.md files.',
  usage: 'jdkit import <files, folders or globs...> [options]',
  details: [
    'Writes <name>.jd.md beside each document, or in --out-dir: the title and details (salary, band, hours,',
    'location, "Responsible to"...) become front matter, sections get jdkit\'s headings where they mean the same',
    '("Key responsibilities" becomes "Main duties"), and person specifications keep essential and desirable',
    'criteria apart. Nothing is left out (but the appendix of a document jdkit exported, which it makes anew) and no',
    'capabilities are added: a comment at the top says what to do next. "post.advert.docx" becomes post.jd.md.',
    'A folder stands for the Word documents in it. An existing file is never replaced without --force.',
    '',
    'Exit codes: 0 every document imported; 2 wrong usage, or a document that could not be imported (the others',
    'are still imported) or whose .jd.md already exists.',
  ].join('\n'),
  options: {
    'out-dir': {
      type: 'string',
      short: 'o',
      value: 'dir',
      description: 'Write the .jd.md files to this folder (created if needed).',
    },
    force: { type: 'boolean', short: 'f', description: 'Replace .jd.md files that already exist.' },
    format: {
      type: 'string',
      value: 'format',
      choices: ['text', 'json'],
      description: 'How to report what was found: text (default) or json.',
    },
    config: {
      type: 'string',
      short: 'c',
      value: 'file',
      description: 'Use this config file (for the role inference) instead of looking for .jdkit.json.',
    },
  },
  positionals: { min: 1, max: Infinity },
  run,
};

interface Outcome {
  file: string;
  output: string | null;
  report: ImportReport | null;
  problem: string | null;
}

async function run({ values, positionals }: Parameters<Command['run']>[0], io: CliIo): Promise<number> {
  const outDir = values['out-dir'] === undefined ? null : path.resolve(io.cwd, values['out-dir'] as string);
  const files = await expandInputs(positionals, io.cwd, FOLDER_PATTERN);
  const configs = resolveConfigs(files, values.config as string | undefined, io.cwd);
  const show = (file: string) => displayPath(file, io.cwd);
  const progress = files.length > PROGRESS_THRESHOLD;
  const outcomes: Outcome[] = [];
  /** Outputs written in this run, by the file they came from: two sources never share one. */
  const written = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    if (progress) io.stderr.write(`jdkit import: [${i + 1}/${files.length}] ${show(file)}\n`);
    const output = importOutputPath(file, outDir);
    const earlier = written.get(output);
    if (earlier) {
      outcomes.push({
        file,
        output: null,
        report: null,
        problem: `"${show(output)}" was just written from "${show(earlier)}"; import the two into different folders (--out-dir)`,
      });
      continue;
    }
    try {
      const { text, report } = await importDocument(await fs.promises.readFile(file), file, configs.get(file)!.config);
      await writeOutput(output, Buffer.from(text, 'utf8'), { force: values.force === true });
      written.set(output, file);
      outcomes.push({ file, output, report, problem: null });
    } catch (err) {
      const problem =
        err instanceof OutputExistsError
          ? `"${show(output)}" already exists and was left unchanged; use --force to replace it, or --out-dir to write elsewhere`
          : err instanceof ImportError
            ? err.message
            : err instanceof ExportError
              ? describeExportError(err, show)
              : `cannot be imported: ${(err as Error).message}`;
      outcomes.push({ file, output: null, report: null, problem });
    }
  }
  if (values.format === 'json') io.stdout.write(`${JSON.stringify(toJson(outcomes, show), null, 2)}\n`);
  else io.stdout.write(textReport(outcomes, show));
  for (const o of outcomes) if (o.problem) io.stderr.write(`jdkit import: ${show(o.file)}: ${o.problem}\n`);
  return outcomes.some((o) => o.problem) ? EXIT.usage : EXIT.ok;
}

function toJson(outcomes: readonly Outcome[], show: (file: string) => string): object {
  return {
    version: 1,
    files: outcomes.map((o) => ({
      file: show(o.file),
      output: o.output && show(o.output),
      problem: o.problem,
      ...(o.report ?? {}),
    })),
  };
}

function textReport(outcomes: readonly Outcome[], show: (file: string) => string): string {
  const lines: string[] = [];
  for (const { file, output, report } of outcomes) {
    if (!report || !output) continue;
    lines.push(`${show(file)} → ${show(output)}`);
    lines.push(`  title: ${report.title}${report.titleFrom === 'file name' ? ' (from the file name: check it)' : ''}`);
    const fields = FIELD_SPECS.map((f) => f.name).filter((f) => f !== 'title' && report.fields[f] !== undefined);
    lines.push(
      `  fields: ${fields.length > 0 ? fields.join(', ') : 'none'}${report.keptDetails > 0 ? `; ${plural(report.keptDetails, 'other detail')} kept in the text` : ''}`,
    );
    lines.push(`  sections: ${report.sections.length > 0 ? report.sections.map(describeSection).join(', ') : 'none'}`);
    lines.push(`  role: ${describeRole(report.role)}`);
    if (report.partial) lines.push(`  note: ${report.partial}`);
  }
  const imported = outcomes.filter((o) => o.report).length;
  const failed = outcomes.length - imported;
  lines.push(
    `${imported} of ${plural(outcomes.length, 'document')} imported${failed > 0 ? `; ${failed} could not be (see below)` : ''}.`,
  );
  return `${lines.join('\n')}\n`;
}

const ROLE_FROM = {
  'front matter': 'front matter',
  title: 'title',
  'title and text': 'title and the text, which is about children and young people',
  capabilities: 'duties and capabilities',
} as const;

/** The linter takes no role from a vague title: the report says what it usually means, not that it was taken. */
function describeRole(role: ImportReport['role']): string {
  if (!role) return 'not recognised; add role: to the front matter';
  return role.from === 'vague title'
    ? `none until you name it: the title, which the workforce plan calls vague, usually means ${role.name} (${role.id}); add role: to the front matter`
    : `${role.name} (${role.id}), from the ${ROLE_FROM[role.from]}`;
}

function describeSection(section: ImportReport['sections'][number]): string {
  const renamed = section.source ? ` (was "${section.source}")` : '';
  const counts =
    section.essential !== undefined || section.desirable !== undefined
      ? ` (${section.essential ?? 0} essential, ${section.desirable ?? 0} desirable)`
      : section.items > 0
        ? ` (${section.items})`
        : '';
  return `${section.heading}${renamed}${counts}`;
}
