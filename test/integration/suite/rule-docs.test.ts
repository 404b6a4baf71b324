// Rule documentation in a real VS Code: a diagnostic's code links to the
// command that opens its rule's page, which ships inside the extension, in the
// Markdown preview; the same command, from the Command Palette, asks for a rule.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RULE_BY_ID } from '../../../src/core/rules';
import { requestScreenshot } from '../runner/host-hooks';
import { activateExtension, closeAllEditors, EXTENSION_ID, fixture, open, ruleOf, waitForDiagnostics } from './helpers';

/** Runs a `command:` URI as VS Code does when its link is clicked: the command, with the query as a JSON array of arguments. */
function follow<T>(target: vscode.Uri): Thenable<T> {
  assert.equal(target.scheme, 'command');
  return vscode.commands.executeCommand<T>(target.path, ...(JSON.parse(target.query) as unknown[]));
}

/** The Markdown preview tab showing `fileName`, once it is open. */
async function markdownPreview(fileName: string, timeoutMs = 10000): Promise<vscode.Tab> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const tab = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .find(
        (t) =>
          t.input instanceof vscode.TabInputWebview &&
          /markdown\.preview/.test(t.input.viewType) &&
          t.label.includes(fileName),
      );
    if (tab) return tab;
    const open = vscode.window.tabGroups.all.flatMap((g) =>
      g.tabs.map((t) => `${t.label} (${t.input instanceof vscode.TabInputWebview ? t.input.viewType : 'editor'})`),
    );
    if (Date.now() > deadline) assert.fail(`no Markdown preview of ${fileName}; open tabs: ${open.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('rule documentation', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('opens the page of a diagnostic’s rule, shipped in the extension, in the Markdown preview', async () => {
    const extensionUri = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
    const uri = fixture('bad.jd.md');
    await open(uri);
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'vague-title'));
    const vague = diagnostics.find((d) => ruleOf(d) === 'vague-title')!;
    const page = await follow<vscode.Uri>((vague.code as { target: vscode.Uri }).target);
    assert.ok(page, 'the command returns the page it opened');
    assert.equal(page.toString(), vscode.Uri.joinPath(extensionUri, 'docs', 'rules', 'vague-title.md').toString());
    const text = await read(page);
    assert.match(text, /^# vague-title$/m);
    assert.ok(text.includes(RULE_BY_ID.get('vague-title')!.summary));
    assert.match(text, /^## Why$/m);
    await markdownPreview('vague-title.md');
    // The job description stays open beside the preview.
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri.toString()));
    await requestScreenshot('test-results/rule-docs.png', { settleMs: 4000 });
  });

  it('has a page inside the extension for the rule of every diagnostic', async () => {
    const extensionUri = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
    const uri = fixture('bad.jd.md');
    await open(uri);
    const diagnostics = await waitForDiagnostics(uri, (d) => d.length >= 8);
    for (const rule of new Set(diagnostics.map(ruleOf))) {
      const page = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${rule}.md`);
      const text = await read(page);
      assert.ok(text.includes(`\n# ${rule}\n\n${RULE_BY_ID.get(rule)!.summary}\n`), rule);
    }
  });

  it('asks for the rule when run from the Command Palette', async () => {
    let settled = false;
    const shown = Promise.resolve(vscode.commands.executeCommand<vscode.Uri | undefined>('jdkit.showRuleDocs')).finally(
      () => (settled = true),
    );
    // Accept the quick pick's first item (the first rule, invalid-front-matter) once it is shown:
    // until then, accepting does nothing.
    for (let attempt = 0; !settled && attempt < 100; attempt++) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const page = await shown;
    assert.ok(page);
    assert.match(page.path, /\/docs\/rules\/invalid-front-matter\.md$/);
    await markdownPreview('invalid-front-matter.md');
  });

  it('reports an unknown rule id and opens nothing', async () => {
    assert.equal(await vscode.commands.executeCommand('jdkit.showRuleDocs', 'no-such-rule'), undefined);
  });
});
