import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../../src/cli/command';
import { decodeText, expandInputs, readInOrder } from '../../../src/cli/files';
import { useTempDir } from './run';

describe('CLI files', () => {
  const tmp = useTempDir();
  const touch = (relative: string, text = 'x') => {
    const file = path.join(tmp(), relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };

  it('expands files, folders and globs in input order, each file once, skipping node_modules', async () => {
    const b = touch('b.jd.md');
    const a = touch('sub/a.jd.md');
    const c = touch('sub/deeper/c.jd.md');
    touch('sub/notes.md');
    touch('node_modules/pkg/x.jd.md');
    const readme = touch('README.md');
    assert.deepEqual(await expandInputs(['README.md', 'sub', '**/*.jd.md'], tmp()), [readme, a, c, b]);
  });

  it('treats an existing file name with glob characters as a file', async () => {
    const file = touch('[draft] nurse.jd.md');
    assert.deepEqual(await expandInputs(['[draft] nurse.jd.md'], tmp()), [file]);
  });

  it('reports every input that names nothing in one usage error', async () => {
    touch('empty/notes.md');
    await assert.rejects(expandInputs(['nope.jd.md', 'empty', '*.docx'], tmp()), (err: Error) => {
      assert.ok(err instanceof UsageError);
      assert.equal(
        err.message,
        'no such file or folder: "nope.jd.md"\nno job descriptions (**/*.jd.md) in the folder "empty"\nno files match "*.docx"',
      );
      return true;
    });
  });

  it('reads files in order with bounded concurrency, yielding read errors in place', async () => {
    const files = Array.from({ length: 40 }, (_, i) => touch(`f${i}.jd.md`, String(i)));
    files.splice(5, 0, path.join(tmp(), 'missing.jd.md'));
    const results = [];
    for await (const result of readInOrder(files, 3)) results.push(result);
    assert.deepEqual(
      results.map((r) => r.file),
      files,
    );
    assert.match(('error' in results[5] && results[5].error.message) || '', /ENOENT/);
    assert.equal('bytes' in results[6] && Buffer.from(results[6].bytes).toString(), '5');
  });

  it('decodes UTF-8, dropping a byte-order mark, and explains binary and other encodings', () => {
    assert.deepEqual(decodeText(Buffer.from('\uFEFFcafé', 'utf8')), { text: 'café' });
    assert.match((decodeText(Buffer.from('ab\u0000c')) as { problem: string }).problem, /NUL bytes/);
    assert.match((decodeText(Buffer.from('caf\u00e9', 'latin1')) as { problem: string }).problem, /not valid UTF-8/);
    assert.match((decodeText(Buffer.from('\uFEFFtitle', 'utf16le')) as { problem: string }).problem, /UTF-16/);
  });
});
