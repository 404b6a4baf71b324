// The `jdkit` command line: dispatches to one module per command. Commands
// load lazily, so `jdkit roles` does not load what `jdkit lint` needs.
// Testable in-process through `main`, and runnable with `node out/src/cli/main.js`.
import { version } from '../../package.json';
import { ValidationError } from '../core/validate';
import { commandHelp, didYouMean, parseCommandArgs, table } from './args';
import { EXIT, UsageError, type CliIo, type Command } from './command';

export interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  lint: {
    summary: 'Check job descriptions against the framework and the workforce plan.',
    load: () => import('./lint').then((m) => m.command),
  },
  roles: { summary: 'List the framework roles and their ids.', load: () => import('./roles').then((m) => m.command) },
  capabilities: {
    summary: 'List the capability statements of a role.',
    load: () => import('./capabilities').then((m) => m.command),
  },
  new: { summary: 'Start a job description for a framework role.', load: () => import('./new').then((m) => m.command) },
  render: {
    summary: 'Export job descriptions to Word through a template.',
    load: () => import('./render').then((m) => m.command),
  },
  import: {
    summary: 'Turn existing job descriptions (Word .docx, .md, .txt) into .jd.md files.',
    load: () => import('./import').then((m) => m.command),
  },
  rules: {
    summary: 'List the rules, or show the documentation of one.',
    load: () => import('./rules').then((m) => m.command),
  },
};

export function mainHelp(): string {
  return [
    `jdkit ${version}: write and check job descriptions for the drug and alcohol treatment and recovery workforce`,
    'against NHS England’s Capability framework (2024) and the 10-year workforce strategic plan 2024–2034.',
    '',
    'Usage: jdkit <command> [options]',
    '',
    'Commands:',
    ...table(
      Object.entries(COMMANDS).map(([name, c]) => [name, c.summary] as const),
      '  ',
    ),
    '',
    'Options:',
    '  -h, --help     Show this help.',
    '  -v, --version  Show the version.',
    '',
    'Run "jdkit <command> --help" for the options of a command.',
    '',
  ].join('\n');
}

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(mainHelp());
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h') {
    io.stdout.write(mainHelp());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v' || name === '-V') {
    io.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.stderr.write(
      `jdkit: unknown command "${name}".${didYouMean(name, Object.keys(COMMANDS))} Run "jdkit --help" for the commands.\n`,
    );
    return EXIT.usage;
  }
  const command = await entry.load();
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help) {
      io.stdout.write(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ValidationError) {
      // Help is the answer to wrong usage, not to a config file with a mistake in it.
      const help = err instanceof UsageError && err.help ? `Run "jdkit ${name} --help" for usage.\n` : '';
      io.stderr.write(`jdkit ${name}: ${err.message}\n${help}`);
      return EXIT.usage;
    }
    io.stderr.write(`jdkit ${name}: unexpected error: ${(err as Error).stack ?? String(err)}\nPlease report this.\n`);
    return EXIT.usage;
  }
}

/** Runs `jdkit` as a process: the entry point of bin/jdkit.js and of this module when run directly. */
export function runCli(): void {
  // Output piped into a command that exits early (`jdkit lint … | head`) is not an error, and
  // the run goes on without its output: the exit code still says whether there were errors.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  });
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`jdkit: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = EXIT.usage;
    },
  );
}

if (require.main === module) runCli();
