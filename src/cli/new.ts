// `jdkit new <role-id>`: a new job description with every capability the role
// needs, printed or written to a file (never over an existing one unless --force).
import fs from 'node:fs';
import path from 'node:path';
import { newJobDescription } from '../core/scaffold';
import { EXIT, UsageError, type Command } from './command';
import { POPULATION_OPTION, populationArgument, roleArgument } from './role-args';

export const command: Command = {
  name: 'new',
  summary: 'Start a job description for a framework role.',
  usage: 'jdkit new <role-id> [options]',
  details: 'Fill in the [bracketed placeholders]. Run "jdkit roles" for the role ids.',
  options: {
    population: POPULATION_OPTION,
    organisation: { type: 'string', value: 'name', description: 'The employer, for the organisation field.' },
    out: {
      type: 'string',
      short: 'o',
      value: 'file',
      description: 'Write to this file instead of printing (e.g. nurse.jd.md).',
    },
    force: { type: 'boolean', description: 'Overwrite the --out file if it exists.' },
  },
  positionals: { min: 1, max: 1 },
  run({ values, positionals }, io) {
    const role = roleArgument(positionals[0]);
    const organisation = typeof values.organisation === 'string' ? values.organisation : undefined;
    const text = newJobDescription({ role: role.id, population: populationArgument(values.population), organisation });
    if (typeof values.out !== 'string') {
      io.stdout.write(text);
      return EXIT.ok;
    }
    const file = path.resolve(io.cwd, values.out);
    try {
      // Its folder is made if needed, as render and import make --out-dir.
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // "wx" fails when the file exists, so there is no window between checking and writing.
      fs.writeFileSync(file, text, { flag: values.force ? 'w' : 'wx' });
    } catch (err) {
      // Not usage mistakes: --help would not help.
      const { code, syscall } = err as NodeJS.ErrnoException;
      if (syscall === 'mkdir')
        throw new UsageError(
          `cannot write "${values.out}": its folder cannot be made, as a file is in the way; choose another path`,
          false,
        );
      if (code === 'EEXIST')
        throw new UsageError(`"${values.out}" already exists; use --force to overwrite it.`, false);
      throw new UsageError(`cannot write "${values.out}": ${(err as Error).message}`, false);
    }
    // The editor lints *.jd.md files, and jdkit lint looks for them in a folder: say so of any other name.
    const found = /\.jd\.md$/i.test(file)
      ? ''
      : ' Name it <something>.jd.md so that the editor and "jdkit lint <folder>" find it.';
    io.stdout.write(`Wrote ${values.out}: fill in the [bracketed placeholders].${found}\n`);
    return EXIT.ok;
  },
};
