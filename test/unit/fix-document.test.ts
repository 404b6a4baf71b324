import assert from 'node:assert/strict';
import { fixDocument } from '../../src/core/fix-document';
import { lint } from '../../src/core/lint';
import type { Rule } from '../../src/core/rules/rule';
import { FIXABLE_JD as SENIOR } from './fixable-jd';

describe('fixDocument (the CLI’s --fix)', () => {
  it('applies what Fix all applies, again until nothing more can be fixed, and lints the result', () => {
    const { output, fixes, result } = fixDocument(SENIOR);
    // The base role's statements and the role's own go in at the same place: the second insert clashes with the first, so it waits for the next pass.
    assert.deepEqual(
      fixes.map((f) => f.rule),
      ['missing-base-capabilities', 'missing-capabilities'],
    );
    assert.match(fixes[0].title, /^Insert the \d+ missing drug and alcohol worker statements$/);
    const left = result.diagnostics.map((d) => d.rule);
    for (const fixed of ['missing-base-capabilities', 'missing-capabilities'])
      assert.ok(!left.includes(fixed), `${fixed} is left: ${left.join(', ')}`);
    assert.equal(result.coverage.own!.missing.length, 0);
    assert.deepEqual(lint(output).diagnostics, result.diagnostics);
  });

  it('never promises supervision in the employer’s name, nor inserts the statements of a role jdkit only inferred', () => {
    const { output, result } = fixDocument(SENIOR);
    assert.doesNotMatch(output, /Supervision and support/);
    assert.ok(result.diagnostics.some((d) => d.rule === 'missing-supervision'));
    const inferred = fixDocument(SENIOR.replace('role: senior-drug-and-alcohol-worker\n', ''));
    assert.equal(inferred.result.roleSource, 'title');
    assert.deepEqual(inferred.fixes, []);
  });

  it('leaves alone what needs a person’s judgement, and a problem with several fixes', () => {
    const undecided = SENIOR.replace('population: adults\n', '');
    const { output, result } = fixDocument(undecided);
    assert.match(output, /people who are addicts/);
    const left = result.diagnostics.map((d) => d.rule);
    assert.ok(left.includes('stigmatising-language'));
    // Which base role applies depends on the population, which is the user's to choose (one fix per population).
    assert.ok(left.includes('missing-base-capabilities'));
  });

  it('changes nothing in a document it has fixed, nor in one with nothing to fix', () => {
    const { output } = fixDocument(SENIOR);
    const again = fixDocument(output);
    assert.equal(again.output, output);
    assert.deepEqual(again.fixes, []);
  });

  it('keeps the document’s line breaks', () => {
    const crlf = SENIOR.replace(/\n/g, '\r\n');
    const { output, fixes } = fixDocument(crlf);
    assert.ok(fixes.length > 0);
    assert.equal(output.replace(/\r\n/g, '').includes('\n'), false);
  });

  it('stops after ten passes when fixes keep making more to fix', () => {
    const growing: Rule = {
      id: 'always-more',
      defaultSeverity: 'warning',
      summary: 's',
      rationale: 'r',
      sources: [],
      fixesOffered: ['Add a line'],
      check: () => [
        {
          message: 'm',
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          fixes: [
            {
              title: 'Add a line',
              edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'x\n' }],
            },
          ],
        },
      ],
    };
    const { output, fixes, result } = fixDocument('', { rules: [growing] });
    assert.equal(fixes.length, 10);
    assert.equal(output, 'x\n'.repeat(10));
    assert.equal(result.diagnostics.length, 1);
  });
});
