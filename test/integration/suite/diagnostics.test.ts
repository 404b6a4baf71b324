// Diagnostics in a real VS Code: the right rules and ranges for the bad
// fixture, none for the good one, live updates while typing, cleared on close,
// and the Problems panel captured in a screenshot.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { answerUi, requestScreenshot } from '../runner/host-hooks';
import {
  activateExtension,
  closeAllEditors,
  fixture,
  open,
  rangeOf,
  ruleOf,
  rulesOf,
  scratchFile,
  waitForDiagnostics,
} from './helpers';

describe('diagnostics', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('reports the bad fixture’s problems with rule ids, ranges, severities and links', async () => {
    const uri = fixture('bad.jd.md');
    const { document } = await open(uri);
    const diagnostics = await waitForDiagnostics(uri);
    assert.deepEqual(rulesOf(diagnostics), [
      'caseload-too-high',
      'duplicate-capability',
      'missing-capabilities',
      'missing-supervision',
      'modified-capability',
      'stigmatising-language',
      'unrecognised-capability',
      'vague-title',
    ]);
    const find = (rule: string) => diagnostics.find((d) => ruleOf(d) === rule)!;
    assert.deepEqual(find('caseload-too-high').range, rangeOf(document, '45'));
    assert.deepEqual(find('stigmatising-language').range, rangeOf(document, 'addicts'));
    assert.deepEqual(find('vague-title').range, rangeOf(document, 'Recovery worker'));
    assert.deepEqual(
      find('unrecognised-capability').range,
      rangeOf(document, 'Hold a full UK driving licence and have access to a car for work'),
    );
    assert.deepEqual(find('missing-capabilities').range, rangeOf(document, '## Capabilities'));
    assert.equal(find('unrecognised-capability').severity, vscode.DiagnosticSeverity.Information);
    // .jdkit.json in the fixture workspace raises modified-capability from information to warning.
    assert.equal(find('modified-capability').severity, vscode.DiagnosticSeverity.Warning);
    // Each code links to its rule's documentation (rule-docs.test.ts follows the links).
    for (const d of diagnostics) {
      assert.equal(d.source, 'jdkit');
      const code = d.code as { value: string; target: vscode.Uri };
      assert.equal(code.target.scheme, 'command');
      assert.equal(code.target.path, 'jdkit.showRuleDocs');
      assert.deepEqual(JSON.parse(code.target.query), [code.value]);
    }
  });

  it('reports nothing for the good fixture', async () => {
    const uri = fixture('good.jd.md');
    const { document } = await open(uri);
    // Linted on open; resultFor returns that run's result (or lints now), so no waiting is needed.
    const api = await activateExtension();
    assert.deepEqual(api.services.linter.resultFor(document)?.diagnostics, []);
    assert.deepEqual(vscode.languages.getDiagnostics(uri), []);
  });

  // Clearing on close is not checked here: VS Code keeps a document an extension opened alive
  // for minutes after its editor closes, and onDidCloseTextDocument fires only then.
  it('updates while typing', async () => {
    const uri = scratchFile(
      'typing.jd.md',
      '---\ntitle: Drug and alcohol worker\nrole: drug-and-alcohol-worker\ncaseload: 30\n---\n',
    );
    const editor = await open(uri);
    await waitForDiagnostics(uri, (d) => !rulesOf(d).includes('caseload-too-high') && d.length > 0);
    await editor.edit((b) => b.replace(rangeOf(editor.document, '30'), '52'));
    const after = await waitForDiagnostics(uri, (d) => rulesOf(d).includes('caseload-too-high'));
    assert.deepEqual(after.find((d) => ruleOf(d) === 'caseload-too-high')!.range, rangeOf(editor.document, '52'));
    await editor.edit((b) => b.replace(rangeOf(editor.document, '52'), '40'));
    await waitForDiagnostics(uri, (d) => !rulesOf(d).includes('caseload-too-high'));
  });

  it('ignores Markdown files that are not job descriptions', async () => {
    const uri = scratchFile('notes.md', '---\ntitle: Recovery worker\ncaseload: 90\n---\nSome addicts.\n');
    await open(uri);
    // Lint a job description afterwards: once its diagnostics arrive, notes.md has had its chance too.
    const probe = scratchFile('probe.jd.md', '---\ntitle: Recovery worker\n---\n');
    await open(probe);
    await waitForDiagnostics(probe);
    assert.deepEqual(
      vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'jdkit'),
      [],
    );
  });

  it('shows the diagnostics in the Problems panel (screenshot test-results/problems.png)', async () => {
    const uri = fixture('bad.jd.md');
    await open(uri);
    await waitForDiagnostics(uri, (d) => d.length >= 8);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // Other tests' documents stay open for a while after their editors close: show this file's problems only.
    const activeFileOnly = 'workbench.actions.workbench.panel.markers.view.toggleActiveFile';
    await vscode.commands.executeCommand(activeFileOnly);
    await vscode.commands.executeCommand('notifications.clearAll');
    try {
      const panel = await answerUi({ kind: 'problems' });
      if (panel) {
        // The panel lists the file and its problems, each with jdkit and its rule id.
        const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'jdkit');
        assert.match(panel.text, /bad\.jd\.md/);
        for (const rule of rulesOf(diagnostics))
          assert.ok(panel.text.includes(rule), `the Problems panel shows ${rule}:\n${panel.text}`);
      }
      await requestScreenshot('test-results/problems.png', { settleMs: 1500 });
    } finally {
      await vscode.commands.executeCommand(activeFileOnly);
    }
  });
});
