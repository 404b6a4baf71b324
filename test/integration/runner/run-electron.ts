/**
 * Integration-test runner for contributors with normal internet access: runs
 * the same mocha suite as run-offline.ts, but in desktop VS Code downloaded by
 * @vscode/test-electron (from Microsoft's update service, which CI cannot reach;
 * CI uses run-offline.ts). On Linux without a display, run it under xvfb-run.
 *
 * Usage (after `tsc -p .`):
 *   node out/test/integration/runner/run-electron.js [--extension-development-path DIR]
 *     [--extension-tests-path FILE] [--workspace DIR] [--vscode-version VERSION]
 *
 * Same defaults and environment variables as run-offline (JDKIT_EXTENSION_DEV_PATH,
 * JDKIT_EXTENSION_TESTS_PATH, JDKIT_TEST_WORKSPACE); the VS Code version defaults
 * to 1.100.3, the version code-server 4.100.3 embeds (override with
 * JDKIT_VSCODE_VERSION or --vscode-version, e.g. "stable").
 * Screenshots requested through host-hooks.ts are skipped under this runner.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { runTests } from '@vscode/test-electron';
import { findRepoRoot } from './repo-root';

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    allowPositionals: false,
    options: {
      'extension-development-path': { type: 'string' },
      'extension-tests-path': { type: 'string' },
      workspace: { type: 'string' },
      'vscode-version': { type: 'string' },
    },
  });
  const env = process.env;
  const repoRoot = findRepoRoot();
  const abs = (p: string): string => path.resolve(repoRoot, p);

  const extensionDevelopmentPath = abs(values['extension-development-path'] ?? (env.JDKIT_EXTENSION_DEV_PATH || '.'));
  const extensionTestsPath = abs(
    values['extension-tests-path'] ?? (env.JDKIT_EXTENSION_TESTS_PATH || 'out/test/integration/suite/index.js'),
  );
  const workspace = abs(values.workspace ?? (env.JDKIT_TEST_WORKSPACE || 'test/fixtures/workspace'));
  const version = values['vscode-version'] ?? (env.JDKIT_VSCODE_VERSION || '1.100.3');

  for (const [what, p] of [
    ['test entry', extensionTestsPath],
    ['workspace', workspace],
    ['extension', extensionDevelopmentPath],
  ] as const) {
    if (!fs.existsSync(p)) {
      console.error(
        `[run-electron] ${what} not found: ${p}${what === 'test entry' ? ' (compile first: npm run compile)' : ''}`,
      );
      return 2;
    }
  }

  try {
    return await runTests({
      version,
      extensionDevelopmentPath,
      extensionTestsPath,
      extensionTestsEnv: { JDKIT_TEST_RUNNER: 'electron', JDKIT_REPO_ROOT: repoRoot },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (error) {
    console.error(`[run-electron] ${error instanceof Error ? error.message : String(error)}`);
    const code = (error as { code?: unknown }).code;
    return typeof code === 'number' && code !== 0 ? code : 1;
  }
}

void main().then((code) => process.exit(code));
