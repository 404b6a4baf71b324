// Finding templates: the built-in ones in the package's templates/ folder and
// the user's in the folder `templatesPath` names, listed together by name. A
// user template with a built-in's name replaces it, so an organisation can
// restyle "advert" without renaming it. Partials live in a `partials/`
// subfolder of either; the user's replace built-in ones of the same name.
import fs from 'node:fs';
import path from 'node:path';
import type { SectionKind } from '../core/document/section-kinds';
import { closest } from '../core/text/closest';
import { upperFirst } from '../core/text/case';
import { ExportError } from './errors';

export const TEMPLATE_EXTENSION = '.hbs';
export const BUILT_IN_TEMPLATES = [
  'job-description',
  'advert',
  'person-specification',
  'shortlisting',
  'interview',
] as const;
export type BuiltInTemplate = (typeof BUILT_IN_TEMPLATES)[number];
/** The job description's sections each built-in template shows: without them it has little to show. */
export const SECTIONS_SHOWN: Readonly<Record<BuiltInTemplate, readonly SectionKind[]>> = {
  'job-description': ['mainDuties', 'personSpecification'],
  advert: ['mainDuties'],
  'person-specification': ['personSpecification'],
  shortlisting: ['personSpecification'],
  interview: [],
};
/** Template names become part of output file names, so they are kept to safe characters. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** Templates are small text files; anything larger is a mistake. */
export const MAX_TEMPLATE_BYTES = 512 * 1024;

export interface TemplateInfo {
  name: string;
  /** Absolute path of the .hbs file. */
  file: string;
  /** The templates folder it is in: the file must resolve to a path inside it. */
  folder: string;
  origin: 'built-in' | 'user';
  /** A name for people: the `subject` of its <document> element, else the file name in words ("Person specification"). */
  title: string;
  /** The first line of the template's leading {{!-- comment --}}, if any. */
  description: string | null;
}

export interface TemplateListing {
  templates: TemplateInfo[];
  /** Why some files or the user folder could not be used; shown, never fatal. */
  problems: string[];
}

export interface TemplateFile {
  /** Absolute path. */
  file: string;
  source: string;
}

let builtInDir: string | undefined;

/**
 * The package's templates/ folder. Found by walking up from this module, as
 * the compiled CLI (out/src/export) and the extension bundle (dist/) sit at
 * different depths below the package root.
 */
export function builtInTemplatesDir(): string {
  if (builtInDir) return builtInDir;
  for (let dir = __dirname, i = 0; i < 6; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'templates');
    if (fs.existsSync(path.join(candidate, `${BUILT_IN_TEMPLATES[0]}${TEMPLATE_EXTENSION}`)))
      return (builtInDir = candidate);
  }
  throw new ExportError(
    `jdkit's built-in templates folder was not found near ${__dirname}; the installation is incomplete.`,
  );
}

/** Built-in and user templates by name, sorted, built-ins first. */
export function listTemplates(userDir: string | null = null): TemplateListing {
  const problems: string[] = [];
  const byName = new Map<string, TemplateInfo>();
  for (const t of templatesIn(builtInTemplatesDir(), 'built-in', problems)) byName.set(t.name, t);
  if (userDir !== null) for (const t of templatesIn(userDir, 'user', problems)) byName.set(t.name, t);
  const templates = [...byName.values()].sort(
    (a, b) => (a.origin === b.origin ? 0 : a.origin === 'built-in' ? -1 : 1) || a.name.localeCompare(b.name),
  );
  return { templates, problems };
}

/** The template called `name`; an ExportError listing the available ones when there is none. */
export function findTemplate(name: string, userDir: string | null = null): TemplateInfo {
  const { templates, problems } = listTemplates(userDir);
  const found = templates.find((t) => t.name === name);
  if (found) return found;
  const suggestion = closest(
    name,
    templates.map((t) => t.name),
  );
  throw new ExportError(
    [
      `there is no template called "${name}"${suggestion ? `; did you mean "${suggestion}"?` : '.'}`,
      `Templates: ${templates.map((t) => t.name).join(', ')}.`,
      ...problems,
    ].join(' '),
  );
}

/** The partials available to templates, by name: built-in ones, replaced by the user's of the same name. */
export function partialFiles(userDir: string | null): Map<string, { file: string; folder: string }> {
  const partials = new Map<string, { file: string; folder: string }>();
  for (const folder of [builtInTemplatesDir(), ...(userDir === null ? [] : [userDir])]) {
    // A missing partials folder is normal; unusable partials show up when a template uses them.
    for (const { name, file } of hbsFiles(path.join(folder, 'partials'), []).files)
      partials.set(name, { file, folder });
  }
  return partials;
}

/**
 * Reads a template or partial, rejecting files that are too large or not
 * text, and files that resolve outside their templates folder: a symbolic
 * link in a templates folder (say, in a cloned repository) must not be able
 * to put any readable file into a Word document or an error message.
 */
export function readTemplateFile(file: string, folder: string): TemplateFile {
  let bytes: Buffer;
  try {
    const real = fs.realpathSync(file);
    const root = fs.realpathSync(folder);
    if (path.relative(root, real).startsWith('..') || path.isAbsolute(path.relative(root, real))) {
      throw new ExportError(
        `the template is a link to a file outside its templates folder (${folder}); copy the file into the folder instead`,
        { file },
      );
    }
    const stat = fs.statSync(real);
    if (stat.size > MAX_TEMPLATE_BYTES)
      throw new ExportError(
        `the template is ${Math.round(stat.size / 1024)} KB; templates may be at most ${MAX_TEMPLATE_BYTES / 1024} KB`,
        { file },
      );
    bytes = fs.readFileSync(real);
  } catch (err) {
    if (err instanceof ExportError) throw err;
    throw new ExportError(`cannot read the template: ${(err as Error).message}`, { file });
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ExportError('the template is not UTF-8 text', { file });
  }
  return { file, source: source.replace(/\r\n?/g, '\n') };
}

function templatesIn(dir: string, origin: TemplateInfo['origin'], problems: string[]): TemplateInfo[] {
  const { files, missing } = hbsFiles(dir, problems);
  if (missing) problems.push(`The templates folder "${dir}" does not exist; check templatesPath.`);
  return files.map(({ name, file }) => ({ name, file, folder: dir, origin, ...describe(name, file, dir) }));
}

/** The .hbs files in `dir` with valid names; other problems are added to `problems`. */
function hbsFiles(dir: string, problems: string[]): { files: { name: string; file: string }[]; missing: boolean } {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { files: [], missing: true };
    problems.push(`The templates folder "${dir}" cannot be read (${(err as Error).message}).`);
    return { files: [], missing: false };
  }
  const files: { name: string; file: string }[] = [];
  for (const entry of entries) {
    if (!entry.name.endsWith(TEMPLATE_EXTENSION) || entry.isDirectory()) continue;
    const name = entry.name.slice(0, -TEMPLATE_EXTENSION.length);
    const file = path.join(dir, entry.name);
    if (NAME.test(name)) files.push({ name, file });
    else problems.push(`"${file}" is not listed: template names may only use letters, digits, "-" and "_".`);
  }
  return { files, missing: false };
}

/** The template's title and the first line of its leading {{!-- … --}} comment. */
function describe(name: string, file: string, folder: string): Pick<TemplateInfo, 'title' | 'description'> {
  const described = { title: upperFirst(name.replace(/[-_]+/g, ' ').trim()), description: null };
  try {
    const head = readTemplateFile(file, folder).source.slice(0, 4000);
    const comment = /^\s*\{\{!--\s*([^\n]*?)\s*(?:--\}\}|\n)/.exec(head);
    // A subject built by the template ("{{job.title}}") is no name for the template itself.
    const subject = /<document\b[^>]*\bsubject="([^"{}]+)"/.exec(head);
    return { title: subject?.[1].trim() || described.title, description: comment?.[1] || null };
  } catch {
    return described;
  }
}
