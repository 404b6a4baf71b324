import assert from 'node:assert/strict';
import { ExportError } from '../../../src/export/errors';
import { markLines, stripMarkers } from '../../../src/export/line-markers';
import { parseMarkup } from '../../../src/export/markup';
import { inlineText, type Block, type ListBlock, type TableBlock } from '../../../src/export/model';

/** Parses a body after a title heading. */
function body(markup: string): Block[] {
  return parseMarkup(`<h1>Title</h1>${markup}`).blocks.slice(1);
}

function error(markup: string, files: string[] = ['t.hbs']): ExportError {
  try {
    parseMarkup(markup, { files });
  } catch (err) {
    assert.ok(err instanceof ExportError, String(err));
    return err;
  }
  assert.fail('expected a markup error');
}

describe('export: markup', () => {
  it('parses headings, paragraphs with formatting and links, lists and tables', () => {
    const doc = parseMarkup(`<document subject="Job advert" keywords="a; b">
      <h1>Drug &amp; alcohol worker</h1>
      <p>Some <b>bold</b> and <i>italic</i> text, <a href="https://example.org/jobs">a link</a>.</p>
      <h2>Duties</h2>
      <ol><li>First<ul><li>nested</li></ul></li><li>Second</li></ol>
      <table widths="1,3"><tr><th>Item</th><th>Detail</th></tr><tr><td>Salary</td><td><p>£28,000</p><ul><li>pro rata</li></ul></td></tr></table>
    </document>`);
    assert.equal(doc.subject, 'Job advert');
    assert.equal(doc.keywords, 'a; b');
    const [h1, p, h2, list, table] = doc.blocks;
    assert.deepEqual(h1, {
      type: 'heading',
      level: 1,
      content: [{ type: 'text', text: 'Drug & alcohol worker', bold: false, italic: false, href: null }],
    });
    assert.equal(p.type, 'paragraph');
    assert.deepEqual(
      p.type === 'paragraph' && p.content.map((r) => (r.type === 'text' ? [r.text, r.bold, r.italic, r.href] : 'br')),
      [
        ['Some ', false, false, null],
        ['bold', true, false, null],
        [' and ', false, false, null],
        ['italic', false, true, null],
        [' text, ', false, false, null],
        ['a link', false, false, 'https://example.org/jobs'],
        ['.', false, false, null],
      ],
    );
    assert.equal(h2.type === 'heading' && h2.level, 2);
    const ol = list as ListBlock;
    assert.equal(ol.ordered, true);
    assert.deepEqual(
      ol.items.map((i) => inlineText(i.content)),
      ['First', 'Second'],
    );
    assert.equal(ol.items[0].lists[0].ordered, false);
    assert.equal(inlineText(ol.items[0].lists[0].items[0].content), 'nested');
    const t = table as TableBlock;
    assert.deepEqual(t.widths, [0.25, 0.75]);
    assert.equal(t.header.length, 2);
    assert.equal(t.rows.length, 1);
    assert.deepEqual(
      t.rows[0][1].blocks.map((b) => b.type),
      ['paragraph', 'list'],
    );
  });

  it('collapses whitespace as HTML does and drops empty paragraphs and lists', () => {
    const blocks = body('<p>\n   Hello\n\t <b> world </b>  again  </p><p>  </p><ul>  </ul><p>a<br/> b</p>');
    assert.equal(blocks.length, 2);
    assert.equal(blocks[0].type === 'paragraph' && inlineText(blocks[0].content), 'Hello world again');
    assert.deepEqual(blocks[1].type === 'paragraph' && blocks[1].content.map((r) => r.type), ['text', 'break', 'text']);
    assert.equal(blocks[1].type === 'paragraph' && inlineText(blocks[1].content), 'a b');
  });

  it('keeps spaces out of links', () => {
    const [p] = body('<p>Apply <a href="mailto:jobs@example.org"> here </a> now</p>');
    assert.ok(p.type === 'paragraph');
    assert.deepEqual(
      p.content.map((r) => r.type === 'text' && r.text),
      ['Apply ', 'here', ' now'],
    );
  });

  it('decodes Handlebars escapes, named and numeric references, and keeps non-ASCII text', () => {
    const [p] = body(
      '<p>people&#x27;s &amp; carers&#x60; &#x3D; &quot;q&quot; &pound;5 &ndash; Zoë Ó Súilleabháin, Łódź &#8217; &lt;b&gt;</p>',
    );
    assert.equal(
      p.type === 'paragraph' && inlineText(p.content),
      'people\'s & carers` = "q" £5 – Zoë Ó Súilleabháin, Łódź ’ <b>',
    );
  });

  it('decodes every HTML named reference, not only the common ones', () => {
    const [p] = body('<p>&copy; &hellip; &AMP; &frac12; &CounterClockwiseContourIntegral; &#150;</p>');
    assert.equal(p.type === 'paragraph' && inlineText(p.content), '© … & ½ ∳ \u0096');
  });

  it('treats a stray "<" or "&", or a reference without its ";", as text', () => {
    const [p] = body('<p>a < b & c &copy d</p>');
    assert.equal(p.type === 'paragraph' && inlineText(p.content), 'a < b & c &copy d');
  });

  it('ignores comments', () => {
    assert.equal(body('<!-- <p>hidden</p> --><p>shown</p>').length, 1);
  });

  const cases: [string, string, RegExp][] = [
    ['unknown element', '<h1>T</h1><div>x</div>', /<div> is not a jdkit markup element/],
    ['unclosed element', '<h1>T</h1>\n<p>text', /^t\.hbs:2: <p> is never closed/],
    ['mismatched close', '<h1>T</h1><p><b>x</p>', /<\/p> found where <\/b> was expected/],
    ['stray close', '<h1>T</h1></p>', /closes an element that was never opened/],
    ['text outside a block', '<h1>T</h1>loose text', /text outside a paragraph \("loose text"\)/],
    ['li outside a list', '<h1>T</h1><li>x</li>', /<li> must be inside <ul> or <ol>/],
    ['block inside text', '<h1>T</h1><p><ul><li>x</li></ul></p>', /<ul> cannot be inside <p>/],
    ['text directly in a list', '<h1>T</h1><ul>x</ul>', /text directly inside <ul>/],
    ['unknown attribute', '<h1>T</h1><p class="x">y</p>', /<p> has no attribute "class"/],
    ['unsafe link', '<h1>T</h1><p><a href="javascript:alert(1)">x</a></p>', /a link must start with https:\/\//],
    ['unknown entity', '<h1>T</h1><p>&copyx;</p>', /unknown character reference &copyx;/],
    ['entity name in the wrong case', '<h1>T</h1><p>&Hellip;</p>', /unknown character reference &Hellip;/],
    [
      'numeric reference to a control character',
      '<h1>T</h1><p>&#7;</p>',
      /the character reference &#7; is not a character a Word document can hold/,
    ],
    [
      'numeric reference to a surrogate',
      '<h1>T</h1><p>&#xD800;</p>',
      /the character reference &#xD800; is not a character/,
    ],
    ['no h1', '<h2>T</h2>', /must start with one <h1> heading/],
    ['two h1', '<h1>T</h1><h1>U</h1>', /exactly one <h1> heading/],
    ['skipped level', '<h1>T</h1><h3>U</h3>', /<h3> follows <h1>: heading levels must not be skipped, use <h2>/],
    ['empty heading', '<h1>T</h1><h2> </h2>', /<h2> is empty/],
    [
      'table without header row',
      '<h1>T</h1><table><tr><td>a</td></tr></table>',
      /must start with a header row of <th> cells/,
    ],
    [
      'ragged table',
      '<h1>T</h1><table><tr><th>a</th><th>b</th></tr><tr><td>x</td></tr></table>',
      /this row has 1 cell but the header row has 2/,
    ],
    ['mixed row', '<h1>T</h1><table><tr><th>a</th><td>b</td></tr></table>', /mixes <th> and <td>/],
    [
      'bad widths',
      '<h1>T</h1><table widths="1"><tr><th>a</th><th>b</th></tr></table>',
      /widths="1" must be 2 positive numbers/,
    ],
    ['control character', '<h1>T</h1><p>a\u0007b</p>', /control character U\+0007/],
    ['misplaced document', '<h1>T</h1><document></document>', /<document> must wrap the whole output/],
  ];
  for (const [name, markup, pattern] of cases) {
    it(`reports ${name} with the file and line`, () => {
      const err = error(markup);
      assert.match(err.message, pattern);
      assert.equal(err.location?.file, 't.hbs');
      assert.equal(typeof err.location?.line, 'number');
    });
  }

  it('maps errors to the template line through line markers, inside loops and partials', () => {
    const template = markLines('<h1>T</h1>\n{{#each items}}\n<p>{{this}}\n{{/each}}', 0).source;
    // What Handlebars would output for two items: the loop body's markers repeat.
    const lines = template.split('\n');
    const output = [lines[0], lines[2].replace('{{this}}', 'a'), lines[2].replace('{{this}}', 'b')].join('\n');
    const partial = markLines('<ul><li>x</ul>', 1).source;
    assert.equal(error(output, ['main.hbs']).message, 'main.hbs:3: <p> is never closed: add </p>');
    assert.match(
      error(`${lines[0]}\n${partial}`, ['main.hbs', 'partials/list.hbs']).message,
      /^partials\/list\.hbs:1: <\/ul> found where <\/li> was expected/,
    );
  });
});

describe('export: line markers', () => {
  it('marks lines outside mustaches only, and strips them back to the original text', () => {
    const source = 'a\n{{#if x\n  y}}b{{/if}}\n{{!-- note\n}} still a comment --}}\nc \\{{d\ne';
    const marked = markLines(source, 3);
    const markedLines = marked.source.split('\n').map((l) => l.startsWith('\u0001'));
    assert.deepEqual(markedLines, [true, true, false, true, false, true, true]);
    const stripped = stripMarkers(marked.source);
    assert.equal(stripped.text, source);
    assert.deepEqual(stripped.locate(source.indexOf('c \\')), { fileIndex: 3, line: 6 });
    assert.deepEqual(stripped.locate(0), { fileIndex: 3, line: 1 });
    assert.equal(marked.shift[1], '\u00013:1\u0002'.length);
    assert.equal(marked.shift[3], 0);
  });

  it('locates nothing before the first marker', () => {
    assert.equal(stripMarkers('plain').locate(2), null);
  });
});
