import assert from 'node:assert/strict';
import { parseJd } from '../../src/core/document/parse';
import { getFramework } from '../../src/core/framework/load';
import { leadsOthers } from '../../src/core/leading-others';
import { jd } from './helpers';

const leads = (body: string) =>
  leadsOthers(parseJd(jd({ title: 'Nurse', role: 'nurse' }, body)), getFramework().guidance);

describe('leadsOthers', () => {
  it('finds supervising, line-managing, leading and mentoring others in the duties and the intro', () => {
    for (const duty of [
      'Line manage two nursing associates',
      'Provide clinical supervision to recovery workers',
      'Provide monthly management supervision to recovery workers',
      'Provide clinical leadership to the prescribing team',
      'Supervise, teach and mentor nursing students',
    ])
      assert.ok(leads(`## Main duties\n\n- ${duty}.\n`), duty);
    assert.ok(leads('The nurse provides day-to-day leadership to a team of six.\n'));
  });

  it('finds supervising others named as a role or responsibility, not supervision the post receives', () => {
    for (const duty of [
      'Act as clinical supervisor to two recovery workers',
      'Be responsible for the clinical supervision of the nursing team',
    ])
      assert.ok(leads(`## Main duties\n\n- ${duty}.\n`), duty);
    for (const offer of [
      'You will be responsible for attending monthly clinical supervision',
      'The clinical lead is responsible for the clinical supervision of the postholder',
    ])
      assert.ok(!leads(`## Supervision and support\n\n${offer}.\n`), offer);
  });

  it('does not take the postholder’s own supervision, with others named, for leading others (trial 12)', () => {
    for (const duty of [
      'Ensure you receive regular clinical supervision as expected of all registered nurses',
      'Ensure you attend the monthly clinical supervision provided to all staff',
      'Arrange your monthly clinical supervision with one of our senior practitioners',
      'Take responsibility for the clinical supervision you receive each month',
    ])
      assert.ok(!leads(`## Main duties\n\n- ${duty}.\n`), duty);
  });

  it('finds making sure others get supervision, not the postholder getting it (trial 11)', () => {
    for (const duty of [
      'Make sure the recovery workers in your team get monthly clinical supervision',
      'Ensure all staff receive regular clinical supervision',
      'Arrange clinical supervision for volunteers',
    ])
      assert.ok(leads(`## Main duties\n\n- ${duty}.\n`), duty);
    for (const offer of [
      'Make sure you attend monthly clinical supervision',
      'We make sure all staff receive monthly clinical supervision',
    ])
      assert.ok(!leads(`## Supervision and support\n\n${offer}.\n`), offer);
  });

  it('does not take supervision the post receives, work the text rules out, or the capabilities and person specification for it', () => {
    for (const body of [
      '## Supervision and support\n\nMonthly clinical and management supervision from the Clinical Lead.\n',
      'You will work under the supervision of the Clinical Lead.\n',
      '## Main duties\n\n- Assess patients on the wards.\n- You will not line manage staff.\n',
      '## Capabilities\n\n- able to provide structured clinical supervision to other members of the team\n',
      '## Person specification\n\n- Experience of mentoring students\n',
    ])
      assert.ok(!leads(body), body);
  });
});
