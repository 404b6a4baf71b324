// One way to validate external input: every data file, config file and
// template context goes through here, so errors always name the file and the
// path inside it.
import { TextLines } from './document/text-lines';
import * as z from './zod';

export interface ValidationIssue {
  /** Where in the value, as formatPath writes it; '' for the whole. */
  path: string;
  message: string;
  /** A key the value should not have, for an editor to underline (path is its object's). */
  key?: string;
  /** Where in the text, 1-based, for a syntax error. */
  position?: { line: number; column: number };
}

export class ValidationError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly ValidationIssue[],
  ) {
    super(`${file}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`);
    this.name = 'ValidationError';
  }
}

/** Formats a zod issue path the way a reader would write it: `roles[3].domains[0].name`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Validates `value` against `schema` (a zod/mini or a classic zod one), throwing a ValidationError that names `file`. */
export function validate<T extends z.core.$ZodType>(schema: T, value: unknown, file: string): z.infer<T> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  throw new ValidationError(
    file,
    result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
      ...(issue.code === 'unrecognized_keys' ? { key: issue.keys[0] } : {}),
    })),
  );
}

/** Parses JSON text and validates it; syntax errors are reported as ValidationErrors too. */
export function parseJsonFile<T extends z.core.$ZodType>(schema: T, text: string, file: string): z.infer<T> {
  // Windows Notepad and PowerShell 5 save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const json = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    const { message } = err as Error;
    const offset = /at position (\d+)/.exec(message)?.[1];
    throw new ValidationError(file, [
      offset === undefined
        ? { path: '', message: `not valid JSON (${message})` }
        : syntaxIssue(json, Number(offset), message),
    ]);
  }
  rejectProtoKeys(value, file);
  return validate(schema, value, file);
}

/**
 * Throws a ValidationError naming every `__proto__` key in user input.
 * JSON.parse (and object spread) keep them as ordinary keys, but zod drops
 * them from records to prevent prototype pollution, so a setting written
 * under one would silently do nothing.
 */
export function rejectProtoKeys(value: unknown, file: string): void {
  const paths = protoKeyPaths(value);
  if (paths.length > 0) {
    throw new ValidationError(
      file,
      paths.map((path) => ({
        path,
        message: '"__proto__" cannot be used as a key: it would be dropped without effect',
      })),
    );
  }
}

/** Paths of the `__proto__` keys in `root`; iterative, as JSON can nest deeper than the call stack. */
function protoKeyPaths(root: unknown): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, Array.isArray(value) ? Number(key) : key];
      if (key === '__proto__') found.push(formatPath(childPath));
      stack.push({ value: child, path: childPath });
    }
  }
  return found.sort();
}

/** A syntax error JSON.parse placed at `offset`, with its line and column as editors count (1-based). */
function syntaxIssue(json: string, offset: number, message: string): ValidationIssue {
  const { line, character } = new TextLines(json).positionAt(offset);
  const position = { line: line + 1, column: character + 1 };
  return {
    path: '',
    message: `not valid JSON at line ${position.line}, column ${position.column}${likelyMistake(json, offset)} (${message})`,
    position,
  };
}

/**
 * The two mistakes people make in JSON written by hand, which JSON.parse
 * words as an unexpected character: a comment, which JSONC and JavaScript
 * allow, and a comma before a closing bracket.
 */
function likelyMistake(text: string, offset: number): string {
  if (text[offset] === '/') return ': JSON does not allow comments';
  const next = /^\s*[}\]]/.test(text.slice(offset));
  return next && /,\s*$/.test(text.slice(0, offset)) ? ': JSON does not allow a comma before a closing bracket' : '';
}
