// The export guard of Export to Word… in the real workbench: errors, and
// front matter that cannot be read or is missing, stop the export with a
// message; warnings ask "export anyway?" in a notification, answered here
// through the runner as a user would click it. The Word file written is read back.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import * as vscode from 'vscode';
import { answerUi, screenshotsSupported } from '../runner/host-hooks';
import { activateExtension, closeAllEditors, open, scratchFile } from './helpers';

const EXAMPLE = path.join(process.env.JDKIT_REPO_ROOT ?? process.cwd(), 'examples', 'drug-and-alcohol-worker.jd.md');

function example(edit: (text: string) => string, name: string): vscode.Uri {
  return scratchFile(name, edit(fs.readFileSync(EXAMPLE, 'utf8')));
}

function target(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-export-')), name);
}

/** Runs Export to Word… with a template, so nothing but the guard asks. */
function exportToWord(uri: vscode.Uri, out: string): Thenable<string | undefined> {
  return vscode.commands.executeCommand<string | undefined>('jdkit.exportToWord', uri, {
    template: 'advert',
    target: out,
    open: false,
  });
}

describe('export guard', function () {
  before(async function () {
    // The dialogs are answered by the offline runner's browser page.
    if (!screenshotsSupported()) this.skip();
    await activateExtension();
  });
  afterEach(closeAllEditors);

  it('refuses a document with lint errors, naming the first, with a button to show the problems', async () => {
    const uri = example((t) => t.replace('role: drug-and-alcohol-worker', 'role: drug-worker'), 'error.jd.md');
    await open(uri);
    const out = target('error.advert.docx');
    assert.equal(await exportToWord(uri, out), undefined);
    const message = await answerUi({ kind: 'notification', containing: 'was not exported', button: 'Show problems' });
    assert.match(message!.text, /^error\.jd\.md was not exported to Word: it has 1 error\. Line 3: .*drug-worker/);
    assert.equal(fs.existsSync(out), false);
  });

  it('never exports a document whose front matter cannot be read', async () => {
    const uri = example(
      (t) => t.replace('title: Drug and alcohol worker', 'title Drug and alcohol worker'),
      'broken.jd.md',
    );
    await open(uri);
    const out = target('broken.advert.docx');
    assert.equal(await exportToWord(uri, out), undefined);
    const message = await answerUi({ kind: 'notification', containing: 'broken.jd.md was not exported' });
    assert.match(
      message!.text,
      /its front matter cannot be read, so the Word file would lose the title and fields\. Line 2: "title" needs a colon/,
    );
    assert.doesNotMatch(message!.text, /Line 2: Line 2/);
    assert.equal(fs.existsSync(out), false);
  });

  it('never exports a document without front matter, saying what to add rather than naming its error', async () => {
    const uri = scratchFile(
      'bare.jd.md',
      '# Recovery Coordinator\n\n## Main duties\n\n- Hold a caseload of up to 35 people\n',
    );
    await open(uri);
    const out = target('bare.advert.docx');
    assert.equal(await exportToWord(uri, out), undefined);
    const message = await answerUi({ kind: 'notification', containing: 'bare.jd.md was not exported' });
    // The words of `jdkit render` (core/export-guard.ts); the import refuses a .jd.md, so it is not offered.
    assert.equal(
      message!.text,
      'bare.jd.md was not exported to Word: it has no front matter, so the Word file would be an untitled post. Start the file with a "---" line, then "title: <job title>", then another "---" line.',
    );
    assert.equal(fs.existsSync(out), false);
  });

  it('sends a plain Markdown job description to the import command', async () => {
    const uri = scratchFile(
      'plain.md',
      '# Recovery Coordinator\n\n## Main duties\n\n- Hold a caseload of up to 35 people\n',
    );
    const out = target('plain.advert.docx');
    assert.equal(await exportToWord(uri, out), undefined);
    const message = await answerUi({ kind: 'notification', containing: 'plain.md was not exported' });
    assert.match(
      message!.text,
      /^plain\.md was not exported to Word: it has no front matter, so the Word file would be an untitled post\. The command "jdkit: Import Word job description…", which reads Markdown and text files too, turns a plain job description into a \.jd\.md /,
    );
    assert.equal(fs.existsSync(out), false);
  });

  it('asks before exporting a document with warnings, and exports when told to', async () => {
    const uri = example(
      (t) => t.replace(/^organisation: .*$/m, 'organisation: "[Organisation name]"'),
      'placeholder.jd.md',
    );
    await open(uri);
    const out = target('placeholder.advert.docx');
    const exported = exportToWord(uri, out);
    const question = await answerUi({ kind: 'notification', containing: 'Export anyway?', button: 'Export anyway' });
    assert.match(
      question!.text,
      /^placeholder\.jd\.md has 1 warning, a placeholder\. Export anyway\? The first, on line 7: .*Organisation name/,
    );
    assert.deepEqual(question!.buttons, ['Export anyway', 'Show problems']);
    assert.equal(await exported, out);
    const { value } = await mammoth.extractRawText({ path: out });
    assert.match(value, /Drug and alcohol worker/);
  });

  it('writes nothing when the user looks at the problems instead', async () => {
    const uri = example((t) => t.replace(/^closing_date: .*$/m, 'closing_date: TBC'), 'tbc.jd.md');
    await open(uri);
    const out = target('tbc.advert.docx');
    const exported = exportToWord(uri, out);
    const question = await answerUi({
      kind: 'notification',
      containing: 'tbc.jd.md has 1 warning',
      button: 'Show problems',
    });
    assert.match(question!.text, /Export anyway\? The first, on line 13: .*TBC/);
    assert.equal(await exported, undefined);
    assert.equal(fs.existsSync(out), false);
  });

  it('exports a document without a section its template shows, and says so', async () => {
    const uri = example((t) => t.replace(/## Main duties\n[\s\S]*?(?=\n## )/, ''), 'no-duties.jd.md');
    await open(uri);
    const out = target('no-duties.advert.docx');
    assert.equal(await exportToWord(uri, out), out);
    const note = await answerUi({ kind: 'notification', containing: 'has no "Main duties" section' });
    assert.match(note!.text, /^no-duties\.advert\.docx: the job description has no "Main duties" section/);
    assert.ok(fs.existsSync(out));
  });
});
