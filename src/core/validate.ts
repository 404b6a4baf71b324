// One way to validate external input: every data file, config file and
// template context goes through here, so errors always name the file and the
// path inside it.
import type { z } from 'zod';

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

/** Validates `value` against `schema`, throwing a ValidationError that names `file`. */
export function validate<T extends z.ZodType>(schema: T, value: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    file,
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  );
}

/** Parses JSON text and validates it; syntax errors are reported as ValidationErrors too. */
export function parseJsonFile<T extends z.ZodType>(schema: T, text: string, file: string): z.infer<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ValidationError(file, [{ path: '', message: `not valid JSON (${(err as Error).message})` }]);
  }
  return validate(schema, value, file);
}
