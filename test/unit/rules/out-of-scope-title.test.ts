import assert from 'node:assert/strict';
import { jd, runRule } from '../helpers';

const run = (text: string) => runRule('out-of-scope-title', text);

describe('out-of-scope-title', () => {
  it('notes that the framework may not cover the post, quoting section 1', () => {
    const [d, ...rest] = run(jd({ title: 'Alcohol Care Team Nurse' }));
    assert.equal(rest.length, 0);
    assert.equal(
      d.message,
      '"Alcohol Care Team Nurse" looks like a post in an NHS England-commissioned Alcohol Care Team, which the capability framework does not cover (section 1: "NHS England-commissioned Alcohol Care Teams"). ' +
        'If the post is in a local authority-commissioned drug and alcohol treatment and recovery service, the framework applies after all; if not, its capabilities, and jdkit’s checks against them, may not.',
    );
    assert.deepEqual(d.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 32 } });
    assert.deepEqual(d.data, { phrase: 'alcohol care team', field: 'title' });
    assert.equal(d.fixes, undefined);
  });

  it('notes a setting the framework leaves out that the team or the location names, under a title that names none', () => {
    const [team] = run(jd({ title: 'Alcohol Specialist Nurse', department: 'Alcohol Care Team' }));
    assert.match(
      team.message,
      /^The team or service "Alcohol Care Team" suggests a post in an NHS England-commissioned Alcohol Care Team, which the capability framework does not cover \(section 1: /,
    );
    assert.deepEqual(team.data, { phrase: 'alcohol care team', field: 'department' });
    assert.deepEqual(team.range.start, { line: 2, character: 12 });
    const [prison] = run(jd({ title: 'Substance Misuse Practitioner', location: 'HMP Castlereigh' }));
    assert.match(prison.message, /^The location "HMP Castlereigh" suggests a post in a prison or other secure setting/);
    // A role the framework leaves out is the title's to name; the title's own notice comes first.
    assert.deepEqual(run(jd({ title: 'Nurse', department: 'Pharmacy assistant team' })), []);
    assert.equal(run(jd({ title: 'Prison nurse', location: 'HMP Leeds' })).length, 1);
    assert.deepEqual(run(jd({ title: 'Nurse', department: 'Community drug and alcohol team', location: 'Leeds' })), []);
    // A bare "prison" in a team or an address is as likely community work with people leaving prison (trial 10),
    // and the setting field, where given, says where the post is.
    assert.deepEqual(run(jd({ title: 'Drug and alcohol worker', department: 'Prison Leavers Team' })), []);
    assert.deepEqual(run(jd({ title: 'Drug and alcohol worker', location: '12 Prison Road, Wexcombe' })), []);
    assert.deepEqual(run(jd({ title: 'Drug and alcohol worker', location: 'HMP Leeds', setting: 'community' })), []);
  });

  it('cites the section that leaves the post out', () => {
    assert.match(
      run(jd({ title: 'Prison substance misuse worker' }))[0].message,
      /a post in a prison or other secure setting, .*\(section 1: "NHS England-commissioned drug and alcohol treatment teams in secure settings"\)/,
    );
    assert.match(
      run(jd({ title: 'Pharmacy assistant' }))[0].message,
      /\(section 5\.9: "Please note pharmacy assistants are out of scope of this framework\."\)/,
    );
    assert.match(
      run(jd({ title: 'Health psychologist' }))[0].message,
      /\(section 5\.7: "This capability framework is limited in scope to clinical psychologists/,
    );
  });

  it('says a role the framework leaves out is out wherever the post is, and a setting only there', () => {
    for (const title of ['Assistant Psychologist', 'Senior psychology assistant', 'Pharmacy assistant']) {
      const [d] = run(jd({ title }));
      assert.match(d.message, /The framework leaves this role out wherever the post is/, title);
      assert.doesNotMatch(d.message, /applies after all/, title);
    }
    assert.match(
      run(jd({ title: 'Assistant Psychologist' }))[0].message,
      /psychological professions post other than a practitioner psychologist/,
    );
    assert.match(run(jd({ title: 'HMP Wandsworth drug and alcohol worker' }))[0].message, /applies after all/);
  });

  it('is silent for posts in scope and no title', () => {
    assert.deepEqual(run(jd({ title: 'Pharmacist' })), []);
    assert.deepEqual(run(jd({ title: 'Criminal justice drug and alcohol worker' })), []);
    assert.deepEqual(run(jd({ role: 'nurse' })), []);
  });
});
