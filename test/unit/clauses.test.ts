import assert from 'node:assert/strict';
import { getFramework } from '../../src/core/framework/load';
import { laterClauses, openingVerbs } from '../../src/core/match/clauses';

const framework = getFramework();
const texts = framework.roles
  .flatMap((r) => (r.kind === 'capabilities' ? r.domains : []))
  .flatMap((d) => d.statements.map((s) => s.text));
const verbs = openingVerbs(texts);

describe('statement clauses', () => {
  it('takes the verbs statements open with after "able to"', () => {
    for (const verb of ['provide', 'facilitate', 'support']) assert.ok(verbs.has(verb), verb);
    assert.ok(!verbs.has('groups'));
  });

  it('finds a second capability joined by ", and" and a verb', () => {
    const text = framework.statement('DAW-4-06')!.statement.text;
    assert.deepEqual(laterClauses(text, verbs), [
      'facilitate groups focused on reducing harm, supporting treatment outcomes, initiating recovery and preventing relapse',
    ]);
  });

  it('does not split a list whose last item follows ", and"', () => {
    assert.deepEqual(laterClauses('able to assess needs, such as housing, debt, and employment', verbs), []);
    assert.deepEqual(laterClauses('able to refer people; and support them', verbs), ['support them']);
  });
});
