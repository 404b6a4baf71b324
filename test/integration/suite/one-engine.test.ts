// The Word export and import in the real extension host use the engine the
// linter uses: dist/export.js takes its engine modules from dist/engine.js
// (scripts/bundle.mjs), so there is one framework object and one matcher
// index, not a second copy built on the first export or import.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { exportJd } from '../../../src/export';
import type { Engine } from '../../../src/extension/load-engine';
import { activateExtension, closeAllEditors, EXTENSION_ID, scratchFile } from './helpers';

const EXAMPLE = path.join(process.env.JDKIT_REPO_ROOT ?? process.cwd(), 'examples', 'drug-and-alcohol-worker.jd.md');

/**
 * Counts the uses of the engine's framework object made from the Word code
 * while `run` runs: calls of its methods (role, statement, the matcher…).
 * The engine bundle required here is the module the extension loaded (Node
 * keeps one instance per file), and a use from the Word code has
 * dist/export.js on its stack.
 */
async function frameworkUsesFromWordCode(run: () => Thenable<unknown>): Promise<number> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  // The engine the extension loaded (require's cache), not a second copy through an import.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const framework = (require(path.join(extension.extensionPath, 'dist', 'engine.js')) as Engine).getFramework();
  const wordCode = path.join(extension.extensionPath, 'dist', 'export.js');
  let uses = 0;
  const count = () => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = Infinity;
    if (new Error().stack?.includes(wordCode)) uses++;
    Error.stackTraceLimit = limit;
  };
  const prototype = Object.getPrototypeOf(framework) as object;
  const members = Object.entries(Object.getOwnPropertyDescriptors(prototype)).filter(
    ([name]) => name !== 'constructor',
  );
  // eslint-disable-next-line @typescript-eslint/unbound-method -- each method is wrapped and called with the framework as `this`
  for (const [name, { value, get }] of members) {
    const original = (value ?? get) as (...args: unknown[]) => unknown;
    const counted = function (this: unknown, ...args: unknown[]) {
      count();
      return original.apply(this, args);
    };
    Object.defineProperty(
      framework,
      name,
      get ? { get: counted, configurable: true } : { value: counted, configurable: true, writable: true },
    );
  }
  try {
    await run();
  } finally {
    for (const [name] of members) delete (framework as unknown as Record<string, unknown>)[name];
  }
  return uses;
}

describe('one engine', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('exports to Word with the framework and matcher the linter uses', async () => {
    const uri = scratchFile('one-engine.jd.md', fs.readFileSync(EXAMPLE, 'utf8'));
    const docx = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-one-engine-')), 'one-engine.docx');
    const uses = await frameworkUsesFromWordCode(() =>
      vscode.commands.executeCommand('jdkit.exportToWord', uri, {
        template: 'job-description',
        target: docx,
        open: false,
        allowWarnings: true,
      }),
    );
    assert.ok(fs.existsSync(docx), 'the export wrote the Word file');
    assert.ok(uses > 0, 'the export used the engine’s framework');
  });

  it('imports from Word with the framework the linter uses', async () => {
    // Made by the compiled tree's export, which is not dist/export.js.
    const docx = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-one-engine-')), 'one-engine.docx');
    fs.writeFileSync(
      docx,
      (await exportJd({ text: fs.readFileSync(EXAMPLE, 'utf8'), template: 'job-description' })).docx,
    );
    const uses = await frameworkUsesFromWordCode(() =>
      vscode.commands.executeCommand('jdkit.importWord', vscode.Uri.file(docx)),
    );
    assert.ok(fs.existsSync(docx.replace(/\.docx$/, '.jd.md')), 'the import wrote the job description');
    assert.ok(uses > 0, 'the import used the engine’s framework');
  });
});
