import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { outputPath } from '../../../src/export/export';
import { OutputExistsError, writeOutput } from '../../../src/export/write-output';
import { DAW, tempDir, write } from './support';
import { jdkitInProcess } from '../cli/run';

/** The CLI in this process, run in `cwd`. */
const jdkit = (cwd: string, ...argv: string[]) => jdkitInProcess(argv, cwd);

/** Every file under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

describe('export: jdkit render', () => {
  it('writes <name>.<template>.docx beside each job description', async () => {
    const dir = tempDir();
    write(path.join(dir, 'a.jd.md'), DAW);
    write(path.join(dir, 'sub', 'b.jd.md'), DAW);
    const { code, stdout, stderr } = await jdkit(dir, 'render', '**/*.jd.md', '--template', 'advert');
    assert.equal(code, 0, stderr);
    assert.deepEqual(stdout.trim().split('\n'), ['a.advert.docx', path.join('sub', 'b.advert.docx')]);
    assert.equal(stderr, '');
    assert.deepEqual(tree(dir), [
      'a.advert.docx',
      'a.jd.md',
      path.join('sub', 'b.advert.docx'),
      path.join('sub', 'b.jd.md'),
    ]);
    assert.equal(fs.readFileSync(path.join(dir, 'a.advert.docx')).subarray(0, 2).toString(), 'PK');
  });

  it('writes a document whose job description lacks a section its template shows, and says so', async () => {
    const dir = tempDir();
    // The full job description without its Main duties and Person specification sections.
    const bare = DAW.replace(/## Main duties\n[\s\S]*?(?=\n## )/, '').replace(
      /## Person specification\n[\s\S]*?(?=\n## )/,
      '',
    );
    assert.ok(!/## (Main duties|Person specification)/.test(bare));
    write(path.join(dir, 'a.jd.md'), bare);
    for (const [template, section] of [
      ['advert', 'Main duties'],
      ['shortlisting', 'Person specification'],
    ]) {
      const { code, stdout, stderr } = await jdkit(dir, 'render', 'a.jd.md', '--template', template, '--allow-errors');
      assert.equal(code, 0, stderr);
      assert.equal(stdout, `a.${template}.docx\n`);
      assert.match(
        stderr,
        new RegExp(`^jdkit render: a\\.jd\\.md: the job description has no "${section}" section`, 'm'),
      );
    }
    // The interview pack shows neither section: nothing to say.
    const { stderr } = await jdkit(dir, 'render', 'a.jd.md', '--template', 'interview', '--allow-errors');
    assert.doesNotMatch(stderr, /has no "/);
  });

  it('renders many files into --out-dir with progress on stderr', async function () {
    this.timeout(60000);
    const dir = tempDir();
    for (let i = 1; i <= 5; i++) write(path.join(dir, 'jds', `post-${i}.jd.md`), DAW);
    const { code, stdout, stderr } = await jdkit(
      dir,
      'render',
      'jds',
      '-t',
      'person-specification',
      '--out-dir',
      'word',
    );
    assert.equal(code, 0, stderr);
    assert.equal(stdout.trim().split('\n').length, 5);
    assert.match(stderr, /^\[1\/5\] jds[/\\]post-1\.jd\.md\n/);
    assert.match(stderr, /\[5\/5\] jds[/\\]post-5\.jd\.md\njdkit render: 5 documents written\.\n$/);
    assert.deepEqual(
      tree(path.join(dir, 'word')),
      [1, 2, 3, 4, 5].map((i) => `post-${i}.person-specification.docx`),
    );
  });

  it('refuses to overwrite without --force, writing nothing, and replaces with --force', async () => {
    const dir = tempDir();
    write(path.join(dir, 'a.jd.md'), DAW);
    write(path.join(dir, 'b.jd.md'), DAW);
    write(path.join(dir, 'a.job-description.docx'), 'previous');
    const refused = await jdkit(dir, 'render', 'a.jd.md', 'b.jd.md', '--template', 'job-description');
    assert.equal(refused.code, 2);
    assert.match(
      refused.stderr,
      /"a\.job-description\.docx" already exists; nothing was written\. Use --force to replace it, or --out-dir to write elsewhere/,
    );
    assert.equal(fs.readFileSync(path.join(dir, 'a.job-description.docx'), 'utf8'), 'previous');
    assert.ok(!fs.existsSync(path.join(dir, 'b.job-description.docx')), 'nothing else was written either');

    const forced = await jdkit(dir, 'render', 'a.jd.md', '--template', 'job-description', '--force');
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'a.job-description.docx')).subarray(0, 2).toString(), 'PK');
  });

  it('refuses two inputs that would write the same file', async () => {
    const dir = tempDir();
    write(path.join(dir, 'x', 'post.jd.md'), DAW);
    write(path.join(dir, 'y', 'post.jd.md'), DAW);
    const { code, stderr } = await jdkit(dir, 'render', 'x', 'y', '--template', 'advert', '--out-dir', 'out');
    assert.equal(code, 2);
    assert.match(stderr, /would both be written to "out[/\\]post\.advert\.docx"/);
  });

  it('names an unknown or missing template and lists the templates', async () => {
    const dir = tempDir();
    write(path.join(dir, 'a.jd.md'), DAW);
    const unknown = await jdkit(dir, 'render', 'a.jd.md', '--template', 'advrt');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no template called "advrt"; did you mean "advert"\?/);
    const missing = await jdkit(dir, 'render', 'a.jd.md');
    assert.equal(missing.code, 2);
    assert.match(
      missing.stderr,
      /--template is required\. Templates: advert, interview, job-description, person-specification, shortlisting\./,
    );
  });

  it('uses user templates from templatesPath, and a broken one leaves no file behind', async () => {
    const dir = tempDir();
    write(path.join(dir, '.jdkit.json'), JSON.stringify({ templatesPath: 'templates' }));
    write(path.join(dir, 'a.jd.md'), DAW);
    write(path.join(dir, 'b.jd.md'), DAW);
    write(path.join(dir, 'templates', 'mine.hbs'), '<h1>{{job.title}}</h1>\n<p>{{organisation}}</p>\n');
    write(path.join(dir, 'templates', 'broken.hbs'), '<h1>{{job.title}}</h1>\n<p>{{job.salry}}</p>\n');
    const good = await jdkit(dir, 'render', 'a.jd.md', '--template', 'mine');
    assert.equal(good.code, 0, good.stderr);
    const before = tree(dir);
    const broken = await jdkit(dir, 'render', 'a.jd.md', 'b.jd.md', '--template', 'broken');
    assert.equal(broken.code, 2);
    assert.match(
      broken.stderr,
      /^jdkit render: a\.jd\.md: templates[/\\]broken\.hbs:2:\d+: "salry" is not in the template context here/,
    );
    assert.ok(!broken.stderr.includes('b.jd.md'), 'a template error stops the run instead of repeating');
    assert.deepEqual(tree(dir), before, 'no .docx and no temporary file');
  });

  it('reports an invalid config with exit code 2', async () => {
    const dir = tempDir();
    write(path.join(dir, 'a.jd.md'), DAW);
    write(path.join(dir, 'c.json'), JSON.stringify({ export: { colour: 'blue' } }));
    const { code, stderr } = await jdkit(dir, 'render', 'a.jd.md', '--template', 'advert', '--config', 'c.json');
    assert.equal(code, 2);
    assert.match(stderr, /export\.colour: a colour must be six hex digits/);
  });
});

describe('export: writing output', () => {
  it('names outputs <name>.<template>.docx', () => {
    assert.equal(outputPath(path.join('a', 'post.jd.md'), 'advert'), path.join('a', 'post.advert.docx'));
    assert.equal(outputPath(path.join('a', 'notes.md'), 'advert', 'out'), path.join('out', 'notes.advert.docx'));
  });

  it('creates new files, refuses existing ones unless forced, and leaves no temporary files', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'deep', 'x.docx');
    await writeOutput(target, Buffer.from('one'));
    await assert.rejects(writeOutput(target, Buffer.from('two')), OutputExistsError);
    assert.equal(fs.readFileSync(target, 'utf8'), 'one');
    await writeOutput(target, Buffer.from('three'), { force: true });
    assert.equal(fs.readFileSync(target, 'utf8'), 'three');
    assert.deepEqual(fs.readdirSync(path.dirname(target)), ['x.docx']);
  });

  it('says a file is in the way when the output folder cannot be made', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'afile'), '');
    for (const folder of [path.join(dir, 'afile'), path.join(dir, 'afile', 'below')])
      await assert.rejects(writeOutput(path.join(folder, 'x.docx'), Buffer.from('one')), {
        message: `cannot write "${path.join(folder, 'x.docx')}": the folder "${folder}" cannot be made: a file of that name, or of a folder above it, is in the way; choose another folder`,
      });
  });

  it('keeps the previous file when the final rename fails', async () => {
    const dir = tempDir();
    // The target is a non-empty folder: the rename onto it fails after the temporary file is written.
    const target = path.join(dir, 'x.docx');
    write(path.join(target, 'keep.txt'), 'kept');
    await assert.rejects(writeOutput(target, Buffer.from('new'), { force: true }));
    assert.equal(fs.readFileSync(path.join(target, 'keep.txt'), 'utf8'), 'kept');
    assert.deepEqual(fs.readdirSync(dir), ['x.docx'], 'the temporary file is removed');
  });
});
