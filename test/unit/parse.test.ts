import assert from 'node:assert/strict';
import { parseDirectives, suppressionChecker } from '../../src/core/document/directives';
import { isRequirement, parseJd } from '../../src/core/document/parse';
import type { Range } from '../../src/core/types';

const range = (line: number, start: number, endLine: number, end: number): Range => ({
  start: { line, character: start },
  end: { line: endLine, character: end },
});

/** The front matter fields as [name, value, keyRange, valueRange]. */
function fields(text: string) {
  const fm = parseJd(text).frontMatter;
  assert.ok(fm);
  return [...fm.fields.values()].map((f) => [f.key, f.value, f.keyRange, f.valueRange]);
}

function bullets(body: string) {
  return (
    parseJd(body).capabilities?.bullets.map((b) => ({ text: b.text, range: b.range, group: b.group?.text ?? null })) ??
    []
  );
}

describe('parseJd', () => {
  describe('front matter', () => {
    it('reads fields with the exact ranges of keys and values', () => {
      const doc = parseJd(
        '---\ntitle: "Drug and alcohol worker"\ncaseload:   35\nsalary: £28,000  # pro rata\n---\n# Heading\n',
      );
      assert.deepEqual(doc.frontMatter?.range, range(0, 0, 4, 3));
      assert.equal(doc.frontMatter?.openingLine, 0);
      assert.equal(doc.frontMatter?.closingLine, 4);
      assert.deepEqual(doc.frontMatter?.problems, []);
      assert.equal(doc.bodyStartLine, 5);
      assert.deepEqual(
        [...doc.frontMatter.fields.values()].map((f) => [f.key, f.value, f.keyRange, f.valueRange]),
        [
          ['title', 'Drug and alcohol worker', range(1, 0, 1, 5), range(1, 7, 1, 32)],
          ['caseload', 35, range(2, 0, 2, 8), range(2, 12, 2, 14)],
          ['salary', '£28,000', range(3, 0, 3, 6), range(3, 8, 3, 15)],
        ],
      );
    });

    it('gives an empty value the empty range after the colon', () => {
      assert.deepEqual(fields('---\ntitle:\nrole: nurse\n---\n')[0], [
        'title',
        null,
        range(1, 0, 1, 5),
        range(1, 6, 1, 6),
      ]);
    });

    it('handles CRLF documents: ranges exclude the CR and the line ending is detected', () => {
      const doc = parseJd('---\r\ntitle: Nurse\r\nrole: nurse\r\n---\r\n## Capabilities\r\n\r\n- able to do x\r\n');
      assert.equal(doc.lines.eol, '\r\n');
      assert.equal(doc.frontMatter?.closingLine, 3);
      assert.deepEqual(
        [...doc.frontMatter.fields.values()].map((f) => [f.key, f.value, f.valueRange]),
        [
          ['title', 'Nurse', range(1, 7, 1, 12)],
          ['role', 'nurse', range(2, 6, 2, 11)],
        ],
      );
      assert.deepEqual(doc.headings[0].textRange, range(4, 3, 4, 15));
      assert.deepEqual(doc.capabilities?.bullets[0].range, range(6, 2, 6, 14));
      assert.equal(doc.capabilities?.bullets[0].text, 'able to do x');
      assert.equal(parseJd('a\nb\r\nc\n').lines.eol, '\n');
    });

    it('counts characters in UTF-16 code units, so an emoji is two characters', () => {
      const doc = parseJd('---\ntitle: "😀 Nurse"\n😀: x\n---\n## Capabilities\n\n- 😀 able\n');
      assert.deepEqual(
        [...doc.frontMatter!.fields.values()].map((f) => [f.key, f.keyRange, f.valueRange]),
        [
          ['title', range(1, 0, 1, 5), range(1, 7, 1, 17)],
          ['😀', range(2, 0, 2, 2), range(2, 4, 2, 5)],
        ],
      );
      assert.deepEqual(doc.capabilities?.bullets[0].range, range(6, 2, 6, 9));
    });

    it('accepts a byte-order mark before the opening fence', () => {
      const doc = parseJd('\uFEFF---\ntitle: Nurse\n---\n');
      assert.deepEqual(fields('\uFEFF---\ntitle: Nurse\n---\n'), [
        ['title', 'Nurse', range(1, 0, 1, 5), range(1, 7, 1, 12)],
      ]);
      assert.equal(doc.bodyStartLine, 3);
    });

    it('reports front matter that is never closed after its last field, or on the opening fence when it has none', () => {
      const fm = parseJd('---\ntitle: Nurse\n\n# Nurse\n').frontMatter;
      assert.equal(fm?.closingLine, -1);
      assert.equal(fm?.fields.size, 0);
      assert.equal(fm?.problems.length, 1);
      assert.match(fm.problems[0].message, /never closed/);
      assert.deepEqual(fm.problems[0].range, range(1, 0, 1, 12));
      assert.deepEqual(parseJd('---\n# Nurse\n').frontMatter!.problems[0].range, range(0, 0, 0, 3));
    });

    it('reports malformed YAML it cannot explain with the range of the error and its line', () => {
      const fm = parseJd('---\ntitle: "Nurse" lead\nrole: nurse\n---\n').frontMatter!;
      assert.equal(fm.problems.length, 1);
      assert.match(fm.problems[0].message, /^Line 2: the front matter is not valid YAML: /);
      assert.deepEqual(fm.problems[0].range, range(1, 15, 1, 19));
      assert.equal(fm.problems[0].fix, undefined);
      assert.equal(fm.fields.size, 0);
    });

    it('explains a common YAML mistake on its line', () => {
      const fm = parseJd('---\ntitle: [Drug and alcohol worker\nrole: nurse\n---\n').frontMatter!;
      assert.equal(fm.problems.length, 1);
      assert.match(fm.problems[0].message, /^Line 2: the value of "title" starts with "\[", which YAML reserves/);
      assert.deepEqual(fm.problems[0].range, range(1, 0, 1, 31));
      assert.equal(fm.fields.size, 0);
    });

    it('reports YAML that is a list rather than fields', () => {
      const fm = parseJd('---\n- title\n- role\n---\n').frontMatter!;
      assert.deepEqual(
        fm.problems.map((p) => p.message),
        ['The front matter must be a list of "field: value" lines.'],
      );
      assert.equal(fm.problems[0].range.start.line, 1);
    });

    it('reports duplicate keys on the second one', () => {
      const fm = parseJd('---\ntitle: a\ntitle: b\n---\n').frontMatter!;
      assert.equal(fm.problems.length, 1);
      assert.equal(fm.problems[0].message, 'Line 3: the field "title" is given twice. Keep one of them.');
      assert.equal(fm.problems[0].range.start.line, 2);
    });

    it('treats __proto__ and constructor as ordinary field names without touching Object.prototype', () => {
      const fm = parseJd('---\n__proto__: { polluted: yes }\nconstructor: x\ntitle: t\n---\n').frontMatter!;
      assert.deepEqual([...fm.fields.keys()], ['__proto__', 'constructor', 'title']);
      assert.deepEqual(fm.fields.get('__proto__')?.value, { polluted: 'yes' });
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    });

    it('stops "billion laughs" alias expansion with a problem on the value', () => {
      let yaml = 'title: t\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
      for (let i = 1; i < 10; i++) {
        const name = String.fromCharCode(97 + i);
        const previous = String.fromCharCode(96 + i);
        yaml += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
      }
      const fm = parseJd(`---\n${yaml}---\n`).frontMatter!;
      assert.ok(fm.problems.length > 0);
      assert.match(fm.problems[0].message, /too many YAML aliases/);
      assert.equal(fm.fields.get('title')?.value, 't');
      assert.equal(fm.fields.has('j'), false);
    });

    it('returns null front matter for none, an empty string and binary-looking text', () => {
      for (const text of ['# Nurse\n\ntitle: x\n', '', '\u0000\u0001\u0000---\n\u0000', ' ---\ntitle: x\n---\n']) {
        const doc = parseJd(text);
        assert.equal(doc.frontMatter, null, JSON.stringify(text));
        assert.equal(doc.bodyStartLine, 0);
      }
      const empty = parseJd('');
      assert.equal(empty.lines.lineCount, 1);
      assert.deepEqual(empty.headings, []);
      assert.equal(empty.capabilities, null);
    });

    it('reads a front matter it has just read again from memory, whatever the body, and a changed one anew', () => {
      const head = '---\ntitle: Nurse\nrole: nurse\n---\n';
      const first = parseJd(`${head}## Main duties\n\n- Key work.\n`).frontMatter;
      const again = parseJd(`${head}## Capabilities\n\n- able to do x\n`).frontMatter;
      assert.equal(again, first);
      const changed = parseJd(`${head.replace('Nurse', 'Senior nurse')}## Main duties\n`).frontMatter;
      assert.notEqual(changed, first);
      assert.equal(changed?.fields.get('title')?.value, 'Senior nurse');
      // The same fields with other line endings are another text, whose ranges may differ.
      const crlf = parseJd(head.replace(/\n/g, '\r\n')).frontMatter;
      assert.notEqual(crlf, first);
      assert.equal(crlf?.closingLine, 3);
    });

    it('reads front matter that is never closed anew, as where it ends depends on the lines after it', () => {
      const open = '---\ntitle: Nurse\nrole: nurse\n';
      const fixAt = (text: string) => parseJd(text).frontMatter?.problems[0].fix?.edits[0].range.start.line;
      assert.equal(fixAt(`${open}\n# Nurse\n`), 2);
      assert.equal(fixAt(`${open}setting: community\n\n# Nurse\n`), 3);
    });

    it('reads none of the front matter as Markdown, and the body with the document’s line numbers', () => {
      // LF, CRLF and NUL texts: the body is parsed from the document's own text, or from a copy of it.
      const lf =
        '---\n# a YAML comment\ntitle: Nurse\nnotes: |\n  - not a duty\n---\n## Capabilities\n\n- able to do x\n';
      for (const text of [lf, lf.replace(/\n/g, '\r\n'), `${lf}\n- a\u0000b\n`]) {
        const doc = parseJd(text);
        assert.deepEqual(
          doc.headings.map((h) => [h.line, h.text]),
          [[6, 'Capabilities']],
          JSON.stringify(text),
        );
        assert.deepEqual(doc.duties, []);
        assert.deepEqual(
          doc.capabilities?.bullets.slice(0, 1).map((b) => [b.startLine, b.text]),
          [[8, 'able to do x']],
        );
      }
    });
  });

  describe('headings and sections', () => {
    it('reads ATX and setext headings with the range of their text', () => {
      const doc = parseJd('Job title\n=========\n\nCapabilities\n------------\n\n- one\n\n## About  us ##\n');
      assert.deepEqual(
        doc.headings.map((h) => [h.level, h.text, h.line, h.textRange]),
        [
          [1, 'Job title', 0, range(0, 0, 0, 9)],
          [2, 'Capabilities', 3, range(3, 0, 3, 12)],
          [2, 'About  us', 8, range(8, 3, 8, 12)],
        ],
      );
      assert.deepEqual(
        doc.sections.map((s) => [s.heading.text, s.startLine, s.endLine]),
        [
          ['Capabilities', 4, 8],
          ['About  us', 9, 10],
        ],
      );
      assert.deepEqual(bullets('Capabilities\n------------\n\n- one\n'), [
        { text: 'one', range: range(3, 2, 3, 5), group: null },
      ]);
    });

    it('joins the lines of a setext heading that runs over several', () => {
      assert.deepEqual(
        parseJd('Drug and\n  alcohol worker\n===\n').headings.map((h) => [h.text, h.textRange]),
        [['Drug and alcohol worker', range(0, 0, 0, 8)]],
      );
    });

    it('finds the Capabilities section by its heading, with common qualifiers', () => {
      assert.equal(parseJd('## Key capabilities\n- a\n').capabilities?.bullets.length, 1);
      assert.equal(parseJd('## Core Capabilities\n- a\n').capabilities?.bullets.length, 1);
      assert.equal(parseJd('## Skills\n- a\n').capabilities, null);
      assert.equal(parseJd('# Capabilities\n- a\n').capabilities, null);
    });
  });

  describe('capability bullets', () => {
    it('joins a multi-line bullet and ends its range at the end of the last text line', () => {
      assert.deepEqual(
        bullets('## Capabilities\n\n- able to assess\n  needs and  \n  risks\n\n  A second paragraph.\n- next\n'),
        [
          { text: 'able to assess needs and risks', range: range(2, 2, 4, 7), group: null },
          { text: 'next', range: range(7, 2, 7, 6), group: null },
        ],
      );
    });

    it('collapses tabs, non-breaking spaces and runs of spaces in a one-line item to single spaces', () => {
      assert.deepEqual(
        bullets('## Capabilities\n\n- a\ttab\n- a\u00a0no-break space\n- two  spaces\n- one space each\n').map(
          (b) => b.text,
        ),
        ['a tab', 'a no-break space', 'two spaces', 'one space each'],
      );
    });

    it('does not count nested bullets', () => {
      const found = bullets('## Capabilities\n\n- parent\n  - child\n    - grandchild\n- sibling\n');
      assert.deepEqual(
        found.map((b) => b.text),
        ['parent', 'sibling'],
      );
      assert.deepEqual(found[0].range, range(2, 2, 2, 8));
    });

    it('accepts *, + and numbered markers, starting the range after the marker', () => {
      assert.deepEqual(
        bullets('## Capabilities\n\n* star\n\n+ plus\n\n1. one\n2) two\n10. ten\n').map((b) => [
          b.text,
          b.range.start.character,
        ]),
        [
          ['star', 2],
          ['plus', 2],
          ['one', 3],
          ['two', 3],
          ['ten', 4],
        ],
      );
    });

    it('ignores bullets outside the Capabilities section and assigns ### groups', () => {
      const text =
        '- before\n\n## Capabilities\n\n- ungrouped\n\n### Assessment\n\n- a1\n- a2\n\n### Care planning\n\n- c1\n\n## Benefits\n\n- pension\n';
      assert.deepEqual(
        bullets(text).map((b) => [b.text, b.group]),
        [
          ['ungrouped', null],
          ['a1', 'Assessment'],
          ['a2', 'Assessment'],
          ['c1', 'Care planning'],
        ],
      );
      assert.deepEqual(
        parseJd(text).capabilities?.groups.map((g) => [g.text, g.line]),
        [
          ['Assessment', 6],
          ['Care planning', 11],
        ],
      );
    });

    it('strips HTML comments from the text and ends the range before a trailing comment', () => {
      const [bullet] = bullets(
        '## Capabilities\n\n- able to <!-- note --> assess risk <!-- jdkit-disable-line modified-capability -->\n',
      );
      assert.doesNotMatch(bullet.text, /<!--|-->|note/);
      assert.match(bullet.text, /^able to\s+assess risk$/);
      assert.deepEqual(bullet.range, range(2, 2, 2, 35));
    });

    it('ignores lists inside code blocks', () => {
      assert.deepEqual(bullets('## Capabilities\n\n```\n- not a bullet\n```\n\n    - indented code\n'), []);
    });
  });

  describe('duties', () => {
    const body = [
      '---',
      'title: t',
      '---',
      '- before any heading',
      '',
      '# Job description',
      '',
      '- under the title',
      '',
      '## About the role',
      '',
      '- role bullet',
      '',
      '## Main duties',
      '',
      '- duty one',
      '  - nested note',
      '- duty two',
      '  over two lines',
      '',
      '### Casework',
      '',
      '1. numbered duty',
      '',
      '## Person specification',
      '',
      '- criterion',
      '',
      '## Essential criteria',
      '',
      '- essential',
      '',
      '## Capabilities',
      '',
      '- capability',
      '',
      '## About us',
      '',
      '- employer',
      '',
      '## Benefits',
      '',
      '- pension',
      '',
      '## How to apply',
      '',
      '- apply online',
      '',
      '## Supervision and support',
      '',
      '- monthly supervision',
      '',
      '## Terms',
      '',
      '- permanent',
      '',
      '## What will I get?',
      '',
      '- 27 days’ annual leave',
      '',
      '## Who we are',
      '',
      '- a charity',
    ].join('\n');

    it('holds the top-level bullets of the duties, person specification and text before any section', () => {
      const doc = parseJd(body);
      assert.deepEqual(
        doc.duties.map((b) => [b.text, b.section?.text ?? null]),
        [
          ['before any heading', null],
          ['under the title', null],
          ['role bullet', 'About the role'],
          ['duty one', 'Main duties'],
          ['duty two over two lines', 'Main duties'],
          ['numbered duty', 'Main duties'],
          ['criterion', 'Person specification'],
          ['essential', 'Essential criteria'],
        ],
      );
      assert.deepEqual(doc.duties[4].range, range(17, 2, 18, 16));
      assert.equal(doc.duties[4].group, null);
    });

    it('leaves out nested bullets and the bullets of Capabilities and of sections about the employer, terms, supervision and applying', () => {
      const texts = parseJd(body).duties.map((b) => b.text);
      for (const text of [
        'nested note',
        'capability',
        'employer',
        'pension',
        'apply online',
        'monthly supervision',
        'permanent',
      ]) {
        assert.ok(!texts.includes(text), text);
      }
    });

    it('gives capability bullets their section heading too', () => {
      const [capability] = parseJd(body).capabilities!.bullets;
      assert.equal(capability.text, 'capability');
      assert.equal(capability.section?.text, 'Capabilities');
    });

    it('ends a section at a level-1 heading: bullets after it belong to no section', () => {
      const doc = parseJd('## Benefits\n\n- pension\n\n# Another part\n\n- after\n');
      assert.deepEqual(
        doc.duties.map((b) => [b.text, b.section]),
        [['after', null]],
      );
    });

    it('finds none in the front matter or in code blocks', () => {
      assert.deepEqual(parseJd('---\ntitle: t\nnotes:\n  - a YAML item\n---\n## Main duties\n\nText.\n').duties, []);
      assert.deepEqual(parseJd('## Main duties\n\n```\n- code\n```\n').duties, []);
      assert.deepEqual(parseJd('').duties, []);
    });
  });

  describe('isRequirement', () => {
    it('is true for the bullets of a person specification or essential criteria only', () => {
      const doc = parseJd(
        '- loose\n\n## Main duties\n\n- duty\n\n## Person specification\n\n- criterion\n\n## Essential criteria\n\n- essential\n\n## Desirable criteria\n\n- desirable\n',
      );
      assert.deepEqual(
        doc.duties.map((b) => [b.text, isRequirement(b)]),
        [
          ['loose', false],
          ['duty', false],
          ['criterion', true],
          ['essential', true],
          ['desirable', true],
        ],
      );
      assert.equal(isRequirement(parseJd('## Capabilities\n\n- cap\n').capabilities!.bullets[0]), false);
    });

    it('reads the headings the Word import takes for a person specification as one', () => {
      for (const heading of [
        'What we are looking for',
        'Who we’re looking for',
        'About you',
        'Qualifications',
        'What will you bring?',
      ]) {
        const [bullet] = parseJd(`## ${heading}\n\n- A full driving licence\n`).duties;
        assert.equal(isRequirement(bullet), true, heading);
      }
    });
  });

  describe('block structure', () => {
    it('reads the same structure with LF, CRLF and CR line endings, NUL characters and a byte-order mark', () => {
      const lf =
        '---\ntitle: t\n---\n# Job\n\n## Capabilities\n\n### Domain 1\n\n- one\n- two\u0000three\n\n## Terms\n';
      const shape = (text: string) => {
        const doc = parseJd(text);
        return {
          headings: doc.headings.map((h) => [h.line, h.text]),
          bullets: doc.capabilities?.bullets.map((b) => [b.range, b.group?.text]),
        };
      };
      const expected = shape(lf);
      assert.equal(expected.headings.length, 4);
      assert.equal(expected.bullets?.length, 2);
      assert.deepEqual(shape(lf.replace(/\n/g, '\r\n')), expected);
      assert.deepEqual(shape(lf.replace(/\n/g, '\r')), expected);
      assert.deepEqual(shape(`\uFEFF${lf}`), expected);
    });

    it('finds no body when the front matter runs to the last line', () => {
      for (const text of ['---\n# a YAML comment\ntitle: t\n---', '---\ntitle: t\n---\n']) {
        const doc = parseJd(text);
        assert.deepEqual(doc.headings, [], text);
        assert.equal(doc.frontMatter?.fields.get('title') !== undefined, true);
      }
      assert.deepEqual(parseJd('---\ntitle: t\n---').headings, []);
      assert.deepEqual(
        parseJd('\uFEFF# Heading').headings.map((h) => h.text),
        ['Heading'],
      );
    });
  });

  describe('directives', () => {
    it('reads all four kinds, with and without rule ids, outside the front matter only', () => {
      const text = [
        '---',
        'title: "<!-- jdkit-disable -->"',
        '---',
        '<!-- jdkit-disable -->',
        '<!-- jdkit-enable vague-title, unknown-title -->',
        'Text <!--jdkit-disable-next-line stigmatising-language--> more',
        '- bullet <!-- jdkit-disable-line modified-capability duplicate-capability -->',
      ].join('\n');
      const directives = parseJd(text).directives;
      assert.deepEqual(
        directives.map((d) => [d.kind, d.rules, d.line]),
        [
          ['disable', [], 3],
          ['enable', ['vague-title', 'unknown-title'], 4],
          ['disable-next-line', ['stigmatising-language'], 5],
          ['disable-line', ['modified-capability', 'duplicate-capability'], 6],
        ],
      );
      assert.deepEqual(directives[2].range, range(5, 5, 5, 57));
    });

    it('does not mistake similar comments for directives', () => {
      assert.deepEqual(
        parseJd('<!-- jdkit-disabled -->\n<!-- jdkit disable -->\n<!-- eslint-disable -->\n').directives,
        [],
      );
    });

    describe('suppressionChecker', () => {
      const check = (...lines: string[]) => {
        const doc = parseJd(lines.join('\n'));
        return suppressionChecker(parseDirectives(doc.lines, 0));
      };

      it('suppresses nothing without directives', () => {
        assert.equal(check('text')('any-rule', 0), false);
      });

      it('disable switches rules off from its own line to an enable', () => {
        const suppressed = check('a', '<!-- jdkit-disable -->', 'b', '<!-- jdkit-enable -->', 'c');
        assert.deepEqual(
          [0, 1, 2, 3, 4].map((line) => suppressed('rule-a', line)),
          [false, true, true, false, false],
        );
      });

      it('applies rule ids: enabling one rule leaves the others off', () => {
        const suppressed = check('<!-- jdkit-disable rule-a rule-b -->', '<!-- jdkit-enable rule-a -->', 'x');
        assert.equal(suppressed('rule-a', 2), false);
        assert.equal(suppressed('rule-b', 2), true);
        assert.equal(suppressed('rule-c', 0), false);
        const allButOne = check('<!-- jdkit-disable -->', '<!-- jdkit-enable rule-a -->', 'x');
        assert.equal(allButOne('rule-a', 2), false);
        assert.equal(allButOne('rule-b', 2), true);
      });

      it('disable-next-line and disable-line affect exactly one line', () => {
        const suppressed = check('<!-- jdkit-disable-next-line rule-a -->', 'x', 'y <!-- jdkit-disable-line -->', 'z');
        assert.deepEqual(
          [0, 1, 2, 3].map((line) => suppressed('rule-a', line)),
          [false, true, true, false],
        );
        assert.deepEqual(
          [0, 1, 2, 3].map((line) => suppressed('rule-b', line)),
          [false, false, true, false],
        );
      });

      it('disable-line works inside a region that was enabled again', () => {
        const suppressed = check(
          '<!-- jdkit-disable rule-a -->',
          '<!-- jdkit-enable rule-a -->',
          'x <!-- jdkit-disable-line rule-a -->',
        );
        assert.equal(suppressed('rule-a', 2), true);
      });
    });
  });

  describe('robustness', () => {
    it('parses a 1 MB single line', () => {
      const line = 'able to '.repeat(131072);
      const doc = parseJd(`---\ntitle: t\n---\n## Capabilities\n\n- ${line}\n`);
      assert.equal(doc.capabilities?.bullets.length, 1);
      assert.equal(doc.capabilities?.bullets[0].text, line.trim());
      assert.doesNotThrow(() => parseJd(line));
      assert.doesNotThrow(() => parseJd('<!-- '.repeat(200000)));
    });

    it('parses 100,000 bullets', () => {
      const list = Array.from({ length: 100000 }, (_, i) => `- capability ${i}`).join('\n');
      const doc = parseJd(`---\ntitle: t\n---\n## Capabilities\n\n${list}\n`);
      assert.equal(doc.capabilities?.bullets.length, 100000);
      assert.equal(doc.capabilities?.bullets[99999].text, 'capability 99999');
      assert.deepEqual(doc.capabilities?.bullets[99999].range, range(100004, 2, 100004, 18));
    });
  });
});
