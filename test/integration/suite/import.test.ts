// "jdkit: Import Word job description…" in the real extension host: a Word
// document (made here by jdkit's own Word export of an example) becomes a
// .jd.md beside it that opens and is linted at once.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { exportJd } from '../../../src/export';
import { activateExtension, closeAllEditors, rulesOf, waitForDiagnostics } from './helpers';

const EXAMPLE = path.join(process.env.JDKIT_REPO_ROOT ?? process.cwd(), 'examples', 'drug-and-alcohol-worker.jd.md');

describe('import', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('creates the .jd.md beside the Word document, opens it and lints it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-import-'));
    const docx = path.join(dir, 'Recovery worker JD.docx');
    // A caseload above the plan's 40, for a diagnostic that shows the import was linted.
    const source = fs.readFileSync(EXAMPLE, 'utf8').replace(/^caseload: \d+$/m, 'caseload: 45');
    fs.writeFileSync(docx, (await exportJd({ text: source, template: 'job-description' })).docx);

    const created = await vscode.commands.executeCommand<vscode.Uri>('jdkit.importWord', vscode.Uri.file(docx));
    assert.equal(created?.fsPath, path.join(dir, 'Recovery worker JD.jd.md'));
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, created.fsPath);
    const text = fs.readFileSync(created.fsPath, 'utf8');
    assert.match(text, /^---\ntitle: Drug and alcohol worker\n/);
    assert.match(text, /^## Main duties$/m);
    assert.match(text, /<!-- Imported by jdkit from Recovery worker JD\.docx\./);
    // The role the Word text does not show, from the export's custom property.
    assert.match(text, /^role: drug-and-alcohol-worker$/m);
    const diagnostics = await waitForDiagnostics(created, (d) => rulesOf(d).includes('caseload-too-high'));
    assert.ok(!rulesOf(diagnostics).includes('invalid-front-matter'), rulesOf(diagnostics).join(', '));
  });

  it('names the file and the reason when the document cannot be imported, and writes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-import-'));
    const doc = path.join(dir, 'old.docx');
    // An OLE2 compound file: what Word 97–2003 wrote.
    fs.writeFileSync(doc, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]));
    assert.equal(await vscode.commands.executeCommand('jdkit.importWord', vscode.Uri.file(doc)), undefined);
    assert.equal(fs.existsSync(path.join(dir, 'old.jd.md')), false);
  });
});
