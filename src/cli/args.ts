// Command-line parsing on node:util parseArgs, with the help text generated
// from the same option table.
import { parseArgs } from 'node:util';
import { closest, defaultMaxDistance } from '../core/text/closest';
import { UsageError, type Command, type OptionSpec, type ParsedArgs } from './command';

/** Every command accepts --help. */
export const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', description: 'Show this help.' };

export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs {
  const options = { ...command.options, help: HELP_OPTION };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: Object.fromEntries(
        Object.entries(options).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}) }]),
      ),
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError(usageMessage(err as Error & { code?: string }, Object.keys(options)));
  }
  const values = parsed.values as ParsedArgs['values'];
  if (values.help) return { values, positionals: parsed.positionals };
  for (const [name, spec] of Object.entries(options)) {
    const value = values[name];
    if (spec.choices && typeof value === 'string' && !spec.choices.includes(value)) {
      throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')} (got "${value}").`);
    }
  }
  const { min, max } = command.positionals;
  if (parsed.positionals.length < min) throw new UsageError(`missing arguments: the usage is ${command.usage}`);
  if (parsed.positionals.length > max) {
    throw new UsageError(`unexpected argument "${parsed.positionals[max]}": the usage is ${command.usage}`);
  }
  return { values, positionals: parsed.positionals };
}

/** parseArgs messages, with a suggestion for a mistyped option. */
function usageMessage(err: Error & { code?: string }, names: string[]): string {
  const unknown = err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-{1,2}[^']+)'/.exec(err.message)?.[1] : undefined;
  if (unknown) {
    const [suggestion] = suggestions(unknown.replace(/^-+/, ''), names);
    return `unknown option ${unknown}${suggestion ? `; did you mean --${suggestion}?` : ''}`;
  }
  // "--max-warnings -1": parseArgs will not take a value that starts with a dash, and says so at length.
  const ambiguous =
    err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /'(-{1,2}[^']+)' argument is ambiguous/.exec(err.message);
  if (ambiguous)
    return `${ambiguous[1]} needs a value, and a value cannot start with "-" (write ${ambiguous[1]}=<value> if it must)`;
  return err.message.replace(/\s*\n\s*/g, ' ');
}

/**
 * What the user may have meant by `input`: the nearest candidate, allowing two
 * typos even in short words ("lnit"), else the candidates containing it
 * ("senior" for "senior-drug-and-alcohol-worker").
 */
export function suggestions(input: string, candidates: readonly string[]): string[] {
  const nearest = closest(input, candidates, Math.max(2, defaultMaxDistance(input)));
  if (nearest) return [nearest];
  return input.length >= 3 ? candidates.filter((c) => c.includes(input.toLowerCase())) : [];
}

/** " Did you mean "a" or "b"?", or nothing. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const found = suggestions(input, candidates);
  return found.length > 0 ? ` Did you mean ${found.map((s) => `"${s}"`).join(' or ')}?` : '';
}

export function commandHelp(command: Command): string {
  const options = { ...command.options, help: HELP_OPTION };
  const rows = Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` <${o.value ?? 'value'}>` : ''}`;
    const choices = o.choices ? ` One of: ${o.choices.join(', ')}.` : '';
    return [flag, `${o.description}${choices}`] as const;
  });
  return [
    command.summary,
    '',
    `Usage: ${command.usage}`,
    ...(command.details ? ['', command.details] : []),
    '',
    'Options:',
    ...table(rows, '  '),
    '',
  ].join('\n');
}

/** Two aligned columns. */
export function table(rows: readonly (readonly [string, string])[], indent = ''): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `${indent}${left.padEnd(width)}  ${right}`.trimEnd());
}

/** Aligns any number of columns by folding them into the two-column `table`. */
export function columns(rows: readonly (readonly string[])[]): string[] {
  let lines = rows.map((r) => r[0]);
  for (let c = 1; c < rows[0].length; c++) lines = table(lines.map((l, i) => [l, rows[i][c]] as const));
  return lines;
}
