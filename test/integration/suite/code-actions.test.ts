// Quick fixes and "Fix all jdkit problems" through VS Code's code action command.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import { getFramework } from '../../../src/core/framework/load';
import { CodeActions } from '../../../src/extension/code-actions';
import {
  activateExtension,
  applyAction,
  closeAllEditors,
  codeActions,
  fixture,
  open,
  ruleOf,
  rulesOf,
  scratchFile,
  waitForDiagnostics,
} from './helpers';

const knowledge = getFramework().role('drug-and-alcohol-worker')!.domains[1];

/** A copy of the bad fixture outside the workspace, so fixes never change the fixture. */
function badCopy(name: string): vscode.Uri {
  return scratchFile(name, fs.readFileSync(fixture('bad.jd.md').fsPath, 'utf8'));
}

describe('quick fixes', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('restores the framework wording of a modified capability', async () => {
    const uri = badCopy('restore.jd.md');
    const { document } = await open(uri);
    const diagnostics = await waitForDiagnostics(uri);
    const modified = diagnostics.find((d) => ruleOf(d) === 'modified-capability')!;
    // The command returns actions without their diagnostics: they are told apart by title.
    const actions = await codeActions(uri, modified.range);
    const fix = actions.find((a) => a.title === 'Restore the framework wording');
    assert.ok(fix, `a fix for modified-capability among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    await applyAction(fix, document);
    assert.equal(document.lineAt(modified.range.start.line).text, `- ${knowledge.statements[1].text}`);
    await waitForDiagnostics(uri, (d) => !rulesOf(d).includes('modified-capability'));
  });

  it('replaces a stigmatising term with the preferred wording', async () => {
    const uri = badCopy('stigma.jd.md');
    const { document } = await open(uri);
    const diagnostics = await waitForDiagnostics(uri);
    const stigma = diagnostics.find((d) => ruleOf(d) === 'stigmatising-language')!;
    const fixes = (await codeActions(uri, stigma.range)).filter((a) => a.title.startsWith('Replace with '));
    assert.ok(fixes.length >= 2, 'one quick fix per preferred wording');
    assert.deepEqual(
      fixes.map((a) => a.isPreferred),
      [true, ...fixes.slice(1).map(() => false)],
    );
    const preferred = /^Replace with '(.*)'$/.exec(fixes[0].title)![1];
    const text = await applyAction(fixes[0], document);
    assert.ok(!/\baddicts\b/.test(text));
    assert.ok(text.includes(preferred));
    await waitForDiagnostics(uri, (d) => !rulesOf(d).includes('stigmatising-language'));
  });

  it('answers automatic requests from the last lint and lints only when asked', async () => {
    const { services } = await activateExtension();
    const uri = badCopy('automatic.jd.md');
    const editor = await open(uri);
    const { document } = editor;
    const stigma = (await waitForDiagnostics(uri)).find((d) => ruleOf(d) === 'stigmatising-language')!;
    const provider = new CodeActions(services.linter);
    const ask = (triggerKind: vscode.CodeActionTriggerKind) =>
      provider
        .provideCodeActions(document, stigma.range, { diagnostics: [stigma], only: undefined, triggerKind })
        .map((a) => a.title);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped, called with .call(services.linter)
    const lintNow = services.linter.lintNow;
    let runs = 0;
    services.linter.lintNow = (d) => {
      runs++;
      return lintNow.call(services.linter, d);
    };
    try {
      assert.ok(
        ask(vscode.CodeActionTriggerKind.Automatic).some((t) => t.startsWith('Replace with ')),
        'fixes from the current lint',
      );
      assert.equal(runs, 0);
      // A keystroke: the text is now newer than the diagnostics, which wait for a pause in typing.
      await editor.edit((b) => b.insert(new vscode.Position(document.lineCount - 1, 0), 'x'));
      assert.deepEqual(ask(vscode.CodeActionTriggerKind.Automatic), []);
      assert.deepEqual(
        provider.provideCodeActions(document, stigma.range, {
          diagnostics: [],
          only: undefined,
          triggerKind: vscode.CodeActionTriggerKind.Invoke,
        }),
        [],
      );
      assert.equal(runs, 0, 'no lint for automatic requests or a cursor on no jdkit problem');
      // Ctrl+.: the fixes are computed on the text as it is.
      assert.ok(ask(vscode.CodeActionTriggerKind.Invoke).some((t) => t.startsWith('Replace with ')));
      assert.equal(runs, 1);
    } finally {
      services.linter.lintNow = lintNow;
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('fixes all fixable problems at once with source.fixAll.jdkit', async () => {
    const uri = badCopy('fix-all.jd.md');
    const { document } = await open(uri);
    await waitForDiagnostics(uri);
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await codeActions(uri, whole, 'source.fixAll.jdkit');
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Fix all jdkit problems'],
    );
    await applyAction(actions[0], document);
    assert.equal(
      actions[0].command?.command,
      'jdkit.reportFixAll',
      'the editor reports what changed once the edit is applied',
    );
    // Inserting the missing statements touches the line the repeated statement is on, so deleting
    // the repeat waits for a second round.
    await waitForDiagnostics(uri, (d) => !rulesOf(d).includes('missing-capabilities'));
    const [again] = await codeActions(uri, new vscode.Range(0, 0, document.lineCount, 0), 'source.fixAll.jdkit');
    await applyAction(again, document);
    // What is left needs a person: a new title, one wording among several, restoring edited wording,
    // and the supervision the employer provides, which only the employer can promise.
    const left = await waitForDiagnostics(uri, (d) => !rulesOf(d).includes('duplicate-capability'));
    assert.deepEqual(rulesOf(left), [
      'caseload-too-high',
      'missing-supervision',
      'modified-capability',
      'stigmatising-language',
      'unrecognised-capability',
      'vague-title',
    ]);
    assert.match(document.getText(), /You will support addicts in the community/);
  });
});
