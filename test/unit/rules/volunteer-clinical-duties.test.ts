import assert from 'node:assert/strict';
import { jd, runRule } from '../helpers';

const run = (text: string) => runRule('volunteer-clinical-duties', text);
const phrases = (text: string) => run(text).map((d) => d.data?.phrase);
const volunteer = { title: 'Recovery café volunteer', employment: 'volunteer' };

describe('volunteer-clinical-duties', () => {
  it('fires on each clinical duty given to a volunteer, at its exact range, quoting plan 39.1', () => {
    const text = jd(
      volunteer,
      '## Duties\n\n- Welcome visitors.\n- Deliver psychosocial\n  interventions and hold a caseload.\n',
    );
    const [first, second, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.equal(
      first.message,
      '\'psychosocial interventions\' is clinical work, and this is a volunteer role: the workforce plan (39.1) says: "Volunteers should be supervised and supported and should not be doing clinical work or delivering clinical interventions." Remove this duty, or make the post a paid role.',
    );
    assert.deepEqual(first.range, { start: { line: 7, character: 10 }, end: { line: 8, character: 15 } });
    assert.deepEqual(first.data, { phrase: 'psychosocial interventions' });
    assert.deepEqual(second.range, { start: { line: 8, character: 20 }, end: { line: 8, character: 35 } });
  });

  it('takes acting as keyworker, key working, CBT and brief interventions for clinical work (plan 38, 39.1)', () => {
    assert.deepEqual(
      phrases(
        jd(
          volunteer,
          '## Duties\n\n- Act as keyworker for a small caseload.\n- Key working with service users.\n- Delivering one-to-one CBT sessions.\n- Delivering brief interventions in the café.\n- Chat with keyworkers over lunch.\n',
        ),
      ),
      ['as keyworker', 'key working with', 'CBT', 'brief interventions'],
    );
  });

  it('takes the framework’s psychosocial interventions, observations and medicines work for clinical work, not peer support', () => {
    const duties = [
      'Help the nurses with prescribing reviews by taking people’s observations',
      'Deliver one-to-one sessions using ITEP mapping',
      'Supervise consumption of methadone',
      'Use motivational interviewing and contingency management in the café',
      'Check blood pressure and record clinical observations',
      'Dispense methadone on Tuesdays',
    ];
    assert.deepEqual(phrases(jd(volunteer, `## Duties\n\n${duties.map((d) => `- ${d}`).join('\n')}\n`)), [
      'prescribing reviews',
      "taking people's observations",
      'ITEP mapping',
      'supervise consumption',
      'motivational interviewing',
      'contingency management',
      'blood pressure',
      'clinical observations',
      'dispense methadone',
    ]);
    // What plan section 39 and the peer support worker's capabilities (framework 6.1) describe volunteers and peers doing.
    const peerSupport = [
      'Help at the recovery café',
      'Accompany people to appointments, including to the pharmacy for supervised consumption',
      'Share your lived experience',
      'Co-facilitate a peer support group',
      'Signpost to mutual aid',
      'Hand out naloxone kits after training',
      'Share your observations of the group with the volunteer coordinator',
      'Map local recovery groups',
    ];
    assert.deepEqual(run(jd(volunteer, `## Duties\n\n${peerSupport.map((d) => `- ${d}`).join('\n')}\n`)), []);
  });

  it('does not take signposting or going with people to clinical care, or noting observations of a group, for clinical work', () => {
    const duties = [
      'Signpost people to the pharmacy for a free blood pressure check.',
      'Go with people to their medication review appointments at the GP if they would like support.',
      'Accompany people to their medication reviews.',
      'Record observations and attendance on the group sign-in sheet after each session.',
    ];
    assert.deepEqual(run(jd(volunteer, `## What you will do\n\n${duties.map((d) => `- ${d}`).join('\n')}\n`)), []);
    // A clinical duty after the signposting is still one.
    assert.deepEqual(phrases(jd(volunteer, '## Duties\n\n- Signpost people to services and take blood pressure.\n')), [
      'blood pressure',
    ]);
  });

  it('does not take training offered to the volunteer for a duty', () => {
    const offered = [
      '## Training we offer',
      '',
      '- Free training, including an introduction to motivational interviewing and contingency management.',
      '- You will be offered training in motivational interviewing awareness.',
      '- An e-learning course on brief interventions.',
      '- Learn about ITEP mapping with our staff.',
    ].join('\n');
    assert.deepEqual(run(jd(volunteer, offered)), []);
    assert.deepEqual(
      phrases(
        jd(
          volunteer,
          '## Duties\n\n- Complete an introduction to the service and use motivational interviewing with people.\n',
        ),
      ),
      ['motivational interviewing'],
    );
  });

  it('takes a caseload of a stated size for one, however it is worded, once a line', () => {
    const text = jd(
      volunteer,
      '## Duties\n\n- Carry a small caseload of 10 clients.\n- Hold a caseload of 5.\n- Volunteers will not have a caseload of 20.\n',
    );
    const findings = run(text);
    assert.deepEqual(
      findings.map((d) => [d.data?.phrase, d.range.start.line]),
      [
        ['caseload', 6],
        ['hold a caseload', 7],
      ],
    );
    assert.match(findings[0].message, /^A caseload \(10\) is clinical work, and this is a volunteer role: /);
  });

  it('takes a caseload of a stated size for one when another duty shares its line', () => {
    const line = '- Hold a small caseload of up to 8 people and run brief interventions with them';
    const findings = run(jd(volunteer, `## Duties\n\n${line}\n`));
    assert.deepEqual(
      findings.map((d) => [d.data?.phrase, d.range.start.character]),
      [
        ['caseload', line.indexOf('8')],
        ['brief interventions', line.indexOf('brief')],
      ],
    );
  });

  it('takes a caseload in the front matter for one, at its value', () => {
    const [d, ...rest] = run(jd({ ...volunteer, caseload: 10 }, '## Duties\n\n- Welcome visitors.\n'));
    assert.equal(rest.length, 0);
    assert.match(d.message, /^A caseload \(caseload: 10\) is clinical work, and this is a volunteer role: /);
    assert.deepEqual(d.range, { start: { line: 3, character: 10 }, end: { line: 3, character: 12 } });
    assert.deepEqual(run(jd({ ...volunteer, caseload: 0 }, 'Welcome visitors.\n')), []);
    assert.deepEqual(run(jd({ title: 'Drug and alcohol worker', caseload: 10 }, 'Key work.\n')), []);
  });

  it('fires once at the role value when a volunteer is given a clinical framework role', () => {
    const text = jd({ ...volunteer, role: 'drug-and-alcohol-worker' }, 'Welcome visitors.\n');
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /^Volunteers should not be employed in clinical roles: the drug and alcohol worker role is clinical \(framework section 5\.1\), and the workforce plan \(39\.1\)/,
    );
    assert.deepEqual(d.range, { start: { line: 3, character: 6 }, end: { line: 3, character: 31 } });
    assert.deepEqual(d.data, { roles: ['drug-and-alcohol-worker'] });
  });

  it('reports a clinical role inferred from the title at the title', () => {
    const [d] = run(jd({ title: 'Volunteer nurse', employment: 'volunteer' }));
    assert.match(d.message, /the nurse role is clinical \(framework section 5\.6\)/);
    assert.deepEqual(d.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 24 } });
  });

  it('takes a volunteer job title for a volunteer role unless the post is declared paid', () => {
    const duty = 'Deliver psychosocial interventions.\n';
    assert.deepEqual(phrases(jd({ title: 'Peer mentor' }, duty)), ['psychosocial interventions']);
    assert.deepEqual(run(jd({ title: 'Peer mentor', employment: 'paid' }, duty)), []);
  });

  it('accepts a non-clinical volunteer role and non-clinical duties', () => {
    assert.deepEqual(
      run(jd({ ...volunteer, role: 'peer-support-worker' }, 'Share your lived experience at mutual aid meetings.\n')),
      [],
    );
  });

  it('ignores duties the document says the volunteer will not do', () => {
    const body = [
      'You will not deliver clinical interventions; staff do that.',
      'Volunteers don’t hold a caseload.',
      'This role involves no clinical work.',
      '',
      'Volunteers will not:',
      '',
      '- prescribe',
      '- carry a caseload',
      '',
      '## What this role does not include',
      '',
      '- key working sessions',
    ].join('\n');
    assert.deepEqual(run(jd(volunteer, body)), []);
  });

  it('still fires when the negation belongs to another sentence or list', () => {
    const body = [
      'You will not be paid. You will deliver clinical interventions.',
      '',
      'What you will do:',
      '',
      '- prescribe',
    ].join('\n');
    assert.deepEqual(phrases(jd(volunteer, body)), ['clinical interventions', 'prescribe']);
  });

  it('marks the first 10 duties and summarises the rest', () => {
    const text = jd(volunteer, Array.from({ length: 13 }, (_, i) => `- Task ${i}: clinical work.`).join('\n'));
    const diagnostics = run(text);
    assert.equal(diagnostics.length, 11);
    const summary = diagnostics[10];
    assert.match(
      summary.message,
      /^3 more places assign clinical work to this volunteer role \(only the first 10 are marked\)/,
    );
    assert.deepEqual(summary.range.start, { line: 14, character: 11 });
    assert.deepEqual(summary.data, { more: 3 });
  });

  it('ignores paid posts and duties inside comments', () => {
    // A volunteer title with a salary is a paid post (volunteer-title says so).
    assert.deepEqual(run(jd({ title: 'Peer mentor', salary: '£22,950' }, 'Hold a caseload.\n')), []);
    assert.equal(run(jd({ title: 'Peer mentor' }, 'Hold a caseload.\n')).length, 1);
    assert.deepEqual(
      run(
        jd(
          { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker', employment: 'paid' },
          'Deliver psychosocial interventions.\n',
        ),
      ),
      [],
    );
    assert.deepEqual(
      run(
        jd(
          { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' },
          'Deliver psychosocial interventions.\n',
        ),
      ),
      [],
    );
    assert.deepEqual(run(jd(volunteer, '<!-- removed: hold a caseload -->\n')), []);
  });
});
