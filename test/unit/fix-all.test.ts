import assert from 'node:assert/strict';
import { describeFixAll, overlaps, planFixAll } from '../../src/core/fix-all';
import type { Diagnostic, Range, TextEdit } from '../../src/core/types';
import { applyEdits } from '../../src/core/edits/apply-edits';

const r = (l1: number, c1: number, l2: number, c2: number): Range => ({
  start: { line: l1, character: c1 },
  end: { line: l2, character: c2 },
});

function diagnostic(...fixes: TextEdit[][]): Diagnostic {
  return {
    rule: 'test',
    severity: 'warning',
    message: 'm',
    range: r(0, 0, 0, 0),
    fixes: fixes.map((edits, i) => ({ title: `fix ${i}`, edits })),
  };
}

describe('planFixAll', () => {
  it('takes the only fix of each diagnostic and leaves out fixes that overlap a chosen one', () => {
    const text = 'one two three\nfour five';
    const plan = planFixAll([
      diagnostic([{ range: r(0, 4, 0, 7), newText: 'TWO' }]),
      diagnostic([{ range: r(0, 6, 0, 9), newText: 'overlaps the first' }]),
      diagnostic([
        { range: r(1, 9, 1, 9), newText: ' six' },
        { range: r(1, 0, 1, 4), newText: 'FOUR' },
      ]),
      diagnostic(),
      { rule: 'no-fix', severity: 'hint', message: 'm', range: r(0, 0, 0, 1) },
    ]);
    assert.deepEqual(
      plan.edits.map((e) => e.newText),
      ['TWO', 'FOUR', ' six'],
    );
    assert.equal(applyEdits(text, plan.edits), 'one TWO three\nFOUR five six');
    assert.equal(plan.applied.length, 2);
    assert.equal(plan.clashing.length, 1);
  });

  it('leaves a diagnostic with several fixes, or a fix that needs judgement, to the user', () => {
    const several = diagnostic([{ range: r(0, 0, 0, 3), newText: 'ONE' }], [{ range: r(0, 0, 0, 3), newText: 'UNO' }]);
    const judgement: Diagnostic = {
      ...diagnostic(),
      fixes: [{ title: 'retitle', edits: [{ range: r(1, 0, 1, 4), newText: 'X' }], needsJudgement: true }],
    };
    const plan = planFixAll([several, judgement]);
    assert.deepEqual(plan.edits, []);
    assert.deepEqual(plan.forYou, [several, judgement]);
  });

  it('ignores fixes without edits: none at all is no fix, and an empty one does not count as a second choice', () => {
    const empty = diagnostic([]);
    const oneReal = diagnostic([], [{ range: r(0, 0, 0, 3), newText: 'ONE' }]);
    const plan = planFixAll([empty, oneReal]);
    assert.deepEqual(plan.applied, [{ diagnostic: oneReal, fix: oneReal.fixes![1] }]);
    assert.deepEqual(plan.forYou, []);
    assert.deepEqual(plan.clashing, []);
  });

  it('leaves out a whole fix when any one of its edits overlaps a chosen fix', () => {
    const first = diagnostic([{ range: r(0, 0, 0, 3), newText: 'A' }]);
    const partly = diagnostic([
      { range: r(0, 1, 0, 2), newText: 'B' },
      { range: r(2, 0, 2, 1), newText: 'C' },
    ]);
    const plan = planFixAll([first, partly]);
    assert.deepEqual(plan.clashing, [partly]);
    assert.deepEqual(
      plan.edits.map((e) => e.newText),
      ['A'],
    );
  });

  it('orders edits by start line before character, then by end', () => {
    const plan = planFixAll([
      diagnostic([{ range: r(1, 0, 1, 2), newText: 'c' }]),
      diagnostic([
        { range: r(0, 5, 0, 8), newText: 'b' },
        { range: r(0, 1, 0, 3), newText: 'a' },
      ]),
    ]);
    assert.deepEqual(
      plan.edits.map((e) => e.newText),
      ['a', 'b', 'c'],
    );
    const sameStart = planFixAll([
      diagnostic([
        { range: r(2, 0, 2, 4), newText: 'long' },
        { range: r(2, 0, 2, 1), newText: 'short' },
      ]),
    ]);
    assert.deepEqual(
      sameStart.edits.map((e) => e.newText),
      ['short', 'long'],
    );
  });
});

describe('describeFixAll', () => {
  it('names each change with its line, and what is left for the user', () => {
    const fixed: Diagnostic = { ...diagnostic([{ range: r(4, 0, 4, 3), newText: 'x' }]), range: r(4, 0, 4, 3) };
    const several: Diagnostic = { ...diagnostic([], []), range: r(6, 0, 6, 1) };
    several.fixes = [
      { title: 'a', edits: [{ range: r(6, 0, 6, 1), newText: 'a' }] },
      { title: 'b', edits: [{ range: r(6, 0, 6, 1), newText: 'b' }] },
    ];
    assert.equal(
      describeFixAll(planFixAll([fixed, several])),
      'jdkit fixed 1 problem: fix 0 (line 5). 1 problem needs your choice (a quick fix offers the options): test on line 7.',
    );
  });

  it('lists the first five of each kind and counts the rest, with plurals', () => {
    const at = (line: number, ...fixes: TextEdit[][]): Diagnostic => ({
      ...diagnostic(...fixes),
      range: r(line, 0, line, 1),
    });
    const edit = (line: number): TextEdit => ({ range: r(line, 0, line, 1), newText: 'x' });
    const applied = [0, 1, 2, 3, 4, 5, 6].map((line) => at(line, [edit(line)]));
    const several = [10, 11].map((line) => at(line, [edit(line)], [edit(line)]));
    const clashing = [0, 1, 2, 3, 4, 5].map((line) => at(20 + line, [edit(line)]));
    assert.equal(
      describeFixAll(planFixAll([...applied, ...several, ...clashing])),
      'jdkit fixed 7 problems: fix 0 (line 1); fix 0 (line 2); fix 0 (line 3); fix 0 (line 4); fix 0 (line 5); and 2 more. ' +
        '2 problems need your choice (a quick fix offers the options): test on line 11, test on line 12. ' +
        '6 fixes overlapped another and will be offered again: test on line 21, test on line 22, test on line 23, test on line 24, test on line 25 and 1 more.',
    );
    assert.equal(
      describeFixAll(planFixAll([at(0, [edit(0)]), at(3, [edit(0)])])),
      'jdkit fixed 1 problem: fix 0 (line 1). 1 fix overlapped another and will be offered again: test on line 4.',
    );
  });

  it('says when nothing was changed', () => {
    assert.match(describeFixAll(planFixAll([])), /^jdkit changed nothing on its own\.$/);
  });
});

describe('overlaps', () => {
  it('treats insertions at a point another edit touches as overlapping', () => {
    assert.equal(overlaps(r(0, 3, 0, 3), r(0, 3, 0, 3)), true);
    assert.equal(overlaps(r(0, 3, 0, 3), r(0, 0, 0, 3)), true);
    assert.equal(overlaps(r(0, 0, 0, 3), r(0, 3, 0, 5)), false);
    assert.equal(overlaps(r(0, 0, 1, 0), r(0, 5, 0, 6)), true);
    assert.equal(overlaps(r(0, 4, 0, 4), r(0, 5, 0, 6)), false);
    // The same the other way round, and lines count before characters.
    assert.equal(overlaps(r(0, 0, 0, 3), r(0, 3, 0, 3)), true);
    assert.equal(overlaps(r(0, 5, 0, 6), r(0, 4, 0, 4)), false);
    assert.equal(overlaps(r(0, 5, 0, 6), r(0, 6, 0, 6)), true);
    assert.equal(overlaps(r(0, 5, 0, 6), r(0, 7, 0, 7)), false);
    assert.equal(overlaps(r(1, 0, 1, 2), r(0, 5, 0, 9)), false);
    assert.equal(overlaps(r(0, 8, 1, 0), r(0, 5, 0, 9)), true);
    // Touching ends do not overlap; an insertion at the start of an edit does.
    assert.equal(overlaps(r(0, 3, 0, 5), r(0, 0, 0, 3)), false);
    assert.equal(overlaps(r(0, 4, 0, 6), r(0, 2, 0, 4)), false);
    assert.equal(overlaps(r(0, 3, 0, 3), r(0, 3, 0, 5)), true);
  });
});
