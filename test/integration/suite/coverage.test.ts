// The coverage view: its links run in the editor (inserting statements and
// selecting bullets), it follows the active job description, it comes back
// after a reload, and "insert all missing" leaves a new job description with
// nothing but its placeholders to fill in. Ends with a screenshot of the view.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { getFramework } from '../../../src/core/framework/load';
import type { JdkitApi } from '../../../src/extension/extension';
import type { Engine } from '../../../src/extension/load-engine';
import { requestScreenshot } from '../runner/host-hooks';
import {
  activateExtension,
  closeAllEditors,
  EXTENSION_ID,
  fixture,
  open,
  ruleOf,
  rulesOf,
  scratchFile,
  waitForDiagnostics,
} from './helpers';

const daw = getFramework().role('drug-and-alcohol-worker')!;
const knowledge = daw.domains[1];

interface Link {
  command: string;
  args: unknown[];
  /** The arguments' single object. */
  options: Record<string, unknown>;
  label: string;
}

/** The page's command links, with their arguments read as VS Code reads a clicked link's. */
function links(html: string): Link[] {
  return [...html.matchAll(/<a[^>]* href="(command:[^"]*)"[^>]*>([^<]*)<\/a>/g)].map(([, href, label]) => {
    const uri = vscode.Uri.parse(href.replace(/&#39;/g, "'"));
    const args = JSON.parse(decodeURIComponent(uri.query)) as unknown[];
    return { command: uri.path, args, options: args[0] as Record<string, unknown>, label };
  });
}

/** Runs a link's command as VS Code does when it is clicked. */
function follow<T>(link: Link): Thenable<T> {
  return vscode.commands.executeCommand<T>(link.command, ...link.args);
}

async function showCoverage(): Promise<string> {
  const html = await vscode.commands.executeCommand<string>('jdkit.showCoverage');
  assert.ok(html, 'the coverage view shows the active job description');
  return html;
}

const dawDocument = (name: string, bullets: string[]) =>
  scratchFile(
    name,
    `---\ntitle: Drug and alcohol worker\nrole: drug-and-alcohol-worker\n---\n\n## Capabilities\n\n### ${knowledge.name}\n\n${bullets.map((b) => `- ${b}\n`).join('')}\n## Terms\n\nPermanent.\n`,
  );

describe('coverage view', () => {
  let api: JdkitApi;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(closeAllEditors);

  it('inserts a missing statement, a domain’s and every one through the page’s links', async () => {
    const uri = dawDocument('links.jd.md', [knowledge.statements[0].text]);
    const { document } = await open(uri);
    await waitForDiagnostics(uri, (d) => rulesOf(d).includes('missing-capabilities'));
    const inserts = links(await showCoverage()).filter((l) => l.command === 'jdkit.insertCapabilitiesForDomain');
    assert.ok(inserts.every((l) => l.options.uri === uri.toString()));

    const statement = knowledge.statements[3];
    const one = inserts.find((l) => (l.options.statements as string[] | undefined)?.includes(statement.id));
    assert.ok(one, `an Insert link for ${statement.id}`);
    assert.equal(one.label, 'Insert');
    assert.equal(await follow<number>(one), 1);
    const text = document.getText();
    assert.equal(text.split(statement.text).length - 1, 1);
    // In the domain's group, after the bullet already there, before the next section.
    assert.ok(
      text.indexOf(knowledge.statements[0].text) < text.indexOf(statement.text) &&
        text.indexOf(statement.text) < text.indexOf('## Terms'),
    );

    const domain = inserts.find((l) => l.options.domain === `${daw.id}/${knowledge.id}`);
    assert.ok(domain, 'an Insert link for the domain');
    assert.equal(await follow<number>(domain), knowledge.statements.length - 2);

    const all = inserts.find((l) => l.options.all === true);
    assert.ok(all, 'an Insert all link');
    assert.equal(
      await follow<number>(all),
      daw.domains.reduce((n, d) => n + d.statements.length, 0) - knowledge.statements.length,
    );
    await waitForDiagnostics(uri, (d) => !rulesOf(d).includes('missing-capabilities'));
    // Nothing is left to insert.
    assert.deepEqual(
      links(await showCoverage()).filter((l) => l.command === 'jdkit.insertCapabilitiesForDomain'),
      [],
    );
  });

  it('selects a statement’s bullet through its line link', async () => {
    const modified = knowledge.statements[1].text.replace(
      'and so able to apply this to enable',
      'and able to use this to support',
    );
    const uri = dawDocument('reveal.jd.md', [knowledge.statements[0].text, modified]);
    await open(uri);
    await waitForDiagnostics(uri);
    const reveals = links(await showCoverage()).filter((l) => l.command === 'jdkit.coverage.reveal');
    assert.deepEqual(
      reveals.map((l) => l.label),
      ['line 10', 'line 11'],
    );
    // Focus the coverage view, as clicking its link does.
    await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
    await follow(reveals[1]);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString());
    assert.equal(editor.viewColumn, vscode.ViewColumn.One, 'in the editor beside the view, not in its group');
    assert.equal(editor.document.getText(editor.selection), modified);
  });

  it('follows the active job description and keeps it while another kind of file is active', async () => {
    const first = dawDocument('first.jd.md', [knowledge.statements[0].text]);
    const second = dawDocument('second.jd.md', [knowledge.statements[1].text]);
    await open(first);
    await showCoverage();
    assert.equal(api.coverageView.title, 'Coverage: first.jd.md');
    await open(second);
    assert.equal(api.coverageView.title, 'Coverage: second.jd.md');
    await open(scratchFile('notes.md', '# Notes\n'));
    assert.equal(api.coverageView.title, 'Coverage: second.jd.md');
  });

  it('shows the same job description again in a panel restored after a reload', async () => {
    const uri = dawDocument('restored.jd.md', [knowledge.statements[0].text]);
    await open(uri);
    await showCoverage();
    await closeAllEditors();
    const panel = vscode.window.createWebviewPanel('jdkit.coverage', 'Capability coverage', vscode.ViewColumn.One);
    await api.coverageView.restore(panel);
    assert.equal(panel.title, 'Coverage: restored.jd.md');
    assert.match(panel.webview.html, /Capability coverage: .*restored\.jd\.md/);
    assert.deepEqual(panel.webview.options.enableCommandUris, [
      'jdkit.coverage.reveal',
      'jdkit.insertCapabilitiesForDomain',
    ]);
    assert.equal(panel.webview.options.enableScripts, false);
  });

  it('explains, in a restored panel, that the job description it showed is gone', async () => {
    const uri = vscode.Uri.parse('untitled:/gone.jd.md');
    await open(uri);
    await showCoverage();
    const closed = new Promise<void>((resolve) => {
      const subscription = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() !== uri.toString()) return;
        subscription.dispose();
        resolve();
      });
    });
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    await closeAllEditors();
    const panel = vscode.window.createWebviewPanel('jdkit.coverage', 'Capability coverage', vscode.ViewColumn.One);
    await api.coverageView.restore(panel);
    assert.equal(panel.title, 'Capability coverage');
    assert.match(panel.webview.html, /gone\.jd\.md no longer exists\. Open a job description/);
  });

  it('leaves a new job description missing its capabilities with only placeholders to fill in after “insert all”', async () => {
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-all-')), 'senior.jd.md'));
    await vscode.commands.executeCommand('jdkit.newJobDescription', 'senior-drug-and-alcohol-worker', {
      population: 'adults',
      target,
    });
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), target.toString());
    // Delete every capability bullet, as an author starting from scratch might.
    const capabilities = editor.document.getText().indexOf('## Capabilities');
    const end = editor.document.getText().indexOf('## Person specification');
    const start = editor.document.positionAt(capabilities).line;
    await editor.edit((edit) => {
      for (let line = start; line < editor.document.positionAt(end).line; line++) {
        if (editor.document.lineAt(line).text.startsWith('- '))
          edit.delete(editor.document.lineAt(line).rangeIncludingLineBreak);
      }
    });
    await waitForDiagnostics(
      target,
      (d) => rulesOf(d).includes('missing-capabilities') && rulesOf(d).includes('missing-base-capabilities'),
    );

    const all = links(await showCoverage()).find((l) => l.options.all === true);
    assert.ok(all, 'an Insert all link');
    assert.match(all.label, /^Insert all \d+ missing$/);
    assert.equal(await follow<number>(all), Number(/\d+/.exec(all.label)![0]));
    const diagnostics = await waitForDiagnostics(target, (d) => !rulesOf(d).includes('missing-capabilities'));
    assert.deepEqual(
      rulesOf(diagnostics),
      ['placeholder-text'],
      diagnostics.map((d) => `${ruleOf(d)}: ${d.message}`).join('\n'),
    );
  });

  it('inserts every missing statement of the active job description with { all: true }', async () => {
    const uri = dawDocument('all.jd.md', [knowledge.statements[0].text]);
    await open(uri);
    const inserted = await vscode.commands.executeCommand<number>('jdkit.insertCapabilitiesForDomain', { all: true });
    assert.equal(inserted, daw.domains.reduce((n, d) => n + d.statements.length, 0) - 1);
    await waitForDiagnostics(uri, (d) => !rulesOf(d).includes('missing-capabilities'));
  });

  it('reuses the lint’s coverage: the status bar, the view and the insert command analyse nothing again', async () => {
    // The engine the extension loaded (dist/engine.js), whose framework's matcher every analysis of a bullet calls.
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const engine = (await import(path.join(extension.extensionPath, 'dist', 'engine.js'))) as Engine;
    const matcher = engine.getFramework().matcher;
    const match = matcher.match.bind(matcher);
    let matched = 0;
    matcher.match = (...args) => {
      matched++;
      return match(...args);
    };
    const linter = api.services.linter;
    const lintNow = linter.lintNow.bind(linter);
    const uri = dawDocument('reuse.jd.md', [knowledge.statements[0].text, knowledge.statements[1].text]);
    /** The text of each lint run of the document and the matcher calls in it, the updates it fires included. */
    const runs: { text: string; matched: number }[] = [];
    linter.lintNow = (document) => {
      const before = matched;
      const result = lintNow(document);
      if (result && document.uri.toString() === uri.toString())
        runs.push({ text: document.getText(), matched: matched - before });
      return result;
    };
    try {
      const editor = await open(uri);
      await waitForDiagnostics(uri, (d) => rulesOf(d).includes('missing-capabilities'));
      await showCoverage();
      runs.length = 0;
      // Typing a new bullet: each lint updates the status bar and the view.
      const line = editor.document.getText().split('\n').indexOf(`- ${knowledge.statements[1].text}`) + 1;
      await editor.edit((b) => b.insert(new vscode.Position(line, 0), `- ${knowledge.statements[2].text}\n`));
      await waitForDiagnostics(uri, () => runs.some((r) => r.text === editor.document.getText()));
      assert.match(api.statusBar.text, /· 3\/74$/);
      assert.ok(runs.length > 0);
      for (const run of runs) {
        // The same lint in the core alone, without the editor's updates.
        const before = matched;
        engine.lintDocument(engine.parseJd(run.text), { config: api.services.configs.configFor(uri) });
        const alone = matched - before;
        assert.ok(alone > 0, 'a lint matches the bullets');
        assert.equal(run.matched, alone, 'the status bar and the coverage view match no bullet again');
      }

      // Showing the view again, the status bar after another editor was active, and the insert command: no analysis at all.
      matched = 0;
      await showCoverage();
      await open(scratchFile('reuse-notes.md', '# Notes\n'));
      await vscode.window.showTextDocument(editor.document);
      assert.match(api.statusBar.text, /· 3\/74$/);
      const present = { uri: uri.toString(), statements: [knowledge.statements[0].id] };
      assert.equal(await vscode.commands.executeCommand<number>('jdkit.insertCapabilitiesForDomain', present), 0);
      assert.equal(matched, 0, 'nothing matches a bullet again');
    } finally {
      matcher.match = match;
      linter.lintNow = lintNow;
    }
  });

  it('shows the coverage beside the job description (screenshot)', async () => {
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await open(fixture('bad.jd.md'));
    await waitForDiagnostics(fixture('bad.jd.md'));
    await showCoverage();
    await vscode.commands.executeCommand('notifications.clearAll');
    // A new webview waits for its service worker before it shows the page, which takes a few seconds on a busy machine.
    await requestScreenshot('test-results/coverage-view.png', { settleMs: 5000 });
  });
});
