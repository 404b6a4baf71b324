import assert from 'node:assert/strict';
import { fixAllEdits, overlaps } from '../../src/core/fix-all';
import type { Diagnostic, Range, TextEdit } from '../../src/core/types';
import { applyEdits } from './apply-edits';

const r = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

function diagnostic(...fixes: TextEdit[][]): Diagnostic {
  return {
    rule: 'test',
    severity: 'warning',
    message: 'm',
    range: r(0, 0, 0, 0),
    fixes: fixes.map((edits, i) => ({ title: `fix ${i}`, edits })),
  };
}

describe('fixAllEdits', () => {
  it('takes the first fix of each diagnostic and skips fixes that overlap a chosen one', () => {
    const text = 'one two three\nfour five';
    const edits = fixAllEdits([
      diagnostic([{ range: r(0, 4, 0, 7), newText: 'TWO' }], [{ range: r(0, 0, 0, 3), newText: 'never: not the first fix' }]),
      diagnostic([{ range: r(0, 6, 0, 9), newText: 'overlaps the first' }]),
      diagnostic([
        { range: r(1, 9, 1, 9), newText: ' six' },
        { range: r(1, 0, 1, 4), newText: 'FOUR' },
      ]),
      diagnostic(),
      { rule: 'no-fix', severity: 'hint', message: 'm', range: r(0, 0, 0, 1) },
    ]);
    assert.deepEqual(
      edits.map((e) => e.newText),
      ['TWO', 'FOUR', ' six'],
    );
    assert.equal(applyEdits(text, edits), 'one TWO three\nFOUR five six');
  });

  it('treats insertions at a point another edit touches as overlapping', () => {
    assert.equal(overlaps(r(0, 3, 0, 3), r(0, 3, 0, 3)), true);
    assert.equal(overlaps(r(0, 3, 0, 3), r(0, 0, 0, 3)), true);
    assert.equal(overlaps(r(0, 0, 0, 3), r(0, 3, 0, 5)), false);
    assert.equal(overlaps(r(0, 0, 1, 0), r(0, 5, 0, 6)), true);
    assert.equal(overlaps(r(0, 4, 0, 4), r(0, 5, 0, 6)), false);
  });
});
