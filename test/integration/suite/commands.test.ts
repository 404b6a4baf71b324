// The Command Palette commands, run with arguments instead of prompts, and
// the status bar item.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { getFramework } from '../../../src/core/framework/load';
import { answerUi } from '../runner/host-hooks';
import { activateExtension, closeAllEditors, open, ruleOf, rulesOf, scratchFile, waitForDiagnostics } from './helpers';

const daw = getFramework().role('drug-and-alcohol-worker')!;
const knowledge = daw.domains[1];

describe('commands', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('creates a new job description for a role that lints clean apart from its placeholders', async () => {
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-new-')), 'senior.jd.md'));
    const created = await vscode.commands.executeCommand<vscode.Uri>(
      'jdkit.newJobDescription',
      'senior-drug-and-alcohol-worker',
      {
        population: 'children-and-young-people',
        target,
      },
    );
    assert.equal(created?.toString(), target.toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString());
    const text = fs.readFileSync(target.fsPath, 'utf8');
    assert.match(text, /^role: senior-drug-and-alcohol-worker$/m);
    assert.match(text, /^population: children-and-young-people$/m);
    // Linted on open: nothing but the placeholders the author still has to fill in.
    const api = await activateExtension();
    const rules = api.services.linter
      .resultFor(vscode.window.activeTextEditor.document)
      ?.diagnostics.map((d) => d.rule);
    assert.ok(rules && rules.length > 0 && rules.every((rule) => rule === 'placeholder-text'), String(rules));
    const shown = await waitForDiagnostics(target, (ds) => ds.length > 0);
    assert.ok(
      shown.every((d) => ruleOf(d) === 'placeholder-text'),
      shown.map((d) => ruleOf(d)).join(', '),
    );
    const document = vscode.window.activeTextEditor.document;
    const organisation = shown.find((d) => document.getText(d.range).includes('[Organisation name]'));
    assert.ok(organisation, 'the organisation placeholder is flagged where it is');
    assert.match(organisation.message, /organisation/);
  });

  it('inserts the missing statements of a domain', async () => {
    const uri = scratchFile(
      'insert.jd.md',
      `---\ntitle: Drug and alcohol worker\nrole: drug-and-alcohol-worker\n---\n\n## Capabilities\n\n### ${knowledge.name}\n\n- ${knowledge.statements[0].text}\n\n## Terms\n\nPermanent.\n`,
    );
    const { document } = await open(uri);
    const inserted = await vscode.commands.executeCommand<number>('jdkit.insertCapabilitiesForDomain', {
      domain: knowledge.id,
    });
    assert.equal(inserted, knowledge.statements.length - 1);
    const text = document.getText();
    for (const s of knowledge.statements) assert.equal(text.split(s.text).length - 1, 1, `${s.id} once`);
    assert.ok(text.indexOf(knowledge.statements[12].text) < text.indexOf('## Terms'));
  });

  it('says a descriptor-only role has no statements to insert', async () => {
    const uri = scratchFile('counsellor.jd.md', '---\ntitle: Counsellor\nrole: counsellor\n---\n\n## Capabilities\n\n');
    await open(uri);
    await waitForDiagnostics(uri, (d) => rulesOf(d).includes('descriptor-only-role'));
    const inserting = vscode.commands.executeCommand<number>('jdkit.insertCapabilitiesForDomain', { all: true });
    const message = await answerUi({ kind: 'notification', containing: 'descriptor-only' });
    assert.equal(
      message!.text,
      'Counsellor is a descriptor-only role: the framework lists no capability statements for it.',
    );
    assert.equal(await inserting, 0);
  });

  it('shows capability coverage in the status bar and the coverage view', async () => {
    const api = await activateExtension();
    // Two statements in the framework wording, one modified and one (DAW-4-10) in the employer's own words.
    const modified = knowledge.statements[2].text.replace(/^knowledge of /, 'good knowledge of ');
    assert.notEqual(modified, knowledge.statements[2].text);
    const uri = scratchFile(
      'coverage.jd.md',
      `---\ntitle: Drug and alcohol worker\nrole: drug-and-alcohol-worker\n---\n\n## Capabilities\n\n- ${knowledge.statements[0].text}\n- ${knowledge.statements[1].text}\n- ${modified}\n- Able to support clients to attend mutual aid groups such as AA, NA and SMART Recovery\n`,
    );
    await open(uri);
    await waitForDiagnostics(uri, (d) => rulesOf(d).includes('missing-capabilities'));
    assert.match(api.statusBar.text, /Drug and alcohol worker · 2\/74 · 1 modified · 1 reworded$/);
    assert.equal(
      api.statusBar.tooltip,
      'Drug and alcohol worker (framework section 5.1): 2 in the framework wording, 1 modified, 1 in your own words, 70 missing. Click for the coverage view.',
    );
    const html = await vscode.commands.executeCommand<string>('jdkit.showCoverage');
    assert.match(html, /Application of knowledge/);
    assert.equal((html.match(/class="present"/g) ?? []).length, 2);
    assert.equal((html.match(/class="paraphrased"/g) ?? []).length, 1);
    assert.equal((html.match(/class="modified"/g) ?? []).length, 1);
    assert.equal((html.match(/class="missing"/g) ?? []).length, 70);
  });
});
