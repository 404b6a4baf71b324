// The export guard on the command line: `jdkit render` lints each document
// first and refuses errors (unless --allow-errors) and unreadable front matter
// (always); and the pure decision the editor will share.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { exportBlock, exportBlockers, untitledReason } from '../../../src/core/export-guard';
import { lint } from '../../../src/core/lint';
import type { Diagnostic, Severity } from '../../../src/core/types';
import { DAW, tempDir, write } from './support';
import { jdkitInProcess } from '../cli/run';

/** The CLI in this process, run in `cwd`. */
const jdkit = (cwd: string, ...argv: string[]) => jdkitInProcess(argv, cwd);

function docxFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.docx|\.tmp/i.test(f)).sort();
}

/** DAW with extra front-matter fields (unknown-field: a warning by default). */
function withFields(...names: string[]): string {
  return DAW.replace('caseload: 35\n', `caseload: 35\n${names.map((n) => `${n}: x\n`).join('')}`);
}

/** The title line without its colon: the YAML cannot be read. */
const BROKEN = DAW.replace('title: Drug and alcohol worker', 'title Drug and alcohol worker');
const UNKNOWN_FIELDS_ARE_ERRORS = JSON.stringify({ rules: { 'unknown-field': 'error' } });

describe('export: jdkit render lints first (export guard)', () => {
  it('refuses a document with errors: exit 1, nothing written, the file and its first three errors named', async () => {
    const dir = tempDir();
    // The file's own config makes unknown fields errors: the guard lints with the resolved config.
    write(path.join(dir, '.jdkit.json'), UNKNOWN_FIELDS_ARE_ERRORS);
    write(path.join(dir, 'post.jd.md'), withFields('alpha', 'bravo', 'charlie', 'delta', 'echo'));
    const { code, stdout, stderr } = await jdkit(dir, 'render', 'post.jd.md', '--template', 'advert');
    assert.equal(code, 1, stderr);
    assert.equal(stdout, '');
    assert.deepEqual(docxFiles(dir), [], 'no .docx and no temporary file');
    assert.match(stderr, /^jdkit render: post\.jd\.md has 5 errors, so it was not exported\. .*--allow-errors/);
    assert.match(stderr, /\n {2}post\.jd\.md:8:1 The front-matter field "alpha" .* unknown-field\n/);
    assert.match(stderr, /\n {2}post\.jd\.md:10:1 The front-matter field "charlie" .* unknown-field\n {2}and 2 more\n/);
    assert.ok(!stderr.includes('"delta"'), 'only the first three are listed');
    assert.match(stderr, /\njdkit render: nothing was written\.\n$/);
  });

  it('writes nothing when one of several documents has errors', async () => {
    const dir = tempDir();
    write(path.join(dir, '.jdkit.json'), UNKNOWN_FIELDS_ARE_ERRORS);
    write(path.join(dir, 'a.jd.md'), DAW);
    write(path.join(dir, 'b.jd.md'), withFields('alpha'));
    write(path.join(dir, 'c.jd.md'), DAW);
    const { code, stderr } = await jdkit(dir, 'render', '*.jd.md', '--template', 'advert');
    assert.equal(code, 1, stderr);
    assert.match(stderr, /^jdkit render: b\.jd\.md has 1 error, so it was not exported\. Fix it /);
    assert.match(stderr, /jdkit render: nothing was written \(1 of 3 documents cannot be exported\)\.\n$/);
    assert.deepEqual(docxFiles(dir), []);
  });

  it('--allow-errors exports a document with errors and still lists them', async () => {
    const dir = tempDir();
    write(path.join(dir, '.jdkit.json'), UNKNOWN_FIELDS_ARE_ERRORS);
    write(path.join(dir, 'post.jd.md'), withFields('alpha'));
    const { code, stdout, stderr } = await jdkit(dir, 'render', 'post.jd.md', '--template', 'advert', '--allow-errors');
    assert.equal(code, 0, stderr);
    assert.equal(stdout, 'post.advert.docx\n');
    assert.match(
      stderr,
      /^jdkit render: post\.jd\.md has 1 error, exported anyway \(--allow-errors\):\n {2}post\.jd\.md:8:1 The front-matter field "alpha" .* unknown-field\n$/,
    );
    assert.equal(fs.readFileSync(path.join(dir, 'post.advert.docx')).subarray(0, 2).toString(), 'PK');
  });

  it('prints warnings to stderr without blocking', async () => {
    const dir = tempDir();
    write(
      path.join(dir, 'post.jd.md'),
      withFields('alpha', 'bravo', 'charlie', 'delta').replace('You will join', 'You will support addicts and join'),
    );
    const { code, stdout, stderr } = await jdkit(dir, 'render', 'post.jd.md', '--template', 'advert');
    assert.equal(code, 0, stderr);
    assert.equal(stdout, 'post.advert.docx\n');
    assert.match(stderr, /^jdkit render: post\.jd\.md has 5 warnings:\n/);
    assert.match(stderr, /\n {2}post\.jd\.md:8:1 The front-matter field "alpha" .* unknown-field\n/);
    assert.match(stderr, /\n {2}and 2 more\n$/);
    assert.ok(!/error/i.test(stderr));
    assert.deepEqual(docxFiles(dir), ['post.advert.docx']);
  });

  it('never exports a document whose front matter cannot be read, even with --allow-errors', async () => {
    const dir = tempDir();
    write(path.join(dir, 'broken.jd.md'), BROKEN);
    for (const extra of [[], ['--allow-errors'], ['--allow-errors', '--force']]) {
      const { code, stdout, stderr } = await jdkit(dir, 'render', 'broken.jd.md', '--template', 'advert', ...extra);
      assert.equal(code, 1, `${extra.join(' ')}: ${stderr}`);
      assert.equal(stdout, '');
      assert.match(
        stderr,
        /^jdkit render: broken\.jd\.md: the front matter cannot be read, so it was not exported, not even with --allow-errors/,
      );
      assert.match(
        stderr,
        /\n {2}broken\.jd\.md:2:1 Line 2: "title" needs a colon after it: .* invalid-front-matter\n/,
      );
      assert.deepEqual(docxFiles(dir), []);
    }
  });

  it('never exports a document without a title, even with --allow-errors, and does not offer --allow-errors for it', async () => {
    const dir = tempDir();
    // Front matter without a title: invalid-front-matter makes it an error, which --allow-errors would not get past.
    write(path.join(dir, 'untitled.jd.md'), '---\nrole: nurse\n---\n\nHold a caseload.\n');
    for (const extra of [[], ['--allow-errors']]) {
      const { code, stderr } = await jdkit(dir, 'render', 'untitled.jd.md', '--template', 'advert', ...extra);
      assert.equal(code, 1, stderr);
      assert.match(
        stderr,
        /^jdkit render: untitled\.jd\.md was not exported, not even with --allow-errors: it has no title in its front matter, so the Word file would be an untitled post\. Add "title: <job title>" between --- lines at the top\.\n/,
      );
      assert.doesNotMatch(stderr, /use --allow-errors/);
    }
    assert.deepEqual(docxFiles(dir), []);
  });

  it('never exports a .jd.md without front matter, and says what to add rather than --allow-errors', async () => {
    const dir = tempDir();
    write(path.join(dir, 'empty.jd.md'), '');
    write(path.join(dir, 'heading.jd.md'), '# Drug and alcohol worker\n\nHold a caseload.\n');
    for (const name of ['empty', 'heading'])
      for (const extra of [[], ['--allow-errors']]) {
        const { code, stderr } = await jdkit(dir, 'render', `${name}.jd.md`, '--template', 'advert', ...extra);
        assert.equal(code, 1, stderr);
        assert.match(
          stderr,
          new RegExp(
            `^jdkit render: ${name}\\.jd\\.md was not exported, not even with --allow-errors: it has no front matter, so the Word file would be an untitled post\\. Start the file with a "---" line, then "title: <job title>", then another "---" line\\.\n`,
          ),
        );
        // jdkit import refuses a .jd.md: it is a job description already.
        assert.doesNotMatch(stderr, /use --allow-errors|jdkit import/);
      }
    assert.deepEqual(docxFiles(dir), []);
  });

  it('points a plain Markdown or text job description to jdkit import, with or without --allow-errors', async () => {
    const dir = tempDir();
    write(
      path.join(dir, 'post.md'),
      '# Recovery Coordinator\n\n## Main duties\n\n- Hold a caseload of up to 35 people\n',
    );
    write(path.join(dir, 'post.txt'), 'Recovery Coordinator\n\nHold a caseload of up to 35 people.\n');
    for (const name of ['post.md', 'post.txt'])
      for (const extra of [[], ['--allow-errors']]) {
        const { code, stderr } = await jdkit(dir, 'render', name, '--template', 'advert', ...extra);
        assert.equal(code, 1, stderr);
        assert.match(
          stderr,
          new RegExp(
            `^jdkit render: ${name.replace('.', '\\.')} was not exported, not even with --allow-errors: it has no front matter, so the Word file would be an untitled post\\. "jdkit import" turns a plain job description into a \\.jd\\.md that jdkit can lint and export, with its title and details as front matter\\.\n`,
          ),
        );
        assert.doesNotMatch(stderr, /use --allow-errors/);
      }
    assert.deepEqual(docxFiles(dir), []);
  });

  it('still refuses unreadable front matter when invalid-front-matter is switched off', async () => {
    const dir = tempDir();
    write(path.join(dir, '.jdkit.json'), JSON.stringify({ rules: { 'invalid-front-matter': 'off' } }));
    write(path.join(dir, 'broken.jd.md'), BROKEN);
    const { code, stderr } = await jdkit(dir, 'render', 'broken.jd.md', '--template', 'advert', '--allow-errors');
    assert.equal(code, 1, stderr);
    assert.match(stderr, /the front matter cannot be read/);
    assert.deepEqual(docxFiles(dir), []);
  });

  it('checks existing targets before linting: --force is still needed (exit 2)', async () => {
    const dir = tempDir();
    write(path.join(dir, 'broken.jd.md'), BROKEN);
    write(path.join(dir, 'broken.advert.docx'), 'previous');
    const { code, stderr } = await jdkit(dir, 'render', 'broken.jd.md', '--template', 'advert', '--allow-errors');
    assert.equal(code, 2);
    assert.match(stderr, /"broken\.advert\.docx" already exists; nothing was written/);
    assert.equal(fs.readFileSync(path.join(dir, 'broken.advert.docx'), 'utf8'), 'previous');
  });
});

function diagnostic(severity: Severity, rule = 'some-rule'): Diagnostic {
  return {
    rule,
    severity,
    message: severity,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

/** A front-matter title field, for front matter made by hand. */
const titled = {
  key: 'title',
  value: 'Nurse',
  keyRange: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } },
  valueRange: { start: { line: 1, character: 7 }, end: { line: 1, character: 12 } },
};

describe('export guard: exportBlockers and exportBlock', () => {
  it('sorts diagnostics into errors and warnings; information and hints do not count', () => {
    const diagnostics = [
      diagnostic('information'),
      diagnostic('error', 'a'),
      diagnostic('warning'),
      diagnostic('hint'),
      diagnostic('error', 'b'),
    ];
    const blockers = exportBlockers(diagnostics, { problems: [], fields: new Map([['title', titled]]) });
    assert.deepEqual(
      blockers.errors.map((d) => d.rule),
      ['a', 'b'],
    );
    assert.equal(blockers.warnings.length, 1);
    assert.equal(blockers.unreadableFrontMatter, false);
    assert.equal(exportBlock(blockers), 'errors');
    assert.equal(exportBlock(blockers, { allowErrors: true }), null);
  });

  it('lets warnings through', () => {
    const blockers = exportBlockers([diagnostic('warning'), diagnostic('information')], {
      problems: [],
      fields: new Map([['title', titled]]),
    });
    assert.equal(exportBlock(blockers), null);
    assert.equal(blockers.warnings.length, 1);
  });

  it('blocks unreadable front matter whatever the diagnostics say, and allowErrors does not override it', () => {
    const result = lint(BROKEN);
    const blockers = exportBlockers(result.diagnostics, result.document.frontMatter);
    assert.equal(blockers.unreadableFrontMatter, true);
    assert.match(blockers.frontMatterProblems[0].message, /needs a colon/);
    assert.equal(exportBlock(blockers), 'unreadable-front-matter');
    assert.equal(exportBlock(blockers, { allowErrors: true }), 'unreadable-front-matter');
    // With the rule off (no diagnostics at all) the document is still refused.
    assert.equal(
      exportBlock(exportBlockers([], result.document.frontMatter), { allowErrors: true }),
      'unreadable-front-matter',
    );
    // An unclosed block would swallow the body.
    const unclosed = lint(
      DAW.replace('apply: Apply online at https://jobs.example.org/HRS-0142\n---', 'apply: Apply online'),
    );
    assert.equal(
      exportBlock(exportBlockers(unclosed.diagnostics, unclosed.document.frontMatter), { allowErrors: true }),
      'unreadable-front-matter',
    );
  });

  it('passes a clean document; one without front matter or a title is not exported, with allowErrors or without', () => {
    const clean = lint(DAW);
    assert.equal(exportBlock(exportBlockers(clean.diagnostics, clean.document.frontMatter)), null);
    // Blocks that allowErrors cannot lift come before the errors, so the user is not sent to try it.
    for (const [text, block] of [
      ['# Drug and alcohol worker\n\nText.\n', 'no-front-matter'],
      ['', 'no-front-matter'],
      ['---\nrole: nurse\n---\n\nText.\n', 'untitled'],
      ['---\ntitle: ""\n---\n', 'untitled'],
    ]) {
      const bare = lint(text);
      const blockers = exportBlockers(bare.diagnostics, bare.document.frontMatter);
      assert.equal(blockers.unreadableFrontMatter, false);
      assert.ok(blockers.errors.length > 0, JSON.stringify(text));
      // The Word file would be an "Untitled post", its own heading gone.
      assert.equal(exportBlock(blockers), block, JSON.stringify(text));
      assert.equal(exportBlock(blockers, { allowErrors: true }), block, JSON.stringify(text));
    }
  });
});

describe('export guard: untitledReason', () => {
  const IMPORT = '"jdkit import"';

  it('sends a plain Markdown or text file to the import, which reads them', () => {
    for (const file of ['post.md', 'dir/POST.MD', 'post.txt'])
      assert.match(
        untitledReason('no-front-matter', file, IMPORT),
        /^it has no front matter, .* "jdkit import" turns/,
        file,
      );
  });

  it('tells a .jd.md, an unsaved document or a file the import does not read to add the lines', () => {
    for (const file of ['post.jd.md', 'post.JD.md', 'Untitled-1', 'post.markdown'])
      assert.equal(
        untitledReason('no-front-matter', file, IMPORT),
        'it has no front matter, so the Word file would be an untitled post. Start the file with a "---" line, then "title: <job title>", then another "---" line.',
        file,
      );
  });

  it('asks for the title where the front matter has none', () => {
    assert.equal(
      untitledReason('untitled', 'post.md', IMPORT),
      'it has no title in its front matter, so the Word file would be an untitled post. Add "title: <job title>" between --- lines at the top.',
    );
  });
});
