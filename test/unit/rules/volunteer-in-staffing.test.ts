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

  it('reads covering when staff are short or away, gaps in the rota and staff holidays as counted in staffing, not a short-term post', () => {
    const duties = [
      'Cover reception and the duty phone when staff are short',
      'Help out when we are short of staff',
      'Cover for absent staff',
      'Fill gaps in the rota',
      'Cover staff holidays',
      'Provide holiday cover for the team',
      'Step in during staff shortages',
      'Run the group when the team is short',
      'Cover when a worker is on holiday',
    ];
    assert.deepEqual(
      run(jd(volunteer, `## Main duties\n\n${duties.map((d) => `- ${d}`).join('\n')}\n`)).map((d) => d.data?.phrase),
      [
        'staff are short',
        'short of staff',
        'absent staff',
        'gaps in the rota',
        'staff holidays',
        'holiday cover',
        'staff shortages',
        'team is short',
        'is on holiday',
      ],
    );
    // "Short" is not short of staff in a short-term post or a shortlist, nor is a volunteer supported by staff.
    const body = [
      '## About the role',
      '',
      'A short-term placement: you will be supported by staff at all times.',
      'Applicants and staff are short-listed by the same panel.',
      'When staff are short of time, you can make the tea.',
      'The team is short-term funded.',
    ].join('\n');
    assert.deepEqual(run(jd(volunteer, body)), []);
  });

  it('reads staff being short or away as staffing only where the volunteer covers for them (plan 39.3, 41.1)', () => {
    const covering = [
      'Help out on reception when staff are short.',
      'Lead the walking group when staff are away on training.',
      'Cover reception if staff are off sick.',
      'When staff are off, cover the duty phone.',
      'When we are short-staffed, help on reception.',
    ];
    assert.deepEqual(
      run(jd(volunteer, `## What you will do\n\n${covering.map((d) => `- ${d}`).join('\n')}\n`)).map(
        (d) => d.data?.phrase,
      ),
      ['staff are short', 'staff are away', 'staff are off', 'staff are off', 'short-staffed'],
    );
    const body = [
      '## What you will do',
      '',
      '- Meet the staff team for a check-in at the start of each session. Check-ins with staff are short and friendly.',
      '- Help run family activity days; activities cover holidays as well as term time.',
      '',
      '## Your support',
      '',
      '- If your supervisor is on annual leave, the duty manager will be your contact.',
      '- When your supervisor is on leave, the duty manager will support you.',
      '- The duty manager is your contact when your supervisor is on holiday.',
      '- When staff are away, the volunteer coordinator is your contact.',
      '- Volunteers are invited to the staff holiday lunch in December.',
      '- Staff sickness is rare here.',
    ].join('\n');
    assert.deepEqual(run(jd(volunteer, body)), []);
  });

  it('is silent where the text rules it out, and for paid posts', () => {
    assert.deepEqual(run(jd(volunteer, '## About the role\n\nVolunteers are never counted in staffing levels.\n')), []);
    const paid = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };
    assert.deepEqual(run(jd(paid, '## About the role\n\nYou will help us keep safe staffing levels.\n')), []);
  });
});
