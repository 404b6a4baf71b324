import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROLE_IDS } from '../../../src/core/framework/schema';
import { TextLines } from '../../../src/core/document/text-lines';
import { RULE_BY_ID } from '../../../src/core/rules';
import { newJobDescription, PLACEHOLDER } from '../../../src/core/scaffold';
import type { Range } from '../../../src/core/types';
import { jd, runRule } from '../helpers';

const ID = 'placeholder-text';
const worker = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };
const run = (text: string) => runRule(ID, text);
const at = (line: number, start: number, endLine: number, end: number): Range => ({
  start: { line, character: start },
  end: { line: endLine, character: end },
});
/** The placeholders a body reports, by their text. */
const reported = (body: string) => run(jd(worker, body)).map((d) => d.data?.placeholder);
const EXAMPLES = path.resolve(__dirname, '..', '..', '..', '..', 'examples');

describe('placeholder-text', () => {
  it('names the front-matter field that is still a placeholder, with the exact range of the value', () => {
    const text = jd({ ...worker, closing_date: '[Closing date]' });
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.range, at(3, 15, 3, 29));
    assert.match(
      d.message,
      /^The field "closing_date" is still a placeholder: "\[Closing date\]"\. Fill in the real value, or remove the field, before .*workforce plan \(6\.18\)/,
    );
    assert.deepEqual(d.data, { placeholder: '[Closing date]', field: 'closing_date' });
    assert.equal(d.fixes, undefined, 'only a person can fill it in');
  });

  it('says a field that only contains a stand-in still contains one, and reads unquoted YAML values', () => {
    const text = [
      '---',
      'title: Drug and alcohol worker',
      'salary: £XX,XXX a year',
      'contract: [Permanent or fixed term]',
      'interview_date: TBC',
      '---',
      '',
    ].join('\n');
    const diagnostics = run(text);
    assert.deepEqual(
      diagnostics.map((d) => [d.data?.field, d.range]),
      [
        ['salary', at(2, 8, 2, 15)],
        ['contract', at(3, 10, 3, 35)],
        ['interview_date', at(4, 16, 4, 19)],
      ],
    );
    assert.match(diagnostics[0].message, /^The field "salary" still contains a placeholder: "£XX,XXX"\./);
    assert.match(
      diagnostics[1].message,
      /^The field "contract" is still a placeholder: "\[Permanent or fixed term\]"\./,
    );
    assert.match(diagnostics[2].message, /^The field "interview_date" is still a placeholder: "TBC"\./);
  });

  it('quotes a placeholder in the body and says to replace or delete it', () => {
    const text = jd(worker, '## About the role\n\n[Describe the post, the team and the service…]\n');
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.deepEqual(d.range, at(6, 0, 6, 46));
    assert.match(
      d.message,
      /^"\[Describe the post, the team and the service…\]" is placeholder text\. Replace it with the real text, or delete it, before the job description is published: the workforce plan \(6\.18\) asks that adverts match the job\.$/,
    );
    assert.equal(d.data?.field, undefined);
  });

  it('reports brackets whose words are an instruction or a blank, inside a sentence', () => {
    assert.deepEqual(reported('Join [Organisation name] in <insert town> from {closing date} or {{Start date}}.\n'), [
      '[Organisation name]',
      '<insert town>',
      '{closing date}',
      '{{Start date}}',
    ]);
    assert.deepEqual(reported('Pay is [add salary] for [Hours], [e.g. 37.5 hours] and [your pension details].\n'), [
      '[add salary]',
      '[Hours]',
      '[e.g. 37.5 hours]',
      '[your pension details]',
    ]);
    assert.deepEqual(reported('We work across [the towns we cover...] with partners.\n'), ['[the towns we cover...]']);
  });

  it('reports a bracket that stands alone on its line, bullet, heading or table cell, or after a label', () => {
    assert.deepEqual(reported('- [Another main duty]\n'), ['[Another main duty]']);
    assert.deepEqual(reported('1. [The first thing you will do].\n'), ['[The first thing you will do]']);
    assert.deepEqual(reported('## [Section heading]\n'), ['[Section heading]']);
    assert.deepEqual(reported('> [A quotation from a person we support]\n'), [
      '[A quotation from a person we support]',
    ]);
    assert.deepEqual(reported('| Benefit | Detail |\n| --- | --- |\n| Leave | [Days a year] |\n'), ['[Days a year]']);
    assert.deepEqual(reported('**Reports to:** [Team leader]\n'), ['[Team leader]']);
    assert.deepEqual(reported('- [ ] [Check with HR]\n'), ['[Check with HR]']);
  });

  it('leaves the brackets of a list its field takes, and still reads the items', () => {
    const withField = (line: string) =>
      ['---', 'title: Drug and alcohol worker', 'role: drug-and-alcohol-worker', line, '---', ''].join('\n');
    // The README's own example: a YAML flow sequence of statement ids.
    assert.deepEqual(run(withField('essential_capabilities: [DAW-1-02, DAW-2-06]')), []);
    assert.deepEqual(
      run(withField('essential_capabilities: [Insert the statement ids]')).map((d) => d.data),
      [{ placeholder: '[Insert the statement ids]', field: 'essential_capabilities' }],
    );
    // Not a list its field takes: a placeholder typed without quotes, which YAML reads as a list of one.
    assert.deepEqual(
      run(withField('organisation: [Northmere]')).map((d) => d.data),
      [{ placeholder: '[Northmere]', field: 'organisation' }],
    );
  });

  it('reports stand-ins as whole words, not inside other words', () => {
    assert.deepEqual(
      reported(
        'Interviews TBC; start tba; hours TBD. XX hours at £XX,XXX or £X per hour from xx/xx/xxxx or dd/mm/yyyy.\n',
      ),
      ['TBC', 'tba', 'TBD', 'XX', '£XX,XXX', '£X', 'xx/xx/xxxx', 'dd/mm/yyyy'],
    );
    assert.deepEqual(reported('Lorem ipsum dolor sit amet.\n'), ['Lorem ipsum']);
    assert.deepEqual(reported('TBCs, XXL, Xavier, Box X, £XXL and LoremIpsum are words.\n'), []);
  });

  it('finds the stand-ins that only Unicode case folding or backtracking reveals', () => {
    // The long s folds to "s" case-insensitively; "XX,XXa" still holds "XX" before the comma.
    assert.deepEqual(reported('Lorem ip\u017fum dolor.\n'), ['Lorem ip\u017fum']);
    assert.deepEqual(reported('Up to XX,XXa a year.\n'), ['XX']);
    assert.deepEqual(reported('\u00e9TBC and TBC\u00e9 are words.\n'), []);
  });

  it('reports a stand-in inside a placeholder once, as the placeholder', () => {
    assert.deepEqual(reported('Salary: [TBC]\n'), ['[TBC]']);
  });

  it('leaves links, reference links, images, task boxes, footnotes and elisions alone', () => {
    const body = [
      'Read [your rights at work](https://example.org/xx/TBC) and [Add to calendar][cal], [Name][], [Enter the site].',
      '![Insert logo](logo.png)',
      '',
      '- [ ] Done',
      '- [x] Also done',
      '- [X] Checked',
      '- [ ]',
      '- [x]',
      '',
      '> […]',
      '',
      'As the guidance says [1], and [^2], "we [...] support families" [sic] [emphasis added].',
      'Section 17 [of the Children Act 1989] applies.',
      'Write to <https://example.org/TBC> or <jobs@example.org>; a line<br>break; <span class="x">text</span>.',
      'Our <address>1 High Street</address>, <address class="postal">Leeds</address>, <select name="pay">.',
      'Email xx@example.org or see www.example.org/xx.',
      '',
      '[cal]: https://example.org/calendar',
      '[Enter the site]: https://example.org',
      '[^2]: A footnote.',
      '',
    ].join('\n');
    assert.deepEqual(reported(body), []);
  });

  it('leaves code spans, fenced code, HTML comments and jdkit directives alone', () => {
    const body = [
      'Use `[Organisation name]` and ``TBC ` XX`` in templates.',
      '',
      '```',
      '[Organisation name] TBC',
      '```',
      '',
      '<!-- [Describe the post] TBC -->',
      '<!-- jdkit-disable-next-line placeholder-text -->',
      '<!--',
      '[Closing date]',
      '-->',
      '',
    ].join('\n');
    assert.deepEqual(reported(body), []);
    // Each construct alone is what protects its text: unwrapped, the same text is reported.
    assert.deepEqual(reported('Use [Organisation name] and TBC in templates.\n'), ['[Organisation name]', 'TBC']);
  });

  it('keeps exact UTF-16 ranges with CRLF line breaks, emoji and a placeholder over two lines', () => {
    const text = jd(
      { ...worker, organisation: '[Organisation name]' },
      '## About 🌟\n\n🙂 Join [Describe\nthe team…] by XX.\n',
    ).replace(/\n/g, '\r\n');
    assert.deepEqual(
      run(text).map((d) => [d.data?.placeholder, d.range]),
      [
        ['[Organisation name]', at(3, 15, 3, 34)],
        ['[Describe\r\nthe team…]', at(7, 8, 8, 10)],
        ['XX', at(8, 14, 8, 16)],
      ],
    );
  });

  describe('on the scaffold and the examples', () => {
    /** Offsets [start, end) of every [bracketed placeholder] the scaffold wrote outside its HTML comments. */
    const bracketsIn = (text: string) =>
      [...text.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length)).matchAll(/\[[^\]]*\]/g)].map((m) => [
        m.index,
        m.index + m[0].length,
      ]);

    for (const role of ROLE_IDS) {
      for (const eol of ['\n', '\r\n'] as const) {
        it(`reports every placeholder of a new ${role} job description, and nothing else (${JSON.stringify(eol)})`, () => {
          const text = newJobDescription({ role, eol });
          const lines = new TextLines(text);
          const expected = bracketsIn(text);
          assert.ok(expected.length >= 13, 'the scaffold writes its placeholders');
          const actual = run(text).map((d) => [lines.offsetAt(d.range.start), lines.offsetAt(d.range.end)]);
          assert.deepEqual(actual, expected);
          for (const value of Object.values(PLACEHOLDER))
            assert.ok(
              run(text).some((d) => d.data?.placeholder === value),
              value,
            );
        });
      }
    }

    it('reports no organisation placeholder once the organisation is given', () => {
      const text = newJobDescription({
        role: 'senior-drug-and-alcohol-worker',
        population: 'children-and-young-people',
        organisation: 'Acme [Recovery] Ltd',
      });
      assert.equal(run(text).filter((d) => d.data?.field === 'organisation').length, 0);
    });

    it('reports nothing in the 11 examples, which are finished documents', () => {
      const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.jd.md'));
      assert.equal(files.length, 11);
      for (const file of files) assert.deepEqual(run(readFileSync(path.join(EXAMPLES, file), 'utf8')), [], file);
    });
  });

  it('is registered as a warning with the plan 6.18 source and no fix', () => {
    const rule = RULE_BY_ID.get(ID)!;
    assert.equal(rule.defaultSeverity, 'warning');
    assert.deepEqual(rule.fixesOffered, []);
    assert.deepEqual(
      rule.sources.map((s) => `${s.document} ${s.ref}`),
      ['plan 6.18'],
    );
  });
});
