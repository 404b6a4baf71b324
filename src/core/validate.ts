// One way to validate external input: every data file, config file and
// template context goes through here, so errors always name the file and the
// path inside it.
import * as z from './zod';

export class ValidationError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly { path: string; message: string }[],
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
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
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
    throw new ValidationError(file, [
      { path: '', message: `not valid JSON${where(json, err as Error)} (${(err as Error).message})` },
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

/** " at line 3, column 5" where JSON.parse gives a position, as an editor shows it; else nothing. */
function where(text: string, err: Error): string {
  const position = /at position (\d+)/.exec(err.message);
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}
