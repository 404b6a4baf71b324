// "Fix all jdkit problems" from the Command Palette: it applies only the fixes
// that need no choice, in correct English, and says what it changed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { FixAllOutcome } from '../../../src/extension/fix-all';
import { answerUi } from '../runner/host-hooks';
import { activateExtension, closeAllEditors, open, rulesOf, scratchFile, waitForDiagnostics } from './helpers';

const EXAMPLE = path.join(process.env.JDKIT_REPO_ROOT ?? process.cwd(), 'examples', 'drug-and-alcohol-worker.jd.md');

describe('fix all', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('rewrites "addicts and alcoholics" as correct English, leaves the title to the user and says what changed', async () => {
    const text = fs
      .readFileSync(EXAMPLE, 'utf8')
      .replace('title: Drug and alcohol worker', 'title: Recovery worker')
      .replace(
        '## About the role\n',
        '## About the role\n\nThe service supports around 1,400 addicts and alcoholics each year.\n',
      );
    const uri = scratchFile('addicts.jd.md', text);
    const { document } = await open(uri);
    await waitForDiagnostics(uri, (d) => rulesOf(d).includes('stigmatising-language'));

    const outcome = await vscode.commands.executeCommand<FixAllOutcome>('jdkit.fixAll');
    assert.match(
      document.getText(),
      /The service supports around 1,400 people who use drugs and\/or alcohol each year\./,
    );
    assert.match(document.getText(), /^title: Recovery worker$/m, 'a new job title is the user’s choice');
    assert.equal(outcome.applied, 1);
    assert.equal(outcome.forYou, 1);
    const line = text.split('\n').findIndex((l) => l.includes('addicts and alcoholics')) + 1;
    assert.equal(
      outcome.message,
      `jdkit fixed 1 problem: Replace with 'people who use drugs and/or alcohol' (line ${line}). 1 problem needs your choice (a quick fix offers the options): vague-title on line 2.`,
    );
    const shown = await answerUi({ kind: 'notification', containing: 'jdkit fixed 1 problem' });
    if (shown) {
      assert.equal(shown.text, outcome.message);
      assert.deepEqual(shown.buttons, ['Show problems']);
    }
    await waitForDiagnostics(uri, (d) => !rulesOf(d).includes('stigmatising-language'));
  });
});
