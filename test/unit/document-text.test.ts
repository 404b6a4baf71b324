import assert from 'node:assert/strict';
import { parseJd } from '../../src/core/document/parse';
import { anchorRange, documentText } from '../../src/core/text/document-text';

/** The prose with blanked runs shown as `_`. */
const prose = (text: string) => documentText(parseJd(text)).text.replace(/\u0000/g, '_');
const gap = (skipped: string) => '_'.repeat(skipped.length);

describe('documentText', () => {
  it('keeps front-matter values (not keys, numbers or fences) and the body, offset for offset', () => {
    const text = '---\ntitle: "Worker"\ncaseload: 30\nsummary: >\n  Two\n  lines\n---\nBody text.\n';
    const out = prose(text);
    assert.equal(out.length, text.length);
    assert.equal(
      out,
      `${gap('---\ntitle: ')}"Worker"${gap('\ncaseload: 30\nsummary: ')}>\n  Two\n  lines\n${gap('---\n')}Body text.\n`,
    );
  });

  it('blanks HTML comments, on one line or several, and keeps the text around them', () => {
    assert.equal(
      prose('a <!-- b --> c <!-- d\ne\nf --> g\n'),
      `a ${gap('<!-- b -->')} c ${gap('<!-- d\ne\nf -->')} g\n`,
    );
  });

  it('blanks fenced code blocks, including an unclosed one, but not indented blocks', () => {
    assert.equal(prose('a\n```js\nx\n```\nb\n'), `a\n${gap('```js\nx\n```\n')}b\n`);
    assert.equal(prose('a\n~~~~\n```\n~~~~\nb\n'), `a\n${gap('~~~~\n```\n~~~~\n')}b\n`);
    assert.equal(prose('a\n``` x\nb\n'), `a\n${gap('``` x\nb\n')}`);
    assert.equal(prose('a\n\n    indented\n'), 'a\n\n    indented\n');
    assert.equal(
      prose('``` not `a fence`\n'),
      '``` not `a fence`\n',
      'backticks in the info string make it inline code',
    );
  });

  it('does not treat a comment opener inside a fence as a comment', () => {
    assert.equal(prose('```\n<!--\n```\nb\n'), `${gap('```\n<!--\n```\n')}b\n`);
  });

  it('maps offsets to ranges and is computed once per document', () => {
    const doc = parseJd('a\r\n🙂 b\r\n');
    const text = documentText(doc);
    assert.equal(documentText(doc), text);
    assert.deepEqual(text.range(6, 7), { start: { line: 1, character: 3 }, end: { line: 1, character: 4 } });
  });
});

describe('anchorRange', () => {
  it('prefers a matching heading, then the title value, then the first line', () => {
    const withHeading = parseJd('---\ntitle: T\n---\n## Person specification\n');
    assert.deepEqual(anchorRange(withHeading, /^person spec/i), {
      start: { line: 3, character: 3 },
      end: { line: 3, character: 23 },
    });
    assert.deepEqual(anchorRange(withHeading, /^supervision/i), {
      start: { line: 1, character: 7 },
      end: { line: 1, character: 8 },
    });
    assert.deepEqual(anchorRange(parseJd('Plain text\n'), /x/), {
      start: { line: 0, character: 0 },
      end: { line: 0, character: 10 },
    });
  });
});
