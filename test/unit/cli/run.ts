// Running the CLI in tests: in-process through `main`, or as a real child
// process from the tsc output (so the tests do not depend on the bundle).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli/main';

export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const FIXTURES = 'test/fixtures/cli';
const MAIN = path.resolve(__dirname, '..', '..', '..', 'src', 'cli', 'main.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI as a child process with stdout a pipe. The colour variables of
 * the environment running the tests are left out (so FORCE_COLOR in CI does not
 * colour the output); `env` adds variables.
 */
export function jdkit(args: readonly string[], cwd = ROOT, env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [MAIN, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...testEnv(), ...env },
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The environment of the tests without the variables that turn colour on or off. */
export function testEnv(): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _force, NO_COLOR: _no, ...env } = process.env;
  return env;
}

/** The path of the CLI's compiled entry point, for running it in other ways (under a terminal). */
export const MAIN_JS = MAIN;

/** Runs the CLI in this process; `terminal` makes stdout look like a terminal (`isTTY`, `columns`). */
export async function jdkitInProcess(
  args: readonly string[],
  cwd = ROOT,
  terminal?: { isTTY: boolean; columns?: number },
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { ...terminal, write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder for each test, removed afterwards. */
export function useTempDir(): () => string {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'jdkit-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}
