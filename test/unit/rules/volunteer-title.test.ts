import assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/edits/apply-edits';
import { jd, runRule } from '../helpers';

const run = (text: string) => runRule('volunteer-title', text);

describe('volunteer-title', () => {
  it('says a volunteer title is no framework role, quoting the plan, and adds employment: volunteer', () => {
    const text = '---\ntitle: Peer mentor\n---\n';
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.equal(
      d.message,
      '"Peer mentor" is a volunteer job title (workforce plan, Part 2, Volunteers: "Stakeholders reported a wide range of volunteer titles being used, such as ‘peer mentor,’ ‘peer supporter,’ ‘peer volunteer’ and ‘recovery coach.’"). ' +
        'The plan keeps such roles apart from the employed drug and alcohol peer support worker role (capability framework section 6.1): "It is important, however, to note that any such voluntary roles are different to the employed PSW roles within the sector and the capabilities expected of a volunteer are not the same as those in the forthcoming peer support worker capability framework." ' +
        'What applies to volunteers is plan 39.1: "Volunteers should be supervised and supported and should not be doing clinical work or delivering clinical interventions." ' +
        'Set "employment: volunteer" in the front matter so that jdkit checks the post against this.',
    );
    assert.deepEqual(d.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 18 } });
    assert.deepEqual(d.data, { phrase: 'peer mentor', employment: null });
    assert.equal(d.fixes![0].title, 'Set employment: volunteer');
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.equal(fixed, '---\ntitle: Peer mentor\nemployment: volunteer\n---\n');
    assert.deepEqual(run(fixed), []);
  });

  it('cites the plan’s scope for a title that says "volunteer"', () => {
    const [d] = run(jd({ title: 'Recovery café volunteer' }));
    assert.match(
      d.message,
      /^"Recovery café volunteer" is a volunteer job title \(workforce plan, Part 1: "volunteers \(all unpaid roles\)"\)\./,
    );
  });

  it('replaces an employment value jdkit cannot read', () => {
    const text = '---\ntitle: Recovery coach\nemployment: unpaid\n---\n';
    const [d] = run(text);
    assert.equal(applyEdits(text, d.fixes![0].edits), '---\ntitle: Recovery coach\nemployment: volunteer\n---\n');
  });

  it('for a paid post, says the plan distinguishes the two and offers the peer support worker title', () => {
    const text = '---\ntitle: Recovery coach\nemployment: paid\n---\n';
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /The front matter says employment: paid, but the plan keeps volunteer roles apart from employed ones: "It is important, however, /,
    );
    assert.match(
      d.message,
      /For a paid post use the framework title "Peer support worker" \(capability framework section 6\.1\)/,
    );
    assert.deepEqual(d.data, { phrase: 'recovery coach', employment: 'paid', suggestion: 'Peer support worker' });
    assert.equal(applyEdits(text, d.fixes![0].edits), '---\ntitle: Peer support worker\nemployment: paid\n---\n');
  });

  it('takes a post that states a salary, and no employment field, for a paid one', () => {
    const [d, ...rest] = run(jd({ title: 'Peer Mentor', salary: '£22,950 per annum' }));
    assert.equal(rest.length, 0);
    assert.match(d.message, /The post is paid \(salary: £22,950 per annum\), but the plan keeps volunteer roles apart/);
    assert.doesNotMatch(d.message, /employment: volunteer/);
    assert.equal(d.data?.suggestion, 'Peer support worker');
    // Expenses are no pay; the employment field wins over the salary.
    for (const fields of <Record<string, string>[]>[
      { title: 'Peer Mentor', salary: 'Voluntary (travel expenses paid)' },
      { title: 'Peer Mentor', salary: '£22,950', employment: 'volunteer' },
    ])
      assert.doesNotMatch(run(jd(fields))[0]?.message ?? 'silent', /The post is paid/, JSON.stringify(fields));
  });

  it('for a paid post, offers the title of the declared role or the role the title names', () => {
    const [declared] = run(jd({ title: 'Peer mentor', role: 'drug-and-alcohol-worker', employment: 'paid' }));
    assert.equal(declared.data?.suggestion, 'Drug and alcohol worker');
    const [named] = run(jd({ title: 'Volunteer nurse', employment: 'paid' }));
    assert.equal(named.data?.suggestion, 'Registered nurse');
  });

  it('says the peer support worker role is the employed one when a volunteer post is given it', () => {
    const [d, ...rest] = run(
      jd({ title: 'Peer mentor volunteer', role: 'peer-support-worker', employment: 'volunteer' }),
    );
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /The front matter gives it the drug and alcohol peer support worker role \(capability framework section 6\.1\), but the plan keeps volunteer roles apart from the employed one/,
    );
    assert.doesNotMatch(d.message, /Set "employment/);
    assert.equal(d.fixes, undefined);
  });

  it('is silent for a declared volunteer post, posts managing volunteers and framework titles', () => {
    assert.deepEqual(run(jd({ title: 'Peer mentor', employment: 'volunteer' })), []);
    assert.deepEqual(run(jd({ title: 'Volunteer co-ordinator' })), []);
    assert.deepEqual(run(jd({ title: 'Peer support worker' })), []);
  });
});
