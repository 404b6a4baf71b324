// Entry module of the extension's integration suite (extensionTestsPath,
// compiled to out/test/integration/suite/index.js). Runs every *.test.js in
// this folder inside the VS Code extension host, under either runner.
import { runMochaInHost } from '../runner/mocha-in-host';

export function run(): Promise<void> {
  return runMochaInHost(__dirname, { ui: 'bdd', timeout: 60000 });
}
