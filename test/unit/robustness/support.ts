// Generators and invariant checks shared by the robustness tests: the
// properties every lint result must have whatever text it was given.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { TextLines } from '../../../src/core/document/text-lines';
import { FIELD_SPECS } from '../../../src/core/fields';
import { planFixAll } from '../../../src/core/fix-all';
import { getFramework } from '../../../src/core/framework/load';
import { ROLE_IDS, SETTINGS } from '../../../src/core/framework/schema';
import { lint, type LintResult } from '../../../src/core/lint';
import { roleTitles } from '../../../src/core/title';
import type { Diagnostic, Position, Range, TextEdit } from '../../../src/core/types';
import { applyEdits } from '../../../src/core/edits/apply-edits';

/** fast-check's seed can be pinned to replay a failure: JDKIT_FC_SEED=<seed printed in the failure>. */
export const FC_SEED = process.env.JDKIT_FC_SEED ? Number(process.env.JDKIT_FC_SEED) : undefined;
/** For a long hunt outside CI: JDKIT_FC_SCALE=20 tries twenty times as many cases. */
const SCALE = Math.max(1, Number(process.env.JDKIT_FC_SCALE) || 1);

export function assertProperty<Ts extends [unknown, ...unknown[]]>(
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (...args: Ts) => void,
  numRuns: number,
): void {
  fc.assert(fc.property(...arbitraries, predicate), { numRuns: Math.round(numRuns * SCALE), seed: FC_SEED });
}

const repoRoot = path.resolve(__dirname, '../../../..');
export const EXAMPLES: readonly { name: string; text: string }[] = readdirSync(path.join(repoRoot, 'examples'))
  .filter((f) => f.endsWith('.jd.md'))
  .sort()
  .map((name) => ({ name, text: readFileSync(path.join(repoRoot, 'examples', name), 'utf8') }));

const framework = getFramework();
export const STATEMENT_TEXTS: readonly string[] = [...new Set(framework.allStatements.map((s) => s.statement.text))];
const DOMAIN_NAMES = [...new Set(framework.capabilityRoles.flatMap((r) => r.domains.map((d) => d.name)))];
const TITLES = framework.titles.roles.flatMap(roleTitles);
const STIGMA_PHRASES = framework.stigma.terms.flatMap((t) => t.phrases);
const FIELD_NAMES = FIELD_SPECS.map((f) => f.name);

/** Keys that pollute prototypes when a parser assigns them onto a plain object. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

// ---------------------------------------------------------------- generators

/** Any text, including lone surrogates, NUL and every kind of line break. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  // Text made of the characters that drive the parser's structure.
  fc
    .array(
      fc.constantFrom(
        '---',
        '\n',
        '\r\n',
        '\r',
        '#',
        '## ',
        '### ',
        '- ',
        '* ',
        '1. ',
        '  ',
        '\t',
        ':',
        '>',
        '`',
        '```',
        '<!--',
        '-->',
        'capabilities',
        'title',
        'x',
        '\uFEFF',
        '\u0000',
        '\uD83D',
        '\uDE00',
      ),
      { maxLength: 200 },
    )
    .map((parts) => parts.join('')),
);

/** Plain data of any shape, with the field names and prototype keys in the mix. */
const yamlKey = fc.oneof(fc.constantFrom(...FIELD_NAMES, ...PROTOTYPE_KEYS), fc.string({ maxLength: 12 }));
const yamlValue = fc.oneof(
  fc.anything({ key: yamlKey, maxDepth: 3, maxKeys: 4, withNullPrototype: true, withBigInt: false }),
  fc.constantFrom(
    ...ROLE_IDS,
    ...SETTINGS,
    ...TITLES.slice(0, 40),
    'adults',
    'children-and-young-people',
    'paid',
    'volunteer',
  ),
  fc.integer({ min: -5, max: 200 }),
);

/** Front matter rendered with the yaml library from arbitrary objects. */
export const anyFrontMatter = fc.dictionary(yamlKey, yamlValue, { maxKeys: 8 }).map((fields) => {
  try {
    return stringify(fields);
  } catch {
    return 'title: x\n';
  }
});

/** A framework statement, sometimes lightly edited the way people edit them. */
const statementBullet = fc
  .tuple(
    fc.constantFrom(...STATEMENT_TEXTS),
    fc.constantFrom('as-is', 'upper', 'drop-word', 'add-words', 'punctuate', 'swap-words'),
    fc.nat(),
  )
  .map(([text, edit, n]) => {
    const words = text.split(' ');
    const i = n % words.length;
    switch (edit) {
      case 'upper':
        return text.toUpperCase();
      case 'drop-word':
        return words.filter((_, j) => j !== i).join(' ');
      case 'add-words':
        return [...words.slice(0, i), 'where appropriate', ...words.slice(i)].join(' ');
      case 'punctuate':
        return `“${text}”;`;
      case 'swap-words':
        return i + 1 < words.length
          ? [...words.slice(0, i), words[i + 1], words[i], ...words.slice(i + 2)].join(' ')
          : text;
      default:
        return text;
    }
  });

const sentence = fc.oneof(
  fc.constantFrom(
    'You will hold a caseload of people who use drugs and/or alcohol.',
    'Monthly clinical supervision of at least 60 minutes is provided.',
    'You must be registered with the Nursing and Midwifery Council.',
    'Volunteers will deliver clinical interventions and prescribe medication.',
    'We offer safeguarding supervision and supportive supervision.',
  ),
  fc.constantFrom(...STIGMA_PHRASES).map((p) => `We support ${p} in the community.`),
  fc.string({ unit: 'grapheme-ascii', maxLength: 80 }),
);

const bulletLine = fc
  .tuple(
    fc.constantFrom('- ', '* ', '+ ', '1. ', '  - ', '    - ', '-\t'),
    fc.oneof({ weight: 3, arbitrary: statementBullet }, { weight: 1, arbitrary: sentence }),
  )
  .map(([marker, text]) => marker + text);

const section = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('## About the role', '## Main duties', '## Supervision and support', '## Person specification'),
      fc.array(sentence, { maxLength: 4 }),
    )
    .map(([h, ps]) => [h, '', ...ps.flatMap((p) => [p, ''])]),
  fc
    .tuple(
      fc.constantFrom('## Capabilities', '## Key capabilities', '## capabilities'),
      fc.array(fc.tuple(fc.option(fc.constantFrom(...DOMAIN_NAMES)), fc.array(bulletLine, { maxLength: 12 })), {
        maxLength: 5,
      }),
    )
    .map(([h, groups]) => [
      h,
      '',
      ...groups.flatMap(([domain, bullets]) => [...(domain ? [`### ${domain}`, ''] : []), ...bullets, '']),
    ]),
);

/** A job description: front matter from the real fields, then generated Markdown sections. */
export const anyJobDescription = fc
  .tuple(
    fc.record(
      {
        title: fc.oneof(fc.constantFrom(...TITLES), fc.string({ maxLength: 30 })),
        role: fc.oneof(fc.constantFrom(...ROLE_IDS), fc.constantFrom('nurse-practitioner', 'drug-worker', '')),
        population: fc.constantFrom('adults', 'children-and-young-people', 'everyone'),
        employment: fc.constantFrom('paid', 'volunteer'),
        setting: fc.constantFrom(...SETTINGS, 'prison'),
        caseload: fc.oneof(fc.integer({ min: 0, max: 80 }), fc.constant('forty')),
      },
      { requiredKeys: [] },
    ),
    fc.array(section, { maxLength: 5 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([fields, sections, eol, bom]) => {
    const lines = ['---', ...stringify(fields).trimEnd().split('\n').filter(Boolean), '---', '', ...sections.flat()];
    return (bom ? '\uFEFF' : '') + lines.join(eol);
  });

/** Fragments that edits insert: structure, statement text, stigma terms and awkward characters. */
const fragment = fc.oneof(
  fc.constantFrom(
    '\n',
    '\r\n',
    '\n- ',
    '\n## ',
    '\n### ',
    '\n---\n',
    ': ',
    '  ',
    '<!-- jdkit-disable -->',
    '\u0000',
    '\uD800',
    '😀',
    'addicts',
    'clean',
    'substance misuse',
  ),
  fc.constantFrom(...STATEMENT_TEXTS),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/** An example job description with a handful of random edits (insertions, deletions, replacements). */
export const editedExample = fc
  .tuple(
    fc.constantFrom(...EXAMPLES),
    fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 200 }), fc.option(fragment)), {
      minLength: 1,
      maxLength: 6,
    }),
  )
  .map(([example, edits]) => {
    let text = example.text;
    for (const [at, deleteCount, insert] of edits) {
      const start = Math.floor(at * text.length);
      text = text.slice(0, start) + (insert ?? '') + text.slice(Math.min(text.length, start + deleteCount));
    }
    return text;
  });

// ------------------------------------------------------------------ checks

function assertPositionInside(lines: TextLines, p: Position, what: string): void {
  assert.ok(
    Number.isInteger(p.line) && p.line >= 0 && p.line < lines.lineCount,
    `${what}: line ${p.line} is outside 0..${lines.lineCount - 1}`,
  );
  assert.ok(
    Number.isInteger(p.character) && p.character >= 0 && p.character <= lines.lines[p.line].length,
    `${what}: character ${p.character} is outside line ${p.line} (length ${lines.lines[p.line].length})`,
  );
}

export function assertRangeInside(lines: TextLines, range: Range, what: string): void {
  assertPositionInside(lines, range.start, `${what} start`);
  assertPositionInside(lines, range.end, `${what} end`);
  assert.ok(lines.offsetAt(range.start) <= lines.offsetAt(range.end), `${what}: starts after it ends`);
}

/** An offset between the two halves of a surrogate pair: an edit there would corrupt the character. */
function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Every diagnostic and fix range lies inside the text, and every fix's edits are valid and disjoint. */
export function assertWellFormed(text: string, diagnostics: readonly Diagnostic[]): void {
  const lines = new TextLines(text);
  for (const d of diagnostics) {
    assert.ok(d.message && typeof d.message === 'string', `${d.rule}: empty message`);
    assertRangeInside(lines, d.range, `${d.rule} range`);
    for (const fix of d.fixes ?? []) {
      assert.ok(fix.edits.length > 0, `${d.rule} fix "${fix.title}" has no edits`);
      for (const edit of fix.edits) {
        assertRangeInside(lines, edit.range, `${d.rule} fix "${fix.title}" edit`);
        for (const p of [edit.range.start, edit.range.end]) {
          assert.ok(
            !splitsSurrogatePair(text, lines.offsetAt(p)),
            `${d.rule} fix "${fix.title}" splits a surrogate pair`,
          );
        }
      }
      assertDisjoint(lines, fix.edits, `${d.rule} fix "${fix.title}"`);
    }
  }
}

function assertDisjoint(lines: TextLines, edits: readonly TextEdit[], what: string): void {
  const spans = edits
    .map((e) => [lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (let i = 1; i < spans.length; i++) {
    assert.ok(
      spans[i][0] >= spans[i - 1][1],
      `${what}: edits overlap at offsets ${spans[i - 1].join('–')} and ${spans[i].join('–')}`,
    );
  }
}

/** Where an offset of the original text lands after the edits (inside a replaced span: at its start). */
export function mapOffset(lines: TextLines, edits: readonly TextEdit[], offset: number): number {
  let shift = 0;
  for (const edit of edits) {
    const start = lines.offsetAt(edit.range.start);
    const end = lines.offsetAt(edit.range.end);
    if (end <= offset && !(start === end && start === offset)) shift += edit.newText.length - (end - start);
    else if (start < offset && offset < end) return start + shift;
  }
  return offset + shift;
}

/**
 * Fixes converge: after applying any one offered fix, the re-lint offers no
 * fix for the same rule at the same (mapped) place.
 */
export function assertFixesConverge(
  text: string,
  result: LintResult,
  lintText: (text: string) => LintResult = (t) => lint(t),
): number {
  const lines = result.document.lines;
  let checked = 0;
  for (const d of result.diagnostics) {
    for (const fix of d.fixes ?? []) {
      const fixed = applyEdits(text, fix.edits);
      const again = lintText(fixed);
      const at = mapOffset(lines, fix.edits, lines.offsetAt(d.range.start));
      const fixedLines = again.document.lines;
      const repeat = again.diagnostics.find(
        (n) => n.rule === d.rule && n.fixes?.length && fixedLines.offsetAt(n.range.start) === at,
      );
      assert.equal(
        repeat,
        undefined,
        `fix "${fix.title}" of ${d.rule} at ${d.range.start.line}:${d.range.start.character} does not converge: the fixed text still gets ${JSON.stringify(repeat?.message)} with fix "${repeat?.fixes?.[0].title}"`,
      );
      checked++;
    }
  }
  return checked;
}

/**
 * "Fix all" (the first fix of every diagnostic that does not clash with an
 * earlier one) changes only the edited spans: the text between them is kept
 * byte for byte, and inserted text keeps the document's line endings.
 */
export function assertFixAllPreservesText(text: string, diagnostics: readonly Diagnostic[]): string {
  const { edits } = planFixAll(diagnostics);
  const fixed = applyEdits(text, edits);
  const lines = new TextLines(text);
  let from = 0;
  let cursor = 0;
  for (const edit of edits) {
    const start = lines.offsetAt(edit.range.start);
    const end = lines.offsetAt(edit.range.end);
    const kept = text.slice(from, start);
    assert.equal(
      fixed.slice(cursor, cursor + kept.length),
      kept,
      `fix-all changed text outside its edits near offset ${from}`,
    );
    cursor += kept.length;
    assert.equal(fixed.slice(cursor, cursor + edit.newText.length), edit.newText);
    if (lines.eol === '\r\n')
      assert.ok(
        !/(^|[^\r])\n/.test(edit.newText),
        `a fix inserts a bare line feed into a CRLF document: ${JSON.stringify(edit.newText.slice(0, 80))}`,
      );
    cursor += edit.newText.length;
    from = end;
  }
  assert.equal(fixed.slice(cursor), text.slice(from), 'fix-all changed the text after its last edit');
  return fixed;
}

/** Same input, same output: rule order, messages, ranges, fixes and data. */
export function assertDeterministic(text: string, first: LintResult): void {
  const second = lint(text);
  assert.deepEqual(second.diagnostics, first.diagnostics);
  assert.equal(second.role, first.role);
  assert.equal(second.roleSource, first.roleSource);
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const pristine = PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort());

/** No prototype gained a property (e.g. from a `__proto__` key in front matter). */
export function assertPrototypesClean(): void {
  PROTOTYPES.forEach((p, i) =>
    assert.deepEqual(Object.getOwnPropertyNames(p).sort(), pristine[i], 'a built-in prototype was modified'),
  );
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
}
