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

  it('uses lowerMax from .jdkit.json for CYP workers and outreach, reporting the limit in data', () => {
    const cyp = { title: 'CYP drug and alcohol worker', role: 'cyp-drug-and-alcohol-worker' };
    const [d] = runRule('caseload-too-high', jd({ ...cyp, caseload: 30 }), config({ caseload: { lowerMax: 30 } }));
    assert.deepEqual(d.data, { caseload: 30, limit: 30, lower: true });
    assert.match(d.message, /^A caseload of 30 is too high for children and young people’s drug and alcohol worker posts: .*Reduce it below 30\.$/);
    assert.deepEqual(runRule('caseload-too-high', jd({ ...cyp, caseload: 29 }), config({ caseload: { lowerMax: 30 } })), []);
    assert.deepEqual(runRule('caseload-too-high', jd({ ...cyp, caseload: 39 })), []);
  });

  it('names the role rather than the setting when both call for a lower caseload', () => {
    const [d] = runRule('caseload-too-high', jd({ title: 'CYP worker', role: 'cyp-drug-and-alcohol-worker', setting: 'outreach', caseload: 45 }));
    assert.match(d.message, /too high for children and young people’s drug and alcohol worker posts/);
  });

  it('applies the lower limit to outreach work for any role', () => {
    const [d] = runRule('caseload-too-high', jd({ ...worker, setting: 'outreach', caseload: 40 }));
    assert.match(d.message, /too high for outreach work: the workforce plan \(4\.4\)/);
    assert.deepEqual(d.data, { caseload: 40, limit: 40, lower: true });
  });

  it('accepts a caseload of 0', () => {
    assert.deepEqual(runRule('caseload-too-high', jd({ ...worker, caseload: 0 })), []);
  });
});
