import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { jd, runRule } from '../helpers';

const run = (text: string) => runRule('other-role-duties', text);
const psw = { title: 'Peer support worker', role: 'peer-support-worker' };

describe('other-role-duties', () => {
  it('fires on each line giving a peer support worker keyworkers’ work, at the phrase, with the plan’s finding', () => {
    const text = jd(
      psw,
      '## Main duties\n\n- Do comprehensive assessments for new referrals.\n- Hold a caseload of around 20 people.\n- Share your lived experience.\n',
    );
    const findings = run(text);
    assert.deepEqual(
      findings.map((d) => [d.range.start.line, d.data?.phrase]),
      [
        [6, 'comprehensive assessments'],
        [7, 'hold a caseload'],
      ],
    );
    assert.deepEqual(findings[0].range, { start: { line: 6, character: 5 }, end: { line: 6, character: 30 } });
    assert.match(
      findings[1].message,
      /^'Hold a caseload' is the work of a drug and alcohol worker or senior drug and alcohol worker, and this is a drug and alcohol peer support worker post\. The workforce plan reports peer support workers doing keyworkers' work .*if it is central to the post, the post may be a drug and alcohol worker\.$/,
    );
    assert.deepEqual(findings[1].data?.roles, ['drug-and-alcohol-worker', 'senior-drug-and-alcohol-worker']);
  });

  it('names the children and young people’s role only for a post working with them', () => {
    const body = '## Main duties\n\n- Hold a caseload of 20.\n';
    const [young] = run(jd({ ...psw, population: 'children-and-young-people' }, body));
    assert.deepEqual(young.data?.roles, ['cyp-drug-and-alcohol-worker']);
    assert.match(young.message, /is the work of a children and young people’s drug and alcohol worker, and this is/);
  });

  it('reads a peer support worker acting as keyworker, or delivering CBT, as keyworkers’ work (plan 38, framework 5.1)', () => {
    const findings = run(
      jd(
        psw,
        '## Main duties\n\n- Act as their keyworker.\n- Deliver relapse prevention sessions using CBT techniques.\n- Work alongside keyworkers.\n- Co-facilitate relapse prevention groups.\n',
      ),
    );
    assert.deepEqual(
      findings.map((d) => d.data?.phrase),
      ['as their keyworker', 'CBT'],
    );
  });

  it('is silent where the text is not about the post’s work, or rules the work out', () => {
    const spec = '## Person specification\n\n- Experience of care planning.\n';
    const denied = '## Main duties\n\n- You will not hold a caseload.\n';
    const capabilities = '## Capabilities\n\n- able to support people with their care plans\n';
    for (const body of [spec, denied, capabilities]) assert.deepEqual(run(jd(psw, body)), [], body);
  });

  it('fires only for the role the plan names, and not for volunteers (volunteer-clinical-duties)', () => {
    const body = '## Main duties\n\n- Hold a caseload of 35.\n';
    assert.equal(run(jd(psw, body)).length, 1);
    assert.deepEqual(run(jd({ title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' }, body)), []);
    assert.deepEqual(run(jd({ ...psw, title: 'Peer mentor volunteer', employment: 'volunteer' }, body)), []);
  });

  it('reports in the plan’s terms a duty capability-other-role would report as another role’s statement', () => {
    const text = jd(
      psw,
      '## Main duties\n\n- Complete comprehensive assessments of drug and alcohol use, risk and needs, and develop recovery care plans with people.\n',
    );
    const all = lint(text)
      .diagnostics.filter((d) => d.range.start.line === 6)
      .map((d) => d.rule);
    assert.deepEqual(
      all.filter((r) => r === 'other-role-duties' || r === 'capability-other-role'),
      ['other-role-duties'],
    );
  });
});
