import assert from 'node:assert/strict';
import { getFramework } from '../../../src/core/framework/load';
import { applyEdits } from '../../../src/core/edits/apply-edits';
import { jd, runRule } from '../helpers';

const run = (text: string) => runRule('role-inferred', text);

function capabilities(role: Parameters<ReturnType<typeof getFramework>['roleStatements']>[0], count: number): string {
  const bullets = getFramework()
    .roleStatements(role)
    .slice(0, count)
    .map((s) => `- ${s.statement.text}`);
  return `## Capabilities\n\n${bullets.join('\n')}\n`;
}

describe('role-inferred', () => {
  it('reports a role taken from the title and adds it before the closing fence', () => {
    const text = '---\r\ntitle: Peer support worker\r\n---\r\n# Peer support worker\r\n';
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.equal(
      d.message,
      'There is no "role" field, so jdkit took the role "Drug and alcohol peer support worker" (capability framework section 6.1) from the job title "Peer support worker" and checks the document against it. Add "role: peer-support-worker" to the front matter to make this certain.',
    );
    assert.deepEqual(d.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 26 } });
    assert.deepEqual(d.data, { roles: ['peer-support-worker'], source: 'title' });
    assert.equal(d.fixes![0].title, 'Add role: peer-support-worker');
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.equal(
      fixed,
      '---\r\ntitle: Peer support worker\r\nrole: peer-support-worker\r\n---\r\n# Peer support worker\r\n',
    );
    assert.deepEqual(run(fixed), []);
  });

  it('reports a role taken from the capabilities on the Capabilities heading', () => {
    const text = jd({ title: 'Wellbeing navigator' }, capabilities('social-worker', 4));
    const [d] = run(text);
    assert.match(
      d.message,
      /took the role "Social worker" \(capability framework section 5\.8\) from the 4 capabilities and duties that restate its statements \(SW-1-01, SW-1-02, DAW-1-06, FSWA-1-07\)/,
    );
    assert.deepEqual(d.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 15 } });
    assert.equal(applyEdits(text, d.fixes![0].edits).split('\n')[2], 'role: social-worker');
  });

  it('lists at most five statement ids, then an ellipsis, and leaves the choice of role to the user', () => {
    const ids = (count: number) =>
      /restate its statements \(([^)]*)\)/.exec(
        run(jd({ title: 'Wellbeing navigator' }, capabilities('social-worker', count)))[0].message,
      )![1];
    assert.equal(ids(5), 'SW-1-01, SW-1-02, DAW-1-06, FSWA-1-07, DAW-2-01');
    assert.equal(ids(8), 'SW-1-01, SW-1-02, DAW-1-06, FSWA-1-07, DAW-2-01, …');
    assert.equal(
      run(jd({ title: 'Wellbeing navigator' }, capabilities('social-worker', 4)))[0].fixes![0].needsJudgement,
      true,
    );
  });

  it('has no fix when there is no front matter to add the field to', () => {
    const [d] = run(capabilities('commissioner', 3));
    assert.equal(d.data?.source, 'capabilities');
    assert.deepEqual(d.fixes ?? [], []);
  });

  it('is silent when the role is declared, unreadable (invalid-front-matter) or cannot be inferred', () => {
    assert.deepEqual(run(jd({ title: 'Peer support worker', role: 'peer-support-worker' })), []);
    assert.deepEqual(run(jd({ title: 'Peer support worker', role: 'peer' })), []);
    assert.deepEqual(run(jd({ title: 'Wellbeing navigator' })), []);
    assert.deepEqual(run(jd({ title: 'Recovery worker' }, '## Capabilities\n\n- Make tea\n')), []);
  });
});
