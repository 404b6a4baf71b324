import assert from 'node:assert/strict';
import { config, jd, runRule } from '../helpers';

describe('caseload-too-high', () => {
  const worker = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };

  it('fires above 40 with the range of the value', () => {
    const [d, ...rest] = runRule('caseload-too-high', jd({ ...worker, caseload: 45 }));
    assert.equal(rest.length, 0);
    assert.match(d.message, /45 is above 40/);
    assert.deepEqual(d.range, { start: { line: 3, character: 10 }, end: { line: 3, character: 12 } });
  });

  it('accepts 40 for an adult community post', () => {
    assert.deepEqual(runRule('caseload-too-high', jd({ ...worker, caseload: 40, setting: 'community' })), []);
  });

  it('fires at 40 for CYP workers and outreach settings (plan 4.4)', () => {
    const cyp = runRule('caseload-too-high', jd({ title: 'CYP drug and alcohol worker', role: 'cyp-drug-and-alcohol-worker', caseload: 40 }));
    assert.equal(cyp.length, 1);
    assert.match(cyp[0].message, /4\.4/);
    const outreach = runRule('caseload-too-high', jd({ ...worker, setting: 'outreach', caseload: 40 }));
    assert.equal(outreach.length, 1);
    assert.deepEqual(runRule('caseload-too-high', jd({ ...worker, setting: 'outreach', caseload: 39 })), []);
  });

  it('uses the thresholds from .jdkit.json', () => {
    assert.equal(runRule('caseload-too-high', jd({ ...worker, caseload: 36 }), config({ caseload: { max: 35 } })).length, 1);
    assert.deepEqual(runRule('caseload-too-high', jd({ ...worker, caseload: 36 }), config({ caseload: { max: 36 } })), []);
  });

  it('ignores a missing or invalid caseload (invalid-front-matter reports that)', () => {
    assert.deepEqual(runRule('caseload-too-high', jd(worker)), []);
    assert.deepEqual(runRule('caseload-too-high', jd({ ...worker, caseload: 'lots' })), []);
  });
});
