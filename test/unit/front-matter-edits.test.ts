import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { parseJd } from '../../src/core/document/parse';
import {
  insertField,
  insertFrontMatter,
  renameField,
  replaceFieldValue,
  setField,
  yamlString,
} from '../../src/core/edits/front-matter-edits';
import { applyEdits } from '../../src/core/edits/apply-edits';

/** Replaces the value of `name` in `text` and returns the new text. */
function replace(text: string, name: string, value: string): string {
  const doc = parseJd(text);
  return applyEdits(text, [replaceFieldValue(doc, doc.frontMatter!.fields.get(name)!, value)]);
}

describe('front-matter edits', () => {
  it('writes strings YAML reads back unchanged', () => {
    for (const value of [
      'Drug and alcohol worker',
      '123',
      'yes',
      'null',
      'a: b',
      '#1',
      "Children and young people's worker",
      'x "q"',
      'line\nbreak',
      ' padded ',
      // Plain, these would end the document: YAML writes them as block scalars.
      '---',
      '...',
    ]) {
      for (const style of ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'] as const) {
        const written = yamlString(value, style);
        assert.doesNotMatch(written, /\n/);
        assert.deepEqual(parse(`title: ${written}`), { title: value }, `${style} ${written}`);
      }
    }
    assert.equal(yamlString('Nurse'), 'Nurse');
    assert.equal(yamlString('123'), '"123"');
  });

  it('replaces only the value, keeping its quoting style', () => {
    assert.equal(
      replace('---\ntitle: Recovery worker  # draft\n---\n', 'title', 'Nurse'),
      '---\ntitle: Nurse  # draft\n---\n',
    );
    assert.equal(replace('---\ntitle: "Recovery worker"\n---\n', 'title', 'Nurse'), '---\ntitle: "Nurse"\n---\n');
    assert.equal(
      replace("---\ntitle: 'Recovery worker'\n---\n", 'title', "People's worker"),
      "---\ntitle: 'People''s worker'\n---\n",
    );
    assert.equal(replace('---\ntitle: Recovery worker\n---\n', 'title', '2024'), '---\ntitle: "2024"\n---\n');
  });

  it('judges the quoting style by the first character only', () => {
    assert.equal(replace('---\ntitle: Say "hi"\n---\n', 'title', 'Nurse'), '---\ntitle: Nurse\n---\n');
    assert.equal(replace("---\ntitle: the 'x'\n---\n", 'title', 'Nurse'), '---\ntitle: Nurse\n---\n');
  });

  it('keeps the \\r\\n after a block scalar, and sets nothing in a document without front matter', () => {
    assert.equal(
      replace('---\r\ntitle: >\r\n  Recovery\r\n  worker\r\nrole: nurse\r\n---\r\n', 'title', 'Nurse'),
      '---\r\ntitle: Nurse\r\nrole: nurse\r\n---\r\n',
    );
    assert.equal(setField(parseJd('# Nurse\n'), 'title', 'Nurse'), null);
  });

  it('fills an empty value and replaces a block scalar whole', () => {
    assert.equal(replace('---\ntitle:\nrole: nurse\n---\n', 'title', 'Nurse'), '---\ntitle: Nurse\nrole: nurse\n---\n');
    assert.equal(replace('---\ntitle:   \n---\n', 'title', 'Nurse'), '---\ntitle:   Nurse\n---\n');
    assert.equal(
      replace('---\ntitle: >\n  Recovery\n  worker\nrole: nurse\n---\n', 'title', 'Nurse'),
      '---\ntitle: Nurse\nrole: nurse\n---\n',
    );
  });

  it('renames a key', () => {
    const text = '---\norganization: Acme\n---\n';
    const doc = parseJd(text);
    assert.equal(
      applyEdits(text, [renameField(doc.frontMatter!.fields.get('organization')!, 'organisation')]),
      '---\norganisation: Acme\n---\n',
    );
  });

  it('inserts a field just before the closing fence with the document’s line ending', () => {
    const text = '---\r\ntitle: Nurse\r\n---\r\nBody\r\n';
    const edit = insertField(parseJd(text), 'role', 'nurse');
    assert.ok(edit);
    assert.equal(applyEdits(text, [edit]), '---\r\ntitle: Nurse\r\nrole: nurse\r\n---\r\nBody\r\n');
    const empty = '---\n---\n';
    assert.equal(applyEdits(empty, [insertField(parseJd(empty), 'title', 'Nurse')!]), '---\ntitle: Nurse\n---\n');
  });

  it('does not insert where the result would not be valid front matter', () => {
    for (const text of [
      '# No front matter\n',
      '---\ntitle: Nurse\n',
      '---\ntitle: [x\n---\n',
      '---\n{ title: Nurse }\n---\n',
      '---\n- a\n---\n',
    ]) {
      assert.equal(insertField(parseJd(text), 'role', 'nurse'), null, text);
    }
  });

  it('sets a field by replacing or inserting', () => {
    const present = '---\ntitle: Nurse\nrole: social-worker\n---\n';
    assert.equal(
      applyEdits(present, [setField(parseJd(present), 'role', 'nurse')!]),
      '---\ntitle: Nurse\nrole: nurse\n---\n',
    );
    const absent = '---\ntitle: Nurse\n---\n';
    assert.equal(
      applyEdits(absent, [setField(parseJd(absent), 'role', 'nurse')!]),
      '---\ntitle: Nurse\nrole: nurse\n---\n',
    );
  });

  it('adds a whole front matter block, after a byte-order mark', () => {
    const text = '\uFEFFBody\n';
    const fixed = applyEdits(text, [insertFrontMatter(parseJd(text), { title: 'Nurse: band 6', role: 'nurse' })]);
    assert.equal(fixed, '\uFEFF---\ntitle: "Nurse: band 6"\nrole: nurse\n---\nBody\n');
    assert.equal(parseJd(fixed).frontMatter?.fields.get('title')?.value, 'Nurse: band 6');
  });
});

describe('applyEdits', () => {
  it('applies edits by their original positions and refuses overlaps', () => {
    const edits = [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: 'A' },
      { range: { start: { line: 1, character: 1 }, end: { line: 1, character: 1 } }, newText: '+' },
      { range: { start: { line: 1, character: 1 }, end: { line: 1, character: 1 } }, newText: '!' },
    ];
    assert.equal(applyEdits('ab\r\ncd', edits), 'Ab\r\nc+!d');
    assert.throws(() =>
      applyEdits('abc', [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, newText: 'x' },
        { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, newText: 'y' },
      ]),
    );
  });
});
