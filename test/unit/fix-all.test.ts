import assert from 'node:assert/strict';
import { describeFixAll, overlaps, planFixAll } from '../../src/core/fix-all';
import type { Diagnostic, Range, TextEdit } from '../../src/core/types';
import { applyEdits } from './apply-edits';

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
  });
});
