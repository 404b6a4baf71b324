// Property-based tests (fast-check) of the parser, the matcher and the whole
// lint run (issue 5): generated text of every kind must parse and lint
// without throwing, every range must lie inside the document, every fix must
// converge and leave the rest of the text alone, and linting must be
// deterministic. Run counts are bounded so the suite stays fast; a failure
// prints a seed to replay with JDKIT_FC_SEED.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseJd } from '../../../src/core/document/parse';
import { getFramework } from '../../../src/core/framework/load';
import { ROLE_IDS, type RoleId } from '../../../src/core/framework/schema';
import { lint, INTERNAL_ERROR_RULE } from '../../../src/core/lint';
import {
  CapabilityMatcher,
  MATCH_THRESHOLD,
  MEANING_SETTINGS,
  OWN_ROLE_THRESHOLD,
} from '../../../src/core/match/matcher';
import {
  anyFrontMatter,
  anyJobDescription,
  anyText,
  assertDeterministic,
  assertFixAllPreservesText,
  assertFixesConverge,
  assertProperty,
  assertPrototypesClean,
  assertRangeInside,
  assertWellFormed,
  editedExample,
  STATEMENT_TEXTS,
} from './support';

/** Cases tried per property, per generator; see the Reliability section of the README. */
export const RUNS = {
  parser: 300,
  matcher: 300,
  lintText: 300,
  lintFrontMatter: 200,
  lintMarkdown: 80,
  lintEdited: 60,
} as const;

describe('robustness: properties of the parser', () => {
  const inputs = fc.oneof(
    anyText,
    anyJobDescription,
    editedExample,
    anyFrontMatter.map((y) => `---\n${y}---\n# Body\n`),
  );

  it('parses any text without throwing, with every range inside the document', () => {
    assertProperty(
      [inputs],
      (text) => {
        const doc = parseJd(text);
        const { lines } = doc;
        // The lines and offsets rebuild the text exactly.
        lines.lines.forEach((line, i) => {
          assert.ok(!/[\r\n]/.test(line), `line ${i} holds a line break`);
          assert.equal(text.slice(lines.offsets[i], lines.offsets[i] + line.length), line);
        });
        for (const h of doc.headings) {
          assertRangeInside(lines, h.textRange, `heading "${h.text.slice(0, 30)}"`);
          assert.ok(h.level >= 1 && h.level <= 6);
        }
        for (const s of doc.sections)
          assert.ok(s.startLine <= s.endLine && s.endLine <= lines.lineCount, 'section lines outside the document');
        for (const b of doc.capabilities?.bullets ?? []) {
          assertRangeInside(lines, b.range, 'bullet');
          assert.ok(b.startLine < b.endLine && b.endLine <= lines.lineCount, 'bullet lines outside the document');
        }
        if (doc.frontMatter) {
          assertRangeInside(lines, doc.frontMatter.range, 'front matter');
          for (const p of doc.frontMatter.problems) assertRangeInside(lines, p.range, 'front matter problem');
          for (const f of doc.frontMatter.fields.values()) {
            assertRangeInside(lines, f.keyRange, `key ${f.key}`);
            assertRangeInside(lines, f.valueRange, `value of ${f.key}`);
          }
        }
        assert.ok(doc.bodyStartLine >= 0 && doc.bodyStartLine <= lines.lineCount);
        assertPrototypesClean();
      },
      RUNS.parser,
    );
  });
});

describe('robustness: properties of the matcher', () => {
  const framework = getFramework();
  const roleSet = fc.subarray([...ROLE_IDS] as RoleId[]).map((roles) => new Set(roles));

  it('scores any text in [0, 1], and attributes "own" matches only to the preferred roles', () => {
    assertProperty(
      [fc.oneof(anyText, fc.constantFrom(...STATEMENT_TEXTS)), roleSet],
      (text, preferred) => {
        const { best, own } = framework.matcher.match(text, preferred);
        for (const a of [best, own]) {
          if (!a) continue;
          assert.ok(a.score >= 0 && a.score <= 1, `score ${a.score}`);
          const floor = a.kind === 'meaning' ? MEANING_SETTINGS.threshold : OWN_ROLE_THRESHOLD;
          assert.ok(a.score >= floor, `a ${a.kind} match below its threshold: ${a.score}`);
          if (a.kind === 'exact') assert.equal(a.score, 1);
          assert.ok(a.sameText.some((s) => s.id === a.statement.id));
        }
        if (best?.kind === 'wording')
          assert.ok(best.score >= MATCH_THRESHOLD, `best match below the threshold: ${best.score}`);
        if (own)
          assert.ok(preferred.has(own.statement.role), `own match of ${own.statement.role}, not a preferred role`);
        // By meaning, a preferred role's statement nearly as good as the best is the one meant.
        if (own && best && best.kind !== 'meaning')
          assert.ok(own.score <= best.score + 1e-9, 'own match better than the best');
        if (own?.kind === 'meaning') assert.equal(best, own);
      },
      RUNS.matcher,
    );
  });

  it('recognises every statement through case, quote and punctuation changes, attributed to a preferred role that has it', () => {
    const entries = framework.allStatements;
    assertProperty(
      [fc.nat({ max: entries.length - 1 }), fc.constantFrom('upper', 'quoted', 'spaced', 'as-is')],
      (index, change) => {
        const { statement, role } = entries[index];
        const text =
          change === 'upper'
            ? statement.text.toUpperCase()
            : change === 'quoted'
              ? `"${statement.text}."`
              : change === 'spaced'
                ? `  ${statement.text.replace(/ /g, '   ')} `
                : statement.text;
        const { best, own } = framework.matcher.match(text, new Set([role.id]));
        assert.equal(best?.kind, 'exact', `statement ${statement.id} not recognised exactly`);
        assert.equal(own?.statement.role, role.id);
        assert.equal(own?.statement.text, statement.text);
      },
      RUNS.matcher,
    );
  });

  it('never matches unrelated sentences', () => {
    assertProperty(
      [fc.lorem({ mode: 'sentences', maxCount: 3 }), roleSet],
      (text, preferred) => {
        const { best, own } = framework.matcher.match(text, preferred);
        assert.equal(best, null, `"${text}" matched ${best?.statement.id}`);
        assert.equal(own, null);
      },
      RUNS.matcher,
    );
  });

  it('gives the same answer from its memo as a fresh matcher does', () => {
    const statements = framework.statementRefs();
    assertProperty(
      [fc.array(fc.oneof(fc.constantFrom(...STATEMENT_TEXTS), anyText), { minLength: 1, maxLength: 5 }), roleSet],
      (texts, preferred) => {
        const fresh = new CapabilityMatcher(statements, framework.thesaurus);
        for (const text of texts) {
          const first = framework.matcher.match(text, preferred);
          assert.deepEqual(framework.matcher.match(text, preferred), first);
          assert.deepEqual(fresh.match(text, preferred), first);
        }
      },
      RUNS.matcher / 15,
    );
  });
});

describe('robustness: properties of the whole lint run', () => {
  let fixesChecked = 0;
  const check = (text: string): void => {
    const result = lint(text);
    const internal = result.diagnostics.find((d) => d.rule === INTERNAL_ERROR_RULE);
    assert.equal(internal, undefined, internal?.message);
    assertWellFormed(text, result.diagnostics);
    assertDeterministic(text, result);
    fixesChecked += assertFixesConverge(text, result);
    assertFixAllPreservesText(text, result.diagnostics);
    assertPrototypesClean();
  };

  it('arbitrary strings', () => assertProperty([anyText], check, RUNS.lintText));
  it('arbitrary YAML front matter', () =>
    assertProperty([anyFrontMatter, anyText], (yaml, body) => check(`---\n${yaml}---\n${body}`), RUNS.lintFrontMatter));
  it('arbitrary Markdown job descriptions', () => assertProperty([anyJobDescription], check, RUNS.lintMarkdown));
  it('random edits applied to the examples', () => assertProperty([editedExample], check, RUNS.lintEdited));

  after(() => console.log(`      (${fixesChecked} offered fixes applied and re-linted)`));
});
