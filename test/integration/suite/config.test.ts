// Settings and .jdkit.json: changes take effect at once in open documents, and
// a broken config file is reported on the file instead of breaking linting.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  fixture,
  open,
  ruleOf,
  rulesOf,
  scratchFile,
  waitForDiagnostics,
} from './helpers';

describe('configuration', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  async function setRules(value: Record<string, string> | undefined): Promise<void> {
    await vscode.workspace.getConfiguration('jdkit').update('rules', value, vscode.ConfigurationTarget.Global);
  }

  it('applies a jdkit.rules setting to open documents at once, and reverts', async () => {
    const uri = fixture('bad.jd.md');
    await open(uri);
    await waitForDiagnostics(uri, (d) => rulesOf(d).includes('stigmatising-language'));
    try {
      await setRules({ 'stigmatising-language': 'off', 'caseload-too-high': 'error' });
      const changed = await waitForDiagnostics(
        uri,
        (d) => !rulesOf(d).includes('stigmatising-language') && d.length > 0,
      );
      assert.equal(changed.find((d) => ruleOf(d) === 'caseload-too-high')?.severity, vscode.DiagnosticSeverity.Error);
      // Settings merge over .jdkit.json rule by rule: its modified-capability setting still applies.
      assert.equal(
        changed.find((d) => ruleOf(d) === 'modified-capability')?.severity,
        vscode.DiagnosticSeverity.Warning,
      );
    } finally {
      await setRules(undefined);
    }
    await waitForDiagnostics(uri, (d) => rulesOf(d).includes('stigmatising-language'));
  });

  it('re-lints when .jdkit.json changes', async () => {
    const configFile = fixture('.jdkit.json').fsPath;
    const original = fs.readFileSync(configFile, 'utf8');
    const uri = fixture('bad.jd.md');
    await open(uri);
    await waitForDiagnostics(uri, (d) => rulesOf(d).includes('caseload-too-high'));
    try {
      const config = JSON.parse(original) as Record<string, unknown>;
      fs.writeFileSync(configFile, JSON.stringify({ ...config, caseload: { max: 50 } }, null, 2) + '\n');
      await waitForDiagnostics(uri, (d) => !rulesOf(d).includes('caseload-too-high') && d.length > 0);
    } finally {
      fs.writeFileSync(configFile, original);
    }
    await waitForDiagnostics(uri, (d) => rulesOf(d).includes('caseload-too-high'));
  });

  it('re-lints when a .jdkit.json outside the workspace folders is saved in the editor', async () => {
    // A file opened on its own, with its config beside it: the workspace's watcher does not see that folder.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-outside-'));
    const configUri = vscode.Uri.file(path.join(dir, '.jdkit.json'));
    fs.writeFileSync(configUri.fsPath, JSON.stringify({ rules: { 'vague-title': 'off' } }));
    const uri = vscode.Uri.file(path.join(dir, 'job.jd.md'));
    fs.writeFileSync(uri.fsPath, '---\ntitle: Recovery worker\nrole: drug-and-alcohol-worker\n---\n');
    await open(uri);
    await waitForDiagnostics(uri, (d) => d.length > 0 && !rulesOf(d).includes('vague-title'));
    const config = await vscode.workspace.openTextDocument(configUri);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(
      configUri,
      new vscode.Range(0, 0, config.lineCount, 0),
      JSON.stringify({ rules: { 'vague-title': 'error' } }),
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await config.save());
    const after = await waitForDiagnostics(uri, (d) => rulesOf(d).includes('vague-title'));
    assert.equal(after.find((d) => ruleOf(d) === 'vague-title')!.severity, vscode.DiagnosticSeverity.Error);
  });

  it('reports a broken .jdkit.json on the file and keeps linting with the defaults', async () => {
    const config = scratchFile('broken/.jdkit.json', '{\n  "rules": { "stigmatizing-language": "off" }\n}\n');
    const uri = scratchFile('broken/job.jd.md', '---\ntitle: Recovery worker\nrole: drug-and-alcohol-worker\n---\n');
    await open(uri);
    const diagnostics = await waitForDiagnostics(uri);
    assert.ok(rulesOf(diagnostics).includes('vague-title'));
    const [problem, ...more] = vscode.languages.getDiagnostics(config);
    assert.equal(more.length, 0);
    assert.match(
      problem.message,
      /rules\.stigmatizing-language: "stigmatizing-language" is not a jdkit rule; did you mean "stigmatising-language"\?/,
    );
    assert.equal(problem.range.start.line, 1);
    assert.equal(path.basename(config.fsPath), '.jdkit.json');
  });

  it('underlines an unknown setting and a syntax error where they are, a byte-order mark or not', async () => {
    const cases = [
      // An unknown key's path is its object's: the key itself is underlined, not the start of the file.
      {
        folder: 'unknown-key',
        text: '\uFEFF{\n  "caseloadMax": 30\n}\n',
        at: [1, 2],
        message: /"caseloadMax" is not a jdkit setting: did you mean "caseload"\?/,
      },
      {
        folder: 'syntax',
        text: '{\n  "rules": {}\n  "allowedTerms": []\n}\n',
        at: [2, 2],
        message: /not valid JSON at line 3, column 3/,
      },
    ];
    for (const { folder, text, at, message } of cases) {
      const config = scratchFile(`${folder}/.jdkit.json`, text);
      const uri = scratchFile(
        `${folder}/job.jd.md`,
        '---\ntitle: Recovery worker\nrole: drug-and-alcohol-worker\n---\n',
      );
      await open(uri);
      await waitForDiagnostics(uri);
      const [problem] = vscode.languages.getDiagnostics(config);
      assert.match(problem.message, message);
      assert.deepEqual([problem.range.start.line, problem.range.start.character], at, folder);
    }
  });

  it('announces a broken .jdkit.json once while it stays broken, and again when the same mistake comes back', async () => {
    const { services } = await activateExtension();
    const shown: string[] = [];
    const original = vscode.window.showWarningMessage;
    // The extension's and the tests' API object are one: record what it shows, without showing it.
    (vscode.window as { showWarningMessage: unknown }).showWarningMessage = (message: string) => {
      shown.push(message);
      return Promise.resolve(undefined);
    };
    const broken = '{\n  "rules": { "vague-titel": "off" }\n}\n';
    const configUri = scratchFile('announced/.jdkit.json', broken);
    const uri = scratchFile('announced/job.jd.md', '---\ntitle: Recovery worker\nrole: drug-and-alcohol-worker\n---\n');
    const announced = () => shown.filter((m) => m.includes('vague-titel')).length;
    /** Saves the config in the editor, waits for the change to be taken, and reads the job description's config again. */
    const saveConfig = async (text: string) => {
      const config = await vscode.workspace.openTextDocument(configUri);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(configUri, new vscode.Range(0, 0, config.lineCount, 0), text);
      assert.ok(await vscode.workspace.applyEdit(edit));
      const before = services.configs.generation;
      assert.ok(await config.save());
      for (let i = 0; i < 100 && services.configs.generation === before; i++) await sleep(50);
      // The file watcher reports the same save a little later: let it, then read the config as a lint would.
      await sleep(500);
      services.configs.resolve(uri);
    };
    try {
      await open(uri);
      await waitForDiagnostics(configUri, (d) => d.length === 1);
      assert.equal(announced(), 1);
      await saveConfig(broken + '\n');
      assert.equal(announced(), 1, 'saved again, still broken: nothing new to say');
      await saveConfig('{}\n');
      await saveConfig(broken);
      assert.equal(announced(), 2, 'fixed, then the same mistake made again: that is news');
      assert.equal(vscode.languages.getDiagnostics(configUri).length, 1);
    } finally {
      (vscode.window as { showWarningMessage: unknown }).showWarningMessage = original;
    }
  });
});
