// Turning command-line inputs into files, and reading them. Inputs are files,
// folders (every *.jd.md inside) or glob patterns; reads run with bounded
// concurrency but results come back in input order, so output is stable.
import fs from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ConfigResolver, loadConfigFile, type LoadedConfig } from '../core/config-file';
import { ValidationError } from '../core/validate';
import { UsageError } from './command';
import { OLE2, PDF, startsWith, ZIP } from '../import/file-signatures';

export const JD_PATTERN = '**/*.jd.md';
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * The absolute paths of the files `inputs` name, in input order, each once;
 * a folder stands for the files in it that match `pattern`. An input that
 * names nothing is a usage error; all such inputs are reported together.
 */
export async function expandInputs(inputs: readonly string[], cwd: string, pattern = JD_PATTERN): Promise<string[]> {
  const files = new Set<string>();
  const problems: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const stat = statOrNull(absolute);
    let found: string[];
    if (stat?.isFile()) found = [absolute];
    else if (stat?.isDirectory()) {
      found = await globFiles(pattern, absolute);
      if (found.length === 0)
        problems.push(
          `no ${pattern === JD_PATTERN ? 'job descriptions' : 'files'} (${pattern}) in the folder "${input}"`,
        );
    } else if (isDynamicPattern(input)) {
      found = await globFiles(input, cwd);
      if (found.length === 0) problems.push(`no files match "${input}"`);
    } else {
      found = [];
      problems.push(stat ? `"${input}" is not a file or folder` : `no such file or folder: "${input}"`);
    }
    for (const file of found) files.add(file);
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return [...files];
}

async function globFiles(pattern: string, cwd: string): Promise<string[]> {
  // Globs use "/": on Windows a typed backslash is a separator, elsewhere it escapes a character.
  const portable = path.sep === '\\' ? pattern.replace(/\\/g, '/') : pattern;
  const found = await glob(portable, { cwd, absolute: true, onlyFiles: true, ignore: IGNORE });
  return found.map((f) => path.normalize(f)).sort();
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

export type ReadResult = { file: string; bytes: Uint8Array } | { file: string; error: Error };

/** Reads `files` at most `limit` at a time, yielding them in order. */
export async function* readInOrder(files: readonly string[], limit = 16): AsyncGenerator<ReadResult> {
  const pending: Promise<ReadResult>[] = [];
  const read = (file: string): Promise<ReadResult> =>
    fs.promises.readFile(file).then(
      (bytes) => ({ file, bytes }),
      (error: Error) => ({ file, error }),
    );
  let next = 0;
  while (next < files.length && pending.length < limit) pending.push(read(files[next++]));
  while (pending.length > 0) {
    const result = await pending.shift()!;
    if (next < files.length) pending.push(read(files[next++]));
    yield result;
  }
}

export type DecodeResult = { text: string } | { problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a job description, or why it is not UTF-8 text. A byte-order mark is dropped. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const binary = binaryKind(bytes);
  if (binary) return { problem: binary };
  if (bytes.includes(0)) {
    return {
      problem:
        'This file contains NUL bytes, so it is not a text file (it may be a Word document or PDF, or text saved as UTF-16). Save the job description as a Markdown text file in UTF-8.',
    };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return {
      problem:
        'This file is not valid UTF-8 text, so jdkit cannot read it. Open it in your editor and save it with the UTF-8 encoding.',
    };
  }
}

/** What to do with a document jdkit imports rather than reads, recognised by its first bytes; null for anything else. */
function binaryKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, ZIP))
    return 'This is a Word document (.docx) or another zip file, not a text job description: "jdkit import" turns a Word job description into a .jd.md that jdkit can lint and export.';
  if (startsWith(bytes, OLE2))
    return 'This is an old Word 97–2003 document (.doc), not a text job description: save it as a .docx in Word or LibreOffice, then "jdkit import" turns it into a .jd.md.';
  if (startsWith(bytes, PDF))
    return 'This is a PDF, not a text job description: jdkit cannot read PDFs. Import the Word document it was made from ("jdkit import"), or copy its text into a .jd.md.';
  return null;
}

/** The config of every file; all config problems are reported together, before any output. */
export function resolveConfigs(
  files: readonly string[],
  configOption: string | undefined,
  cwd: string,
): Map<string, LoadedConfig> {
  if (configOption !== undefined) {
    const loaded = loadConfigFile(path.resolve(cwd, configOption));
    return new Map(files.map((f) => [f, loaded]));
  }
  const resolver = new ConfigResolver();
  const configs = new Map<string, LoadedConfig>();
  const problems = new Set<string>();
  for (const file of files) {
    try {
      configs.set(file, resolver.forFile(file));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      problems.add(err.message);
    }
  }
  if (problems.size > 0) throw new UsageError([...problems].join('\n'), false);
  return configs;
}

/** Paths relative to the working folder, as the user typed them; absolute when outside it. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative) ? file : relative;
}
