// Shared by the integration test files (and by later ones, such as a load
// test): the activated extension, fixture and scratch files, and waiting for
// diagnostics through onDidChangeDiagnostics rather than fixed sleeps.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { JdkitApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'jdkit.jdkit';

export async function activateExtension(): Promise<JdkitApi> {
  const extension = vscode.extensions.getExtension<JdkitApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded as the extension under development`);
  return extension.activate();
}

/** A file of the fixture workspace (test/fixtures/workspace). */
export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

let scratchDir: string | undefined;

/** Writes `text` to a new file outside the workspace (tests that change files never touch the fixtures). */
export function scratchFile(name: string, text: string): vscode.Uri {
  scratchDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-suite-'));
  const file = path.join(scratchDir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return vscode.Uri.file(file);
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/**
 * Resolves with the jdkit diagnostics of `uri` once `accept` holds for them:
 * checked at once and on every onDidChangeDiagnostics for the URI.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
  timeoutMs = 20000,
): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'jdkit');
  return new Promise((resolve, reject) => {
    const finish = (diagnostics: vscode.Diagnostic[]) => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(diagnostics);
    };
    const timer = setTimeout(() => {
      subscription.dispose();
      const now = current().map((d) => `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character}`);
      reject(
        new Error(
          `diagnostics of ${path.basename(uri.path)} did not reach the expected state within ${timeoutMs} ms; now: ${now.join(', ') || 'none'}`,
        ),
      );
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      const diagnostics = current();
      if (accept(diagnostics)) finish(diagnostics);
    });
    // Subscribed first, then checked, so an update in between is not missed.
    const existing = current();
    if (accept(existing)) finish(existing);
  });
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function rulesOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return [...new Set(diagnostics.map(ruleOf))].sort();
}

/** The range of the first occurrence of `needle` in the document (single line). */
export function rangeOf(document: vscode.TextDocument, needle: string, from = 0): vscode.Range {
  const offset = document.getText().indexOf(needle, from);
  assert.ok(offset >= 0, `"${needle}" occurs in ${path.basename(document.uri.path)}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length));
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Applies a code action's edit and returns the document's text afterwards. */
export async function applyAction(action: vscode.CodeAction, document: vscode.TextDocument): Promise<string> {
  assert.ok(action.edit, `"${action.title}" has an edit`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true);
  return document.getText();
}

/**
 * The code actions VS Code offers for a range. VS Code cancels a request when
 * code action providers are registered while it runs (the Markdown extension
 * registers some as it starts up), dropping the slower providers' answers or
 * failing the request with "Canceled"; so ask again, a few times at most,
 * until jdkit's actions are among them.
 */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        range,
        kind,
      );
    } catch (error) {
      // The whole request can be cancelled too (first test of a run, while extensions start).
      if ((error as Error).message !== 'Canceled' || attempt === 4) throw error;
      continue;
    }
    if (actions.some((a) => a.kind?.value === 'quickfix' || a.kind?.value === 'source.fixAll.jdkit')) break;
  }
  return actions;
}

/** The Markdown of every hover VS Code shows at `position`, joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}
