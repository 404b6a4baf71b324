// Pathological inputs (issue 5): huge, deep, hostile or oddly encoded
// documents. Each must lint in bounded time (the mocha timeout of each test is
// the bound, generous because CI machines are shared) and memory, give a clear
// diagnostic where one is due, keep every range inside the document, and
// leave every prototype untouched. CPU time and heap growth are logged.
import assert from 'node:assert/strict';
import { parseConfig } from '../../../src/core/config';
import { checkRuleIds } from '../../../src/core/config-file';
import { parseJd } from '../../../src/core/document/parse';
import { readFields } from '../../../src/core/fields';
import { getFramework } from '../../../src/core/framework/load';
import { INTERNAL_ERROR_RULE, lint, type LintResult } from '../../../src/core/lint';
import {
  assertFixAllPreservesText,
  assertFixesConverge,
  assertPrototypesClean,
  assertWellFormed,
  EXAMPLES,
} from './support';

const MB = 1024 * 1024;
const DAW = EXAMPLES.find((e) => e.name === 'drug-and-alcohol-worker.jd.md')!.text;
const FRONT = '---\ntitle: Drug and alcohol worker\nrole: drug-and-alcohol-worker\n---\n';
const DAW_STATEMENTS = getFramework()
  .roleStatements('drug-and-alcohol-worker')
  .map((e) => e.statement.text);

/** Lints `text`, checks the invariants and logs the cost. */
function lintChecked(name: string, text: string): LintResult {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = lint(text);
  const wall = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  const heap = process.memoryUsage().heapUsed - heapBefore;
  console.log(
    `      ${name}: ${(text.length / MB).toFixed(2)} MB, ${result.diagnostics.length} diagnostics, ` +
      `${((user + system) / 1000).toFixed(0)} ms CPU, ${wall.toFixed(0)} ms wall, heap +${Math.max(0, heap / MB).toFixed(0)} MB`,
  );
  const internal = result.diagnostics.find((d) => d.rule === INTERNAL_ERROR_RULE);
  assert.equal(internal, undefined, internal?.message);
  assertWellFormed(text, result.diagnostics);
  assertPrototypesClean();
  return result;
}

const rules = (result: LintResult) => new Set(result.diagnostics.map((d) => d.rule));

describe('robustness: pathological inputs', function () {
  this.timeout(60_000);

  describe('size', () => {
    it('a 10 MB document', () => {
      const body = DAW.slice(DAW.indexOf('\n---', 4) + 4);
      let text = DAW;
      while (text.length < 10 * MB) text += body;
      const result = lintChecked('10 MB', text);
      assert.equal(result.role, 'drug-and-alcohol-worker');
      // Only the first Capabilities section counts, and it is complete.
      assert.ok(!rules(result).has('missing-capabilities'));
    });

    it('100,000 framework statements as bullets in Capabilities: each repeat is a duplicate', () => {
      const bullets = Array.from({ length: 100_000 }, (_, i) => `- ${DAW_STATEMENTS[i % DAW_STATEMENTS.length]}`);
      const result = lintChecked('100,000 statement bullets', `${FRONT}\n## Capabilities\n\n${bullets.join('\n')}\n`);
      const duplicates = result.diagnostics.filter((d) => d.rule === 'duplicate-capability');
      assert.equal(duplicates.length, 100_000 - DAW_STATEMENTS.length);
      assert.ok(!rules(result).has('missing-capabilities'));
    });

    it('20,000 different unrecognised bullets in Capabilities (each one fuzzy-matched)', () => {
      const bullets = Array.from({ length: 20_000 }, (_, i) => `- able to file report number ${i} on time`);
      const result = lintChecked('20,000 other bullets', `${FRONT}\n## Capabilities\n\n${bullets.join('\n')}\n`);
      assert.equal(result.diagnostics.filter((d) => d.rule === 'unrecognised-capability').length, 20_000);
    });

    it('a 1 MB single line of prose, and the same line as one capability bullet', () => {
      let line = '';
      for (let i = 0; line.length < MB; i++) line += `${DAW_STATEMENTS[i % DAW_STATEMENTS.length]} `;
      lintChecked('1 MB paragraph line', `${FRONT}\n## About the role\n\n${line}\n`);
      const bullet = lintChecked('1 MB bullet', `${FRONT}\n## Capabilities\n\n- ${line}\n`);
      const unrecognised = bullet.diagnostics.find((d) => d.rule === 'unrecognised-capability');
      assert.ok(unrecognised, 'the giant bullet is reported as no framework statement');
      assert.equal(unrecognised.range.start.line, 7);
    });

    it('1 MB of a stigmatising word: every use is reported', () => {
      const result = lintChecked('1 MB of "addicts"', `${FRONT}\n${'addicts '.repeat(MB / 8)}\n`);
      assert.equal(result.diagnostics.filter((d) => d.rule === 'stigmatising-language').length, MB / 8);
    });

    it('a million line breaks, LF and CR', () => {
      lintChecked('1M LF', FRONT + '\n'.repeat(MB));
      lintChecked('1M CR', FRONT + '\r'.repeat(MB));
    });
  });

  describe('runs of one character (regular-expression backtracking)', () => {
    const spaces = ' '.repeat(MB);
    const cases: [string, string][] = [
      ['a body line', `${FRONT}${spaces}x\n`],
      ['a bullet', `${FRONT}## Capabilities\n\n-${spaces}x\n`],
      ['a heading', `${FRONT}#${spaces}x\n`],
      ['an unclosed jdkit directive', `${FRONT}<!-- jdkit-disable${spaces}x\n`],
      ['an unclosed comment in a bullet', `${FRONT}## Capabilities\n\n- x <!--${spaces}x\n`],
      ['a front-matter value (60 KB)', `---\ntitle:${' '.repeat(60_000)}x\n---\n`],
      ['a front-matter key (60 KB)', `---\n${' '.repeat(60_000)}x: 1\n---\n`],
    ];
    for (const [where, text] of cases)
      it(`spaces then a character in ${where}`, () => void lintChecked(`spaces in ${where}`, text));

    for (const c of ['\t', '-', '#', '`', '[', '<', '*', '>', '|', '\\']) {
      it(`1 MB of ${JSON.stringify(c)}`, () =>
        void lintChecked(`1 MB of ${JSON.stringify(c)}`, `${FRONT}## Capabilities\n\n${c.repeat(MB)}\n`));
    }
    it('100,000 comments on one bullet', () =>
      void lintChecked('comments', `${FRONT}## Capabilities\n\n- x${'<!-- a -->'.repeat(100_000)}\n`));
    it('50,000 unclosed directive openings on one line', () =>
      void lintChecked('directive openings', `${FRONT}${'<!-- jdkit-disable '.repeat(50_000)}>-->\n`));
  });

  describe('nesting', () => {
    const nested: [string, string][] = [
      ['bullet markers', '- '.repeat(10_000)],
      ['ordered markers', '1. '.repeat(10_000)],
      ['block quotes', '> '.repeat(10_000)],
      ['mixed markers', '- 1. > * '.repeat(2_500)],
    ];
    for (const [kind, prefix] of nested) {
      it(`a list nested 10,000 levels deep with ${kind}`, () => {
        const result = lintChecked(`10,000 ${kind}`, `${FRONT}## Capabilities\n\n${prefix}x\n`);
        assert.ok(result.document.capabilities);
      });
    }

    it('a list nested 1,000 levels deep by indentation (1 MB)', () => {
      const lines = Array.from(
        { length: 1000 },
        (_, i) => `${' '.repeat(2 * i)}- ${DAW_STATEMENTS[i % DAW_STATEMENTS.length]}`,
      );
      const result = lintChecked('1,000 indented levels', `${FRONT}## Capabilities\n\n${lines.join('\n')}\n`);
      // Only the outermost item is a capability bullet; the rest is nested inside it.
      assert.equal(result.document.capabilities?.bullets.length, 1);
    });

    it('50,000 headings and 20,000 domain groups', () => {
      lintChecked('50,000 headings', FRONT + '## h\n'.repeat(50_000));
      lintChecked('20,000 groups', `${FRONT}## Capabilities\n${'### h\n- able to x\n'.repeat(20_000)}`);
    });
  });

  describe('hostile front matter', () => {
    // Ten levels of nine aliases each: 9^10 (about 3.5 billion) strings if expanded.
    const laughs = ['lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++)
      laughs.push(
        `lol${i}: &lol${i} [${Array(9)
          .fill(`*lol${i - 1}`)
          .join(', ')}]`,
      );

    it('YAML "billion laughs" on an unknown field: refused with a clear message', () => {
      const result = lintChecked('billion laughs', `---\ntitle: Nurse\n${laughs.join('\n')}\n---\n`);
      const refused = result.diagnostics.filter((d) => d.rule === 'invalid-front-matter' && /aliases/.test(d.message));
      assert.ok(refused.length > 0, 'the expanding values are reported');
      assert.match(refused[0].message, /too many YAML aliases/);
    });

    it('YAML "billion laughs" as the title and the role', () => {
      const result = lintChecked(
        'billion laughs in title',
        `---\n${laughs.join('\n')}\ntitle: *lol9\nrole: *lol9\n---\n`,
      );
      const messages = result.diagnostics.filter((d) => d.rule === 'invalid-front-matter').map((d) => d.message);
      assert.ok(messages.some((m) => /too many YAML aliases/.test(m)));
    });

    it('front matter over 64 KB is not read, and says so', () => {
      const result = lintChecked('2 MB front matter', `---\ntitle: Nurse\n${'organisation: x\n'.repeat(MB / 8)}---\n`);
      assert.ok(result.diagnostics.some((d) => d.rule === 'invalid-front-matter' && /over 64 KB/.test(d.message)));
    });

    it('__proto__, constructor and prototype keys pollute nothing and are reported as unknown fields', () => {
      const text = [
        '---',
        '__proto__:',
        '  polluted: yes',
        'constructor:',
        '  prototype:',
        '    polluted: yes',
        'prototype: { polluted: yes, toString: 1 }',
        'title: { __proto__: { polluted: 1 } }',
        'role: __proto__',
        'hours: &p { __proto__: { polluted: 1 } }',
        'contract: *p',
        '---',
        '## Capabilities',
        '',
        '- __proto__',
        '- constructor',
        '- hasOwnProperty',
        '',
      ].join('\n');
      const result = lintChecked('prototype keys', text);
      const unknown = result.diagnostics
        .filter((d) => d.rule === 'unknown-field')
        .map((d) => /"([^"]+)"/.exec(d.message)?.[1]);
      assert.deepEqual(unknown.sort(), ['__proto__', 'constructor', 'prototype']);
      const invalid = result.diagnostics.filter((d) => d.rule === 'invalid-front-matter');
      assert.ok(
        invalid.some((d) => d.range.start.line === 8),
        'an object as the title is reported',
      );
      assert.ok(
        invalid.some((d) => d.range.start.line === 9),
        'role "__proto__" is reported',
      );
      const fields = readFields(parseJd(text));
      assert.equal(Object.getPrototypeOf(fields.all), null);
      assert.equal(fields.title, undefined);
      assert.equal(fields.role, undefined);
      assert.equal((fields.all as Record<string, unknown>).polluted, undefined);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });

    it('a .jdkit.json with prototype keys pollutes nothing and names each key', () => {
      const rejected = (text: string, message: RegExp) => assert.throws(() => parseConfig(text, 'c.json'), message);
      rejected('{"__proto__": {"polluted": 1}}', /c\.json: __proto__: "__proto__" cannot be used as a key/);
      rejected('{"caseload": {"__proto__": {"max": 1}}}', /caseload\.__proto__: "__proto__" cannot be used/);
      rejected('{"rules": {"__proto__": {"stigmatising-language": "off"}}}', /rules\.__proto__: /);
      rejected(
        '{"rules": {"__proto__": "off"}, "titleAliases": {"nurse": [{"__proto__": 1}]}}',
        /rules\.__proto__: .*; titleAliases\.nurse\[0\]\.__proto__: /,
      );
      // "constructor" is an ordinary key: an unknown field or rule id, reported as such.
      assert.throws(() => parseConfig('{"constructor": {}}'), /"constructor" is not a jdkit setting/);
      const config = parseConfig('{"rules": {"constructor": "off"}}');
      assert.equal(Object.getPrototypeOf(config.rules), Object.prototype);
      assert.throws(() => checkRuleIds(config, 'c.json'), /rules\.constructor: "constructor" is not a jdkit rule/);
      const result = lint(`${FRONT}We support addicts.\n`, { config });
      assert.ok(rules(result).has('stigmatising-language'));
      assertPrototypesClean();
    });
  });

  describe('encodings and control characters', () => {
    /** A real document with things to report on many lines, so ranges can be compared across encodings. */
    const sample = DAW.replace(
      '## About the role',
      '## About the role\n\nWe help addicts to get clean, and alcoholics too.',
    ).replace(/^- able to (\S+) /m, '- able to ');

    it('NUL bytes everywhere', () => {
      const text = sample.replace(/ /g, (s, offset: number) => (offset % 97 === 0 ? '\u0000' : s));
      lintChecked('NUL bytes', text);
      lintChecked('only NUL', '\u0000'.repeat(MB));
    });

    it('lone surrogates and characters outside the BMP, with fixes that never split a pair', () => {
      const text = sample
        .replace('addicts', '\uD83D addicts 😀')
        .replace('## Capabilities', '## Capabilities \uDE00')
        .replace(/Drug and alcohol worker/g, '𝔇rug and alcohol worker\uD800');
      const result = lintChecked('surrogates', text);
      assertFixesConverge(text, result);
      assertFixAllPreservesText(text, result.diagnostics);
    });

    for (const [name, eol] of [
      ['CRLF', '\r\n'],
      ['CR-only', '\r'],
    ] as const) {
      it(`${name} line endings give the same diagnostics at the same positions as LF`, () => {
        const lf = lint(sample);
        const other = lintChecked(name, sample.replace(/\n/g, eol));
        assert.ok(lf.diagnostics.length >= 4 && lf.diagnostics.some((d) => d.rule === 'modified-capability'));
        assert.deepEqual(
          other.diagnostics.map((d) => [d.rule, d.range]),
          lf.diagnostics.map((d) => [d.rule, d.range]),
        );
        assertFixesConverge(sample.replace(/\n/g, eol), other);
        assertFixAllPreservesText(sample.replace(/\n/g, eol), other.diagnostics);
      });
    }

    it('a byte-order mark changes nothing but the first line', () => {
      const lf = lint(sample);
      const bom = lintChecked('BOM', `\uFEFF${sample}`);
      assert.equal(bom.role, lf.role);
      assert.deepEqual(
        bom.diagnostics.filter((d) => d.range.start.line > 0).map((d) => [d.rule, d.range]),
        lf.diagnostics.filter((d) => d.range.start.line > 0).map((d) => [d.rule, d.range]),
      );
    });

    it('mixed line endings, form feeds, vertical tabs and other control characters', () => {
      const controls =
        Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f\u2028\u2029\u0085';
      let i = 0;
      const text = sample.replace(/\n/g, () => ['\n', '\r\n', '\r', `\n${controls}`][i++ % 4]);
      const result = lintChecked('control characters', text);
      assertFixesConverge(text, result);
    });

    it('bytes that are not text (random binary read as Latin-1)', () => {
      let seed = 2024;
      const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
      lintChecked('binary', String.fromCharCode(...Array.from({ length: 60_000 }, random)));
    });
  });
});
