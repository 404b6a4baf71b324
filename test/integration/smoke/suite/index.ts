/**
 * Entry module for the smoke suite (passed to VS Code as extensionTestsPath,
 * compiled to out/test/integration/smoke/suite/index.js). The real suite's
 * index (test/integration/suite/index.ts) follows the same pattern.
 */
import { runMochaInHost } from '../../runner/mocha-in-host';

export function run(): Promise<void> {
  return runMochaInHost(__dirname, { ui: 'tdd', timeout: 30000 });
}
