import assert from 'node:assert/strict';
import { jd, runRule } from '../helpers';

const run = (text: string) => runRule('missing-supervision', text);
const kinds = (text: string) => run(text).map((d) => d.data?.kind);
const worker = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };
const cyp = { title: 'CYP drug and alcohol worker', role: 'cyp-drug-and-alcohol-worker' };
const psw = { title: 'Peer support worker', role: 'peer-support-worker' };

describe('missing-supervision', () => {
  it('fires at the title when a drug and alcohol worker post never mentions clinical supervision', () => {
    const [d, ...rest] = run(jd(worker, '## Main duties\n\nKey work with people.\n'));
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /^The document does not mention clinical supervision, which drug and alcohol worker posts must have \(workforce plan 3\.2\)\. Everyone who delivers treatment .* Say how and how often the postholder will receive it\.$/,
    );
    assert.doesNotMatch(d.message, /60 minutes/, 'the monthly hour applies to regulated roles only');
    assert.deepEqual(d.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 32 } });
    assert.deepEqual(d.data, { kind: 'clinical', roles: ['drug-and-alcohol-worker'] });
  });

  it('tells regulated roles about the monthly session of at least 60 minutes (plan 3.2)', () => {
    const [d] = run(jd({ title: 'Nurse', role: 'nurse' }, 'Text.\n'));
    assert.match(d.message, /at least 60 minutes once a month/);
  });

  it('reports at a supervision heading that does not name the kind of supervision', () => {
    const text = jd(worker, '## Supervision and support\n\nMonthly supervision with your manager.\n');
    const [d] = run(text);
    assert.deepEqual(d.range, { start: { line: 4, character: 3 }, end: { line: 4, character: 26 } });
    assert.deepEqual(run(jd(worker, '## Supervision and support\n\nMonthly clinical\nsupervision.\n')), []);
  });

  it('asks CYP drug and alcohol workers for safeguarding supervision too (plan 35.1)', () => {
    assert.deepEqual(kinds(jd(cyp, 'Text.\n')), ['clinical', 'safeguarding']);
    const [d] = run(jd(cyp, 'You will receive clinical supervision.\n'));
    assert.equal(d.data?.kind, 'safeguarding');
    assert.match(d.message, /^The document does not mention safeguarding supervision, .* \(workforce plan 35\.1\)\. CYP drug and alcohol workers must have mandatory safeguarding supervision/);
    assert.deepEqual(run(jd(cyp, 'Monthly clinical supervision and safeguarding supervision.\n')), []);
  });

  it('asks peer support workers for supportive supervision, not clinical supervision', () => {
    const [d, ...rest] = run(jd(psw, 'You will receive clinical supervision.\n'));
    assert.equal(rest.length, 0);
    assert.equal(d.data?.kind, 'supportive');
    assert.match(d.message, /\(framework section 4\)\. Peer support workers need regular supportive supervision/);
    assert.deepEqual(run(jd(psw, 'Regular reflective supervision with a senior PSW.\n')), []);
  });

  it('asks volunteer roles for supervision of any kind (plan 39.1, 41.1)', () => {
    const volunteer = { ...psw, title: 'Peer mentor volunteer', employment: 'volunteer' };
    const [d, ...rest] = run(jd(volunteer, 'Help at the recovery café.\n'));
    assert.equal(rest.length, 0);
    assert.deepEqual(d.data, { kind: 'volunteer', roles: ['peer-support-worker'] });
    assert.match(d.message, /^The document does not say how this volunteer will be supervised \(workforce plan 41\.1\)\. Volunteers should be supervised and supported \(plan 39\.1\)/);
    assert.deepEqual(run(jd(volunteer, 'You will be supervised by the volunteer coordinator.\n')), []);
    assert.equal(kinds(jd({ title: 'Volunteer', employment: 'volunteer' }, 'Text.\n')).length, 1, 'applies without a role');
  });

  it('takes a volunteer job title for a volunteer role unless the post is declared paid', () => {
    assert.deepEqual(kinds(jd({ title: 'Recovery coach' }, 'Text.\n')), ['volunteer']);
    assert.deepEqual(kinds(jd({ title: 'Recovery coach', role: 'peer-support-worker', employment: 'paid' }, 'Text.\n')), ['supportive']);
  });

  it('does not count a mention inside a comment', () => {
    assert.deepEqual(kinds(jd(worker, '<!-- clinical supervision: to do -->\n')), ['clinical']);
  });

  it('asks a post with no role that describes casework for clinical supervision, whatever its role (plan 3.2)', () => {
    const navigator = { title: 'Wellbeing navigator' };
    const text = jd(navigator, '## Main duties\n\nYou will hold a caseload, key work each person and agree their recovery plans.\n');
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.deepEqual(d.data, { kind: 'clinical' });
    assert.match(
      d.message,
      /^The document does not mention clinical supervision, which a post that holds a caseload or delivers treatment, whatever its role, must have \(workforce plan 3\.2\)\. /,
    );
    assert.deepEqual(d.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 28 } });
    for (const phrase of ['Manage a caseload of 30.', 'Deliver key work sessions.', 'Write recovery plans.']) {
      assert.deepEqual(kinds(jd(navigator, `${phrase}\n`)), ['clinical'], phrase);
    }
  });

  it('is silent for a post with no role and no casework, or casework and clinical supervision', () => {
    const navigator = { title: 'Wellbeing navigator' };
    assert.deepEqual(run(jd(navigator, '## Main duties\n\nWelcome visitors and answer the phone.\n')), []);
    assert.deepEqual(run(jd(navigator, 'You will hold a caseload and receive monthly clinical supervision.\n')), []);
  });

  it('ignores roles without supervision guidance and documents without a role', () => {
    assert.deepEqual(run(jd({ title: 'Commissioner', role: 'commissioner' }, 'Text.\n')), []);
    assert.deepEqual(run(jd({ title: 'Team manager', role: 'leader-manager' }, 'Text.\n')), []);
    assert.deepEqual(run('No front matter.\n'), []);
  });
});
