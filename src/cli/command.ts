// The contract between the dispatcher (main.ts) and each command module.
// A command declares its options once; the parser, the validation of choices
// and the --help text are all derived from that declaration.

/** Where a command writes, and the folder relative paths are resolved against. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Shown in help for string options, e.g. `file`. */
  value?: string;
  description: string;
  /** The only values a string option accepts. */
  choices?: readonly string[];
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  /** One line, for `jdkit --help`. */
  summary: string;
  /** Usage line(s) without the "Usage:" prefix, e.g. `jdkit roles [options]`. */
  usage: string;
  /** Extra paragraphs for the command's --help. */
  details?: string;
  options: Record<string, OptionSpec>;
  /** How many positional arguments the command takes. */
  positionals: { min: number; max: number };
  run(args: ParsedArgs, io: CliIo): number | Promise<number>;
}

/** Exit codes, as documented in `jdkit --help`. */
export const EXIT = {
  /** No error-severity problems. */
  ok: 0,
  /** Problems found: errors, or more warnings than --max-warnings allows. */
  problems: 1,
  /** Wrong usage, unreadable files, no files matched, invalid config. */
  usage: 2,
} as const;

/** A mistake in the command line or its inputs: reported on stderr with exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** Whether --help answers it: not for a config file with a mistake in it. */
    readonly help = true,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
