import assert from 'node:assert/strict';
import { jd, runRule } from '../helpers';

const run = (text: string) => runRule('volunteer-in-staffing', text);
const volunteer = { title: 'Peer mentor volunteer', employment: 'volunteer' };

describe('volunteer-in-staffing', () => {
  it('fires where a volunteer is counted in the service’s staffing, quoting plan 39.3', () => {
    const text = jd(
      volunteer,
      '## About the role\n\nVolunteers are an important part of our staffing and help cover staff shortages.\n',
    );
    const findings = run(text);
    assert.deepEqual(
      findings.map((d) => [d.data?.phrase, d.range.start.line, d.range.start.character]),
      [
        ['part of our staffing', 6, 28],
        ['cover staff shortages', 6, 58],
      ],
    );
    assert.equal(
      findings[0].message,
      '\'part of our staffing\' counts this volunteer in the service’s staffing, and the workforce plan (39.3) says volunteers work in a supernumerary capacity and "are not to be factored into service provision, service delivery or workforce calculations". Describe what the volunteer adds to the paid team, or make the post a paid role.',
    );
  });

  it('reads a volunteer covering when staff are on leave or the team is short staffed as counted in staffing', () => {
    const findings = run(
      jd(
        volunteer,
        '## Main duties\n\n- Run the Tuesday group when the recovery worker is on leave\n- Help cover the front desk when we are short staffed\n- Help at the Tuesday group\n',
      ),
    );
    assert.deepEqual(
      findings.map((d) => d.data?.phrase),
      ['is on leave', 'short staffed'],
    );
    assert.deepEqual(
      run(
        jd(volunteer, '## Main duties\n\n- Included in the staffing rota\n- Cover the desk when staff are off\n'),
      ).map((d) => d.data?.phrase),
      ['staffing rota', 'staff are off'],
    );
  });

  it('is silent where the text rules it out, and for paid posts', () => {
    assert.deepEqual(run(jd(volunteer, '## About the role\n\nVolunteers are never counted in staffing levels.\n')), []);
    const paid = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };
    assert.deepEqual(run(jd(paid, '## About the role\n\nYou will help us keep safe staffing levels.\n')), []);
  });
});
