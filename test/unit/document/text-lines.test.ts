import assert from 'node:assert/strict';
import { TextLines } from '../../../src/core/document/text-lines';

describe('TextLines', () => {
  it('splits on \\n, \\r\\n and a lone \\r, keeping each line’s offset', () => {
    const lines = new TextLines('a\r\nbc\rd\ne');
    assert.deepEqual(lines.lines, ['a', 'bc', 'd', 'e']);
    assert.deepEqual(lines.offsets, [0, 3, 6, 8]);
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(new TextLines('').lines, ['']);
    assert.deepEqual(new TextLines('x\n').lines, ['x', '']);
  });

  it('splits any mix of line breaks as the CommonMark line endings read them', () => {
    // Every text of up to six characters from "a", "\r" and "\n", against a split on /\r\n|\r|\n/.
    const texts = [''];
    for (let length = 1; length <= 6; length++)
      for (const text of texts.filter((t) => t.length === length - 1)) texts.push(`${text}a`, `${text}\r`, `${text}\n`);
    for (const text of texts) {
      const lines = new TextLines(text);
      assert.deepEqual(lines.lines, text.split(/\r\n|\r|\n/), JSON.stringify(text));
      const offsets = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
      assert.deepEqual(lines.offsets, offsets, JSON.stringify(text));
    }
  });

  it('inserts with the line ending most lines use, \\n on a tie', () => {
    assert.equal(new TextLines('a\r\nb\r\nc\nd').eol, '\r\n');
    assert.equal(new TextLines('a\r\nb\nc').eol, '\n');
    assert.equal(new TextLines('a\r\nb\rc\nd').eol, '\n');
    assert.equal(new TextLines('one line').eol, '\n');
  });

  it('converts offsets to positions and back, clamping to the text', () => {
    const lines = new TextLines('ab\r\ncd\n\nef');
    assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(2), { line: 0, character: 2 });
    // Inside a \r\n the position stays at the end of the line's text.
    assert.deepEqual(lines.positionAt(3), { line: 0, character: 2 });
    assert.deepEqual(lines.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(lines.positionAt(8), { line: 3, character: 0 });
    assert.deepEqual(lines.positionAt(10), { line: 3, character: 2 });
    assert.deepEqual(lines.positionAt(99), { line: 3, character: 2 });
    assert.deepEqual(lines.positionAt(-5), { line: 0, character: 0 });
    assert.equal(lines.offsetAt({ line: 1, character: 1 }), 5);
    assert.equal(lines.offsetAt({ line: 1, character: 9 }), 6);
    assert.equal(lines.offsetAt({ line: 9, character: 1 }), 9);
    assert.equal(lines.offsetAt({ line: -1, character: -1 }), 0);
    assert.deepEqual(lines.rangeOfOffsets(1, 5), { start: { line: 0, character: 1 }, end: { line: 1, character: 1 } });
  });

  it('gives a line’s range without its line break, and the end of the text', () => {
    const lines = new TextLines('ab\r\ncde\n');
    assert.deepEqual(lines.lineRange(1), { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
    assert.deepEqual(lines.end, { line: 2, character: 0 });
    assert.deepEqual(new TextLines('ab\ncde').end, { line: 1, character: 3 });
  });
});
