// Fixes computed when first read (withLazyFixes), and kept lazy by the engine.
import assert from 'node:assert/strict';
import { lint } from '../../src/core/lint';
import { withLazyFixes, type Rule } from '../../src/core/rules/rule';
import type { Fix } from '../../src/core/types';

const FIX: Fix = {
  title: 'Do it',
  edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'x' }],
};
const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

/** A rule with one lazy-fix finding, counting how often its fixes are computed. */
function countingRule(): { rule: Rule; computed: () => number } {
  let computed = 0;
  const rule: Rule = {
    id: 'lazy-test',
    defaultSeverity: 'warning',
    summary: '',
    rationale: '',
    sources: [],
    fixesOffered: [],
    check: () => [
      withLazyFixes({ message: 'm', range: RANGE }, () => {
        computed++;
        return [FIX];
      }),
    ],
  };
  return { rule, computed: () => computed };
}

describe('lazy fixes', () => {
  it('lint does not compute a finding’s fixes; reading them does, once', () => {
    const { rule, computed } = countingRule();
    const [diagnostic] = lint('# Title\n', { rules: [rule] }).diagnostics;
    assert.equal(computed(), 0);
    assert.deepEqual(diagnostic.fixes, [FIX]);
    assert.deepEqual(diagnostic.fixes, [FIX]);
    assert.equal(computed(), 1);
  });

  it('the diagnostic has its usual properties, in order, with the fixes last', () => {
    const { rule } = countingRule();
    const [diagnostic] = lint('# Title\n', { rules: [rule] }).diagnostics;
    assert.deepEqual(Object.keys(diagnostic), ['rule', 'severity', 'message', 'range', 'fixes']);
    assert.equal(
      JSON.stringify(diagnostic),
      JSON.stringify({ rule: 'lazy-test', severity: 'warning', message: 'm', range: RANGE, fixes: [FIX] }),
    );
  });
});
