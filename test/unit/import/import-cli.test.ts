// `jdkit import` on the command line: per-file reports in text and JSON, a
// file that cannot be imported reported (exit 2) while the others are
// imported, nothing replaced without --force, progress for many files.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJd } from '../../../src/export';
import { jdkitInProcess } from '../cli/run';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'nurse.jd.md'), 'utf8');

/** The CLI in this process, run in `cwd`. */
const jdkit = (cwd: string, ...argv: string[]) => jdkitInProcess(argv, cwd);

async function folderWithWord(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-import-cli-'));
  fs.writeFileSync(path.join(dir, 'nurse.docx'), (await exportJd({ text: EXAMPLE, template: 'job-description' })).docx);
  return dir;
}

describe('import: jdkit import', function () {
  this.timeout(30000);

  it('writes <name>.jd.md beside the document and reports title, fields, sections and role', async () => {
    const dir = await folderWithWord();
    const { code, stdout, stderr } = await jdkit(dir, 'import', 'nurse.docx');
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    const lines = stdout.split('\n');
    assert.equal(lines[0], 'nurse.docx → nurse.jd.md');
    assert.equal(lines[1], '  title: Registered nurse');
    assert.match(
      lines[2],
      // role, employment, setting, organisation and contact from the export’s custom property (word-properties.ts), the rest from the text.
      /^ {2}fields: role, employment, setting, organisation, department, location, salary, grade, hours, contract, closing_date, reports_to, reference, contact$/,
    );
    assert.match(
      lines[3],
      /^ {2}sections: About the role, Main duties \(\d+\), Capabilities \(\d+\), Person specification \(\d+ essential, \d+ desirable\)/,
    );
    assert.equal(lines[4], '  role: Nurse (nurse), from the front matter');
    assert.equal(lines[5], '1 of 1 document imported.');
    assert.match(fs.readFileSync(path.join(dir, 'nurse.jd.md'), 'utf8'), /^---\ntitle: Registered nurse\n/);
  });

  it('reports the same as JSON with --format json', async () => {
    const dir = await folderWithWord();
    const { code, stdout } = await jdkit(dir, 'import', '.', '--format', 'json', '--out-dir', 'out');
    assert.equal(code, 0);
    const report = JSON.parse(stdout) as {
      version: number;
      files: { file: string; output: string; title: string; fields: Record<string, unknown>; role: { id: string } }[];
    };
    assert.equal(report.version, 1);
    assert.deepEqual(
      report.files.map((f) => [f.file, f.output, f.title, f.fields.grade, f.role.id]),
      [['nurse.docx', path.join('out', 'nurse.jd.md'), 'Registered nurse', 'Band 6', 'nurse']],
    );
  });

  it('never replaces an existing .jd.md without --force, and imports the other files', async () => {
    const dir = await folderWithWord();
    fs.copyFileSync(path.join(dir, 'nurse.docx'), path.join(dir, 'second.docx'));
    fs.writeFileSync(path.join(dir, 'nurse.jd.md'), 'mine\n');
    const refused = await jdkit(dir, 'import', 'nurse.docx', 'second.docx');
    assert.equal(refused.code, 2);
    assert.match(
      refused.stderr,
      /^jdkit import: nurse\.docx: "nurse\.jd\.md" already exists and was left unchanged; use --force to replace it/m,
    );
    assert.equal(fs.readFileSync(path.join(dir, 'nurse.jd.md'), 'utf8'), 'mine\n');
    assert.ok(fs.existsSync(path.join(dir, 'second.jd.md')), 'the other file is imported');
    assert.match(refused.stdout, /1 of 2 documents imported; 1 could not be \(see below\)\./);

    const forced = await jdkit(dir, 'import', 'nurse.docx', '--force');
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(fs.readFileSync(path.join(dir, 'nurse.jd.md'), 'utf8'), /^---\ntitle: Registered nurse/);
  });

  it('names a file it cannot import, with what to do, writes nothing for it and goes on', async () => {
    const dir = await folderWithWord();
    fs.writeFileSync(
      path.join(dir, 'old.doc'),
      Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]),
    );
    fs.writeFileSync(path.join(dir, 'empty.docx'), '');
    const { code, stderr } = await jdkit(dir, 'import', '.');
    assert.equal(code, 2);
    assert.match(stderr, /^jdkit import: empty\.docx: the file is empty$/m);
    assert.match(
      stderr,
      /^jdkit import: old\.doc: this is an old Word 97–2003 document \(\.doc\)\. Open it in Word or LibreOffice and save it as a Word document \(\.docx\)/m,
    );
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.endsWith('.jd.md')),
      ['nurse.jd.md'],
    );
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
      'no temporary file left',
    );
  });

  it('shows progress on stderr for more than a few files', async () => {
    const dir = await folderWithWord();
    for (const name of ['a', 'b', 'c']) fs.copyFileSync(path.join(dir, 'nurse.docx'), path.join(dir, `${name}.docx`));
    const { code, stderr } = await jdkit(dir, 'import', '.', '--out-dir', 'out');
    assert.equal(code, 0);
    assert.deepEqual(
      stderr.trim().split('\n'),
      ['a.docx', 'b.docx', 'c.docx', 'nurse.docx'].map((f, i) => `jdkit import: [${i + 1}/4] ${f}`),
    );
  });
});
