import assert from 'node:assert/strict';
import { getFramework } from '../../../src/core/framework/load';
import type { Diagnostic } from '../../../src/core/types';
import { applyEdits } from '../../../src/core/edits/apply-edits';
import { jd, runRule } from '../helpers';

const run = (text: string) => runRule('missing-supervision', text);
const kinds = (text: string) => run(text).map((d) => d.data?.kind);
const worker = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };
const cyp = { title: 'CYP drug and alcohol worker', role: 'cyp-drug-and-alcohol-worker' };
const psw = { title: 'Peer support worker', role: 'peer-support-worker' };
const volunteer = { ...psw, title: 'Peer mentor volunteer', employment: 'volunteer' };

const guidance = getFramework().guidance;
const offer = (kind: string) => guidance.supervision.find((s) => s.kind === kind)!.offer;
const MANAGEMENT = [
  '- Regular management supervision from your line manager and an annual appraisal.',
  '- Protected time in your work plan to receive supervision and for training and development.',
];
/** The section a new document has, for posts needing these kinds of supervision. */
const section = (...offers: string[]) =>
  ['## Supervision and support', '', 'You will receive:', '', ...offers.map((o) => `- ${o}`), ...MANAGEMENT].join('\n');

/** Applies the diagnostic's one fix and checks the rule is then satisfied. */
function fixed(text: string, d: Diagnostic): string {
  assert.equal(d.fixes?.length, 1);
  const result = applyEdits(text, d.fixes[0].edits);
  assert.deepEqual(run(result), [], `still reported after "${d.fixes[0].title}"`);
  return result;
}

describe('missing-supervision', () => {
  it('fires on the last section heading when a drug and alcohol worker post never mentions clinical supervision, and inserts the section after it', () => {
    const text = jd(worker, '## Main duties\n\nKey work with people.\n');
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.equal(
      d.message,
      'The document does not mention clinical supervision, which drug and alcohol worker posts must have (workforce plan 3.2). Say how and how often the postholder will receive it.',
    );
    assert.deepEqual(d.range, { start: { line: 4, character: 3 }, end: { line: 4, character: 14 } });
    assert.deepEqual(d.data, { kind: 'clinical', roles: ['drug-and-alcohol-worker'] });
    assert.equal(d.fixes![0].title, 'Insert a Supervision and support section');
    assert.equal(
      fixed(text, d),
      `${jd(worker, '## Main duties\n\nKey work with people.\n')}\n${section(offer('clinical'))}\n`,
    );
  });

  it('does not take a capability statement about supervision for an offer of it; the same words in prose are one', () => {
    const statements = getFramework()
      .role('drug-and-alcohol-worker')!
      .domains.flatMap((d) => d.statements)
      .filter((s) => /clinical supervision/.test(s.text));
    assert.ok(statements.length > 0, 'the role has a statement about clinical supervision');
    const capabilities = ['## Capabilities', '', ...statements.map((s) => `- ${s.text}`), ''].join('\n');
    assert.deepEqual(kinds(jd(worker, `${capabilities}\n## Main duties\n\nKey work with people.\n`)), ['clinical']);
    assert.deepEqual(kinds(jd(worker, `${capabilities}\n## Support\n\nYou will have clinical supervision.\n`)), []);
  });

  it('does not take supervision the text denies for an offer of it (plan 3.2)', () => {
    const support = (sentence: string) => kinds(jd(worker, `## Support\n\n${sentence}\n`));
    assert.deepEqual(support('There is no clinical supervision in this role.'), ['clinical']);
    assert.deepEqual(support('Clinical supervision is not currently available for this post.'), ['clinical']);
    assert.deepEqual(support('Clinical supervision isn’t offered at present.'), ['clinical']);
    assert.deepEqual(support('- Clinical supervision: none'), ['clinical']);
    // Limits and contrasts are offers.
    assert.deepEqual(support('You will receive no less than monthly clinical supervision.'), []);
    assert.deepEqual(support('Clinical supervision, not just line management, every month.'), []);
  });

  it('does not take the person specification’s mention of supervision for an offer of it', () => {
    const spec = '## Person specification\n\n- Clinical supervision training.\n';
    assert.deepEqual(kinds(jd(worker, spec)), ['clinical']);
    assert.deepEqual(kinds(jd(worker, `${spec}\n## Support\n\nMonthly clinical supervision.\n`)), []);
    // A paragraph of criteria, or a table of them, is what an applicant brings too.
    assert.deepEqual(kinds(jd(worker, '## Person specification\n\nExperience of clinical supervision.\n')), [
      'clinical',
    ]);
    const table = '| Criterion | Essential |\n| --- | --- |\n| Experience of clinical supervision | Yes |\n';
    assert.deepEqual(kinds(jd(worker, `## Person specification\n\n${table}`)), ['clinical']);
  });

  it('takes a paragraph of the person specification in which the employer speaks for an offer (a closing sentence)', () => {
    const closing = (sentence: string) =>
      kinds(
        jd(
          worker,
          `## Person specification\n\n- Essential: Experience of keywork\n- Clinical supervision training\n\n${sentence}\n`,
        ),
      );
    assert.deepEqual(
      closing('The Trust provides clinical supervision and preceptorship in line with Trust policy.'),
      [],
    );
    assert.deepEqual(closing('We offer monthly clinical supervision and\nprotected time for training.'), []);
    assert.deepEqual(closing('**This post** includes monthly clinical supervision.'), []);
    assert.deepEqual(closing('Clinical supervision experience is desirable.'), ['clinical']);
    assert.deepEqual(closing('You will receive monthly clinical supervision.'), []);
    assert.deepEqual(closing('In return, we offer monthly clinical supervision.'), []);
    assert.deepEqual(closing('You will have experience of clinical supervision.'), ['clinical'], 'a criterion');
  });

  it('does not take supervision the postholder gives others for supervision the post receives', () => {
    const text = (body: string) => kinds(jd(worker, body));
    assert.deepEqual(text('## Main duties\n\n- Provide clinical supervision to recovery workers.\n'), ['clinical']);
    assert.deepEqual(text('## Main duties\n\nYou will deliver clinical supervision to our volunteers.\n'), [
      'clinical',
    ]);
    for (const duty of [
      'Line manage the team, including monthly clinical supervision and annual appraisals.',
      'Supervise recovery workers, including their clinical supervision.',
      'Oversee clinical supervision across the team.',
    ])
      assert.deepEqual(text(`## Main duties\n\n- ${duty}\n`), ['clinical'], duty);
    // The employer giving it, or the postholder receiving it, is an offer.
    assert.deepEqual(
      text('## Support\n\nYou will be managed by the team leader, with monthly clinical supervision.\n'),
      [],
    );
    assert.deepEqual(
      text('## Main duties\n\nYou will manage a caseload of 30 and have monthly clinical supervision.\n'),
      [],
    );
    assert.deepEqual(text('## Main duties\n\n- Managing a caseload with monthly clinical supervision.\n'), []);
    assert.deepEqual(text('## Support\n\nWe provide monthly clinical supervision.\n'), []);
    // Anyone else as the subject gives it to the postholder (trial 10): a plural, a name, a title, "who".
    for (const offer of [
      'The post holder will be supervised by the Clinical Lead, with monthly clinical supervision.',
      'Team leaders provide monthly clinical supervision to all staff.',
      'Turning Point provides monthly clinical supervision to all staff.',
      'You will be supervised by the team leader, who will provide monthly clinical supervision.',
      'Practice Lead – monthly clinical supervision.',
      'The team leader will provide you with monthly clinical supervision.',
    ])
      assert.deepEqual(text(`## Supervision and support\n\n${offer}\n`), [], offer);
    // A duty that offers it to others is giving it.
    assert.deepEqual(text('## Main duties\n\n- Offer monthly clinical supervision to drug and alcohol workers.\n'), [
      'clinical',
    ]);
    assert.deepEqual(text('## Main duties\n\n- You will be expected to deliver clinical supervision to the team.\n'), [
      'clinical',
    ]);
    // So is someone else giving it to the postholder; the postholder as the subject gives it.
    assert.deepEqual(text('## Support\n\nYour line manager will provide monthly clinical supervision.\n'), []);
    assert.deepEqual(
      text('## Support\n\nIn this role, a senior practitioner delivers your clinical supervision.\n'),
      [],
    );
    assert.deepEqual(text('## Support\n\nThe clinical lead provides monthly clinical supervision.\n'), []);
    assert.deepEqual(text('## Main duties\n\n- The postholder will provide clinical supervision to the team.\n'), [
      'clinical',
    ]);
    assert.deepEqual(text('## Main duties\n\n- Lead the team and provide clinical supervision to staff.\n'), [
      'clinical',
    ]);
    assert.deepEqual(text('## Main duties\n\n- Responsible for the team and for providing clinical supervision.\n'), [
      'clinical',
    ]);
    assert.deepEqual(text('## Support\n\nThe service provides monthly clinical supervision.\n'), []);
    assert.deepEqual(text('## Main duties\n\n- Deliver and receive clinical supervision.\n'), []);
    assert.deepEqual(
      text(
        '## Main duties\n\n- Provide clinical supervision to the team.\n\n## Support\n\nYou will receive clinical supervision.\n',
      ),
      [],
    );
  });

  it('takes a role or responsibility whose noun phrase is the supervision for supervision the postholder gives', () => {
    const text = (body: string) => run(jd(worker, body)).map((d) => d.message);
    const onlyGiven = /^The document mentions clinical supervision only as something the postholder gives/;
    for (const duty of [
      '- Be responsible for the clinical supervision of three drug and alcohol workers.',
      '- Responsible for the clinical supervision of the nursing team',
      '- Responsible for clinical supervision of the nursing team.',
      '- Act as clinical supervisor to two recovery workers.',
      '- Acting as a clinical supervisor for junior staff',
      '- Take on the role of clinical supervisor for the recovery workers.',
      '- Take responsibility for the team’s clinical supervision.',
      '- Lead the team and be responsible for the ongoing clinical supervision of staff.',
      'You will act as clinical supervisor to two recovery workers.',
      'You will be the named clinical supervisor for students on placement.',
      'The postholder is responsible for the clinical supervision of the team.',
    ]) {
      const [message, ...rest] = text(`## Main duties\n\n${duty}\n`);
      assert.equal(rest.length, 0, duty);
      assert.match(message ?? '', onlyGiven, duty);
    }
    // Supervision the postholder receives: a verb of receiving, the postholder's own, or someone else as the subject.
    for (const offer of [
      'You will be responsible for attending monthly clinical supervision.',
      'You are responsible for your own clinical supervision and CPD.',
      'You will be responsible for bringing cases to clinical supervision.',
      'The postholder will receive clinical supervision from the Clinical Lead.',
      'You will be clinically supervised by the Clinical Lead.',
      'Supervision will be provided by the Clinical Lead, including monthly clinical supervision.',
      'The clinical lead is responsible for the clinical supervision of the postholder.',
      'The clinical lead is responsible for providing monthly clinical supervision.',
      'Team leaders are responsible for the clinical supervision of their staff.',
      'The team leader, who is responsible for your clinical supervision, will meet you monthly.',
      'Your line manager will act as your clinical supervisor.',
      'You will have a clinical supervisor.',
      'You will be allocated a clinical supervisor.',
      'You will have access to a clinical supervisor.',
      'There is a clinical supervisor on site.',
    ])
      assert.deepEqual(text(`## Supervision and support\n\n${offer}\n`), [], offer);
    // Given, it is asked of a post whatever its role (plan 3.3).
    const [leader] = run(
      jd(
        { title: 'Team leader', role: 'leaders-and-managers' },
        '## Main duties\n\n- Act as clinical supervisor to two recovery workers.\n',
      ),
    );
    assert.match(
      leader.message,
      /^The postholder gives clinical supervision, but the document does not say they receive it/,
    );
  });

  it('does not take supervision the postholder makes sure others receive for supervision the post receives (trial 11)', () => {
    const senior = { title: 'Senior drug and alcohol worker', role: 'senior-drug-and-alcohol-worker' };
    const text = (body: string) => run(jd(senior, body)).map((d) => d.message);
    const arranged =
      /^The document mentions clinical supervision only as something the postholder arranges for others, not as something they receive, which senior drug and alcohol worker posts must \(workforce plan 3\.2\)\. /;
    for (const duty of [
      '- Hold a caseload of up to 25 people\n- Make sure the recovery workers in your team get monthly clinical supervision',
      '- Ensure all staff receive regular clinical supervision.',
      '- Make sure all staff get regular management and clinical supervision and annual appraisals.',
      '- Arrange clinical supervision for volunteers.',
      '- Ensure the team has access to clinical supervision.',
      '- Be responsible for ensuring the team receives clinical supervision.',
      '- Ensure that volunteers are clinically supervised.',
      '- Ensure the team’s clinical supervision is up to date.',
      '- Ensure clinical supervision is available to all staff.',
      'You will make sure that students on placement receive clinical supervision.',
    ]) {
      const [message, ...rest] = text(`## Main duties\n\n${duty}\n`);
      assert.equal(rest.length, 0, duty);
      assert.match(message ?? '', arranged, duty);
    }
    // Given by the postholder too, it says so.
    assert.match(
      text(
        '## Main duties\n\n- Provide clinical supervision to two workers.\n- Ensure all staff receive clinical supervision.\n',
      )[0],
      /^The document mentions clinical supervision only as something the postholder gives or arranges for others, not as something they receive/,
    );
    // The postholder among those who receive it, someone else making sure, or no one else named, is an offer.
    for (const offer of [
      'We make sure all staff receive monthly clinical supervision.',
      'The team leader will ensure all staff receive regular clinical supervision.',
      'Turning Point ensures that every worker gets monthly clinical supervision.',
      'The clinical lead is responsible for ensuring all staff receive monthly clinical supervision.',
      'Make sure you attend monthly clinical supervision.',
      'Make sure to attend monthly clinical supervision.',
      'Ensure you and your team receive monthly clinical supervision.',
      'Arrange cover so that you can attend monthly clinical supervision.',
      'Arrange monthly clinical supervision with the clinical lead.',
      'Arrange clinical supervision for your own practice every month.',
      'Ensure that your cases are reviewed in monthly clinical supervision.',
      'Make sure you bring cases to monthly clinical supervision to discuss them with peers.',
      'Monitor your caseload and attend monthly clinical supervision.',
    ])
      assert.deepEqual(text(`## Supervision and support\n\n${offer}\n`), [], offer);
    // Making sure others get it is no giving of it: a manager is not asked to receive it as a clinical supervisor (plan 3.3).
    assert.deepEqual(
      run(
        jd(
          { title: 'Service manager', role: 'leaders-and-managers' },
          '## Main duties\n\n- Make sure all staff get regular management and clinical supervision and annual appraisals\n',
        ),
      ),
      [],
    );
  });

  it('does not take supervision offered only on request for the regular supervision the post must have (plan 3.2, 3.7; trial 11)', () => {
    const support = (sentence: string) => run(jd(worker, `## Supervision and support\n\n${sentence}\n`));
    const text = jd(
      worker,
      '## Supervision and support\n\nClinical supervision is available through the clinical lead on request.\n',
    );
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.equal(
      d.message,
      'The document offers clinical supervision only "on request", not the regular clinical supervision drug and alcohol worker posts must have (workforce plan 3.2). Workforce plan 3.7: "Clinical supervision should be treated as an essential aspect of treatment service provision, not as an optional add-on or benefit." Say how and how often the postholder will receive it.',
    );
    assert.deepEqual(d.data, { kind: 'clinical', roles: ['drug-and-alcohol-worker'] });
    assert.match(fixed(text, d), /on request\.\n\n- Regular clinical supervision/);
    for (const [sentence, words] of [
      ['Clinical supervision can be arranged if needed.', 'if needed'],
      ['Clinical supervision is provided as required.', 'as required'],
      ['Ad hoc clinical supervision with the team leader.', 'Ad hoc'],
      ['You can have clinical supervision when requested.', 'when requested'],
      ['Clinical supervision is available upon request; line management is monthly.', 'upon request'],
    ]) {
      const [message, ...others] = support(sentence).map((x) => x.message);
      assert.equal(others.length, 0, sentence);
      assert.ok(message?.startsWith(`The document offers clinical supervision only "${words}", not`), sentence);
    }
    // Regular supervision, with more on request, is regular; so is supervision a registration requires.
    for (const sentence of [
      'Monthly clinical supervision, and more often on request.',
      'Regular clinical supervision, with ad hoc sessions as needed.',
      'Clinical supervision every six weeks, or sooner if needed.',
      'Clinical supervision as required by your professional registration.',
      'Monthly clinical supervision with the clinical lead. Extra clinical supervision is available on request.',
    ])
      assert.deepEqual(support(sentence), [], sentence);
    // Other kinds and volunteers must have regular supervision too (framework section 4, plan 41.1).
    const [peer] = run(
      jd(psw, '## Supervision and support\n\nSupportive supervision is available from a senior PSW as needed.\n'),
    );
    assert.equal(
      peer.message,
      'The document offers supportive supervision only "as needed", not the regular supportive supervision drug and alcohol peer support worker posts must have (framework section 4). Say how and how often the postholder will receive it.',
    );
    // Nor is it the supervision a clinical supervisor, or another role's work, needs (plan 3.3, 38).
    const [leader] = run(
      jd(
        { title: 'Team leader', role: 'leaders-and-managers' },
        '## Main duties\n\n- Provide clinical supervision to recovery workers.\n\n## Support\n\nClinical supervision is available to you on request.\n',
      ),
    );
    assert.match(
      leader.message,
      /^The postholder gives clinical supervision, but the document offers clinical supervision only "on request", not regularly, which clinical supervisors should \(workforce plan 3\.3\)\. Workforce plan 3\.7: "Clinical supervision should be treated/,
    );
    const [keywork, ...more] = run(
      jd(
        psw,
        `## Main duties\n\n- Hold a caseload of 20 people.\n\n## Supervision and support\n\n- ${offer('supportive')}\n- Clinical supervision if needed.\n`,
      ),
    );
    assert.equal(more.length, 0);
    assert.match(
      keywork.message,
      /^The post includes another role’s work \('hold a caseload'\), but the document offers clinical supervision only "if needed", not regularly, which that work needs \(workforce plan 38\)\./,
    );
    const [helper] = run(jd(volunteer, '## Support\n\nSupervision is available from the coordinator on request.\n'));
    assert.equal(
      helper.message,
      'The document offers this volunteer supervision only "on request", not regular supervision (workforce plan 41.1). Say who will supervise the volunteer and how often.',
    );
  });

  it('takes the postholder’s own supervision for an offer, whoever else is named in the clause (trial 12)', () => {
    for (const duty of [
      'Ensure you attend the monthly clinical supervision provided to all staff.',
      'Ensure you receive regular clinical supervision as expected of all registered nurses.',
      'Arrange your monthly clinical supervision with one of our senior practitioners.',
      'Take responsibility for the clinical supervision you receive each month, preparing for every session.',
      'Make sure you attend monthly clinical supervision and report back to the team on learning.',
      'Make sure your diary has monthly clinical supervision booked in advance.',
      'Keep your diary up to date and make sure there is regular clinical supervision booked in.',
      'Monitor clients’ progress in clinical supervision with your team leader every month.',
      "Monitor clients' progress in clinical supervision with your team leader every month.",
      'Arrange clinical supervision for volunteers and yourself.',
    ])
      assert.deepEqual(
        run(jd(worker, `## Main duties\n\n- Hold a caseload of around 35 adults.\n- ${duty}\n`)).map((d) => d.message),
        [],
        duty,
      );
  });

  it('does not take regular supervision, a requirement, another clause’s words or an obligation to attend for supervision only on request (trial 12)', () => {
    for (const sentence of [
      '- You will receive clinical supervision six times a year, with ad hoc supervision available on request.',
      '- You will receive clinical supervision from a registered nurse, as required for NMC revalidation.',
      '- Clinical supervision from our consultant psychologist, who you can also contact for advice when needed.',
    ])
      assert.deepEqual(
        run(jd(worker, `## Main duties\n\n- Hold a caseload.\n\n## Supervision and support\n\n${sentence}\n`)).map(
          (d) => d.message,
        ),
        [],
        sentence,
      );
    for (const duty of [
      'Attend clinical supervision, team meetings and training as required.',
      'Attend clinical supervision as required.',
    ])
      assert.deepEqual(
        run(jd(worker, `## Main duties\n\n- Hold a caseload.\n- ${duty}\n`)).map((d) => d.message),
        [],
        duty,
      );
  });

  it('takes supervision only on request for that, whatever is regular about another kind or its heading (trial 12)', () => {
    const onRequest = (body: string, who = worker) => run(jd(who, body)).map((d) => d.message);
    for (const [section, words] of [
      [
        '- Clinical supervision is available on request, and you will also have monthly management supervision.',
        'on request',
      ],
      ['- You will have monthly management supervision and clinical supervision when needed.', 'when needed'],
      ['- Clinical supervision when needed, and monthly line management.', 'when needed'],
    ]) {
      const [message, ...rest] = onRequest(`## Supervision and support\n\n${section}\n`);
      assert.equal(rest.length, 0, section);
      assert.ok(message?.startsWith(`The document offers clinical supervision only "${words}", not`), section);
    }
    const [heading, ...rest] = onRequest(
      '## Main duties\n\n- Hold a caseload.\n\n## Clinical supervision\n\nAvailable on request from the team’s psychologist.\n',
    );
    assert.equal(rest.length, 0);
    assert.ok(heading?.startsWith('The document offers clinical supervision only "on request", not'), heading);
    // A heading alone is no regular offer; with regular words under it, it is.
    for (const title of ['Supervision and support', 'Your support'])
      assert.deepEqual(
        onRequest(
          `## What you will do\n\n- Welcome people.\n\n## ${title}\n\n- Supervision from the volunteer coordinator as needed.\n`,
          volunteer,
        ),
        [
          'The document offers this volunteer supervision only "as needed", not regular supervision (workforce plan 41.1). Say who will supervise the volunteer and how often.',
        ],
        title,
      );
    assert.deepEqual(onRequest('## Clinical supervision\n\nMonthly, with the clinical lead.\n'), []);
  });

  it('says the document mentions the supervision only as given, not that it does not mention it', () => {
    const [given] = run(jd(worker, '## Main duties\n\n- Provide clinical supervision to recovery workers.\n'));
    assert.match(
      given.message,
      /^The document mentions clinical supervision only as something the postholder gives, not as something they receive, which drug and alcohol worker posts must \(workforce plan 3\.2\)\. Say how and how often the postholder will receive it\.$/,
    );
    const [none] = run(jd(worker, '## Main duties\n\n- Run groups.\n'));
    assert.match(none.message, /^The document does not mention clinical supervision, which/);
  });

  it('asks a post that gives clinical supervision to receive it, whatever its role (plan 3.3)', () => {
    const leader = { title: 'Team leader', role: 'leaders-and-managers' };
    const gives = '## Main duties\n\n- Provide clinical supervision to recovery workers.\n';
    for (const fields of [leader, { title: 'Service lead' }]) {
      const text = jd(fields, gives);
      const [d, ...rest] = run(text);
      assert.equal(rest.length, 0);
      assert.equal(
        d.message,
        'The postholder gives clinical supervision, but the document does not say they receive it, which clinical supervisors should (workforce plan 3.3). Say how and how often the postholder will receive it.',
      );
      assert.match(fixed(text, d), /Regular clinical supervision/);
      assert.deepEqual(run(`${text}\n## Support\n\nYou will receive monthly clinical supervision.\n`), []);
    }
    // Supervising as an applicant's experience is no duty of the post.
    assert.deepEqual(
      run(jd(leader, '## Person specification\n\n- Experience of providing clinical supervision.\n')),
      [],
    );
  });

  it('asks a peer support worker given keyworkers’ work for clinical supervision too (plan 38)', () => {
    const supportive = `## Supervision and support\n\n- ${offer('supportive')}\n`;
    const text = jd(psw, `## Main duties\n\n- Hold a caseload of 20 people.\n\n${supportive}`);
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.equal(
      d.message,
      "The post includes another role’s work ('hold a caseload'), but the document does not mention clinical supervision, which that work needs (workforce plan 38). Say how and how often the postholder will receive it.",
    );
    assert.match(fixed(text, d), /Regular clinical supervision/);
    assert.deepEqual(kinds(jd(psw, `## Main duties\n\n- Share your lived experience.\n\n${supportive}`)), []);
  });

  it('offers regulated roles the monthly session of at least 60 minutes (plan 3.2)', () => {
    const text = jd({ title: 'Nurse', role: 'nurse' }, 'Text.\n');
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.equal(
      d.message,
      'The document does not mention clinical supervision, which nurse posts must have (workforce plan 3.2). Say how and how often the postholder will receive it.',
    );
    assert.match(fixed(text, d), /^- Regular clinical supervision, at least once a month for at least 60 minutes/m);
  });

  it('offers other roles clinical supervision without the frequency plan 3.2 sets only for regulated roles', () => {
    const text = jd(worker, 'Text.\n');
    const inserted = fixed(text, run(text)[0]);
    assert.ok(inserted.includes(`\n- ${offer('clinical')}\n`));
    assert.doesNotMatch(inserted, /once a month|60 minutes/);
    // Accredited counsellors count as regulated (plan, the regulated workforce).
    const counsellor = jd({ title: 'Counsellor', role: 'counsellor' }, 'Text.\n');
    assert.match(fixed(counsellor, run(counsellor)[0]), /^- Regular clinical supervision, at least once a month/m);
  });

  it('reports at a supervision heading that does not name the kind of supervision, adding it to that section', () => {
    const text = jd(
      worker,
      '## Supervision and support\n\nMonthly supervision with your manager.\n\n## Terms\n\n- Pension.\n',
    );
    const [d] = run(text);
    assert.deepEqual(d.range, { start: { line: 4, character: 3 }, end: { line: 4, character: 26 } });
    assert.equal(d.fixes![0].title, 'Add clinical supervision to "Supervision and support"');
    assert.equal(
      fixed(text, d),
      jd(
        worker,
        `## Supervision and support\n\nMonthly supervision with your manager.\n\n- ${offer('clinical')}\n\n## Terms\n\n- Pension.\n`,
      ),
    );
    // A list goes on; a section with no blank line before the next heading gets one.
    const list = jd(worker, '## Support and supervision\n- Monthly supervision.\n## Terms\n');
    assert.equal(
      fixed(list, run(list)[0]),
      jd(worker, `## Support and supervision\n- Monthly supervision.\n- ${offer('clinical')}\n\n## Terms\n`),
    );
    assert.deepEqual(run(jd(worker, '## Supervision and support\n\nMonthly clinical\nsupervision.\n')), []);
  });

  it('asks CYP drug and alcohol workers for safeguarding supervision too (plan 35.1), one fix adding both', () => {
    const text = jd(cyp, 'Text.\n');
    const diagnostics = run(text);
    assert.deepEqual(
      diagnostics.map((d) => d.data?.kind),
      ['clinical', 'safeguarding'],
    );
    assert.deepEqual(diagnostics[0].fixes, diagnostics[1].fixes);
    assert.equal(fixed(text, diagnostics[1]), `${text}\n${section(offer('clinical'), offer('safeguarding'))}\n`);

    const clinical = jd(cyp, '## Supervision and support\n\n- You will receive clinical supervision.\n');
    const [d, ...rest] = run(clinical);
    assert.equal(rest.length, 0);
    assert.equal(d.data?.kind, 'safeguarding');
    assert.equal(
      d.message,
      'The document does not mention safeguarding supervision, which children and young people’s drug and alcohol worker posts must have (workforce plan 35.1). Say how and how often the postholder will receive it.',
    );
    assert.equal(d.fixes![0].title, 'Add safeguarding supervision to "Supervision and support"');
    fixed(clinical, d);
    assert.deepEqual(run(jd(cyp, 'Monthly clinical supervision and safeguarding supervision.\n')), []);
  });

  it('asks peer support workers for supportive supervision, not clinical supervision', () => {
    const text = jd(psw, 'You will receive clinical supervision.\n');
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.equal(d.data?.kind, 'supportive');
    assert.match(d.message, /which drug and alcohol peer support worker posts must have \(framework section 4\)\./);
    assert.equal(fixed(text, d), `${text}\n${section(offer('supportive'))}\n`);
    assert.deepEqual(run(jd(psw, 'Regular reflective supervision with a senior PSW.\n')), []);
  });

  it('asks volunteer roles for supervision of any kind (plan 39.1, 41.1), inserting a volunteer’s section', () => {
    const text = jd(volunteer, 'Help at the recovery café.\n');
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.deepEqual(d.data, { kind: 'volunteer', roles: ['peer-support-worker'] });
    assert.equal(
      d.message,
      'The document does not say how this volunteer will be supervised (workforce plan 41.1). Say who will supervise the volunteer and how often.',
    );
    // No line management, work plan or appraisal: those are for employees.
    assert.equal(
      fixed(text, d),
      `${text}\n## Supervision and support\n\nYou will receive:\n\n- ${guidance.volunteers.supervision.offer}\n`,
    );
    assert.deepEqual(run(jd(volunteer, 'You will be supervised by the volunteer coordinator.\n')), []);
    assert.equal(
      kinds(jd({ title: 'Volunteer', employment: 'volunteer' }, 'Text.\n')).length,
      1,
      'applies without a role',
    );
  });

  it('takes a volunteer job title for a volunteer role unless the post is declared paid', () => {
    assert.deepEqual(kinds(jd({ title: 'Recovery coach' }, 'Text.\n')), ['volunteer']);
    assert.deepEqual(
      kinds(jd({ title: 'Recovery coach', role: 'peer-support-worker', employment: 'paid' }, 'Text.\n')),
      ['supportive'],
    );
  });

  it('puts the section before the terms, pay and applying sections, reporting on the heading it follows', () => {
    const body =
      '## Main duties\n\n- Key work.\n\n## Person specification\n\n- Experience.\n## Terms\n\n- Pension.\n\n## How to apply\n\nOnline.\n';
    const text = jd(worker, body);
    const [d] = run(text);
    assert.deepEqual(d.range, { start: { line: 8, character: 3 }, end: { line: 8, character: 23 } });
    assert.equal(
      fixed(text, d),
      jd(
        worker,
        `## Main duties\n\n- Key work.\n\n## Person specification\n\n- Experience.\n\n${section(offer('clinical'))}\n\n## Terms\n\n- Pension.\n\n## How to apply\n\nOnline.\n`,
      ),
    );
    // Only terms: before them, reported on their heading.
    const terms = jd(worker, '## Terms\n\n- Pension.\n');
    const [t] = run(terms);
    assert.deepEqual(t.range, { start: { line: 4, character: 3 }, end: { line: 4, character: 8 } });
    assert.equal(
      fixed(terms, t),
      jd(worker, `${section(offer('clinical'))}\n\n## Terms\n\n- Pension.\n`).replace(
        '---\n## Supervision',
        '---\n\n## Supervision',
      ),
    );
  });

  it('reports on the title when the document has no sections', () => {
    const [d] = run(jd(worker, 'Key work with people.\n'));
    assert.deepEqual(d.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 32 } });
  });

  it('closes a comment left open at the end before inserting, and keeps the line endings', () => {
    const text = jd(worker, '## Main duties\n\nKey work.\n\n<!-- notes\n').replace(/\n/g, '\r\n');
    const [d] = run(text);
    const result = fixed(text, d);
    assert.ok(result.startsWith(`${text}\r\n-->\r\n\r\n## Supervision and support\r\n`), result);
    assert.ok(!/[^\r]\n/.test(result), 'CRLF throughout');
  });

  it('does not count a mention inside a comment', () => {
    assert.deepEqual(kinds(jd(worker, '<!-- clinical supervision: to do -->\n')), ['clinical']);
  });

  it('asks a post with no role that describes casework for clinical supervision, whatever its role (plan 3.2)', () => {
    const navigator = { title: 'Wellbeing navigator' };
    const text = jd(
      navigator,
      '## Main duties\n\nYou will hold a caseload, key work each person and agree their recovery plans.\n',
    );
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.deepEqual(d.data, { kind: 'clinical' });
    assert.equal(
      d.message,
      'The document does not mention clinical supervision, which a post that holds a caseload or delivers treatment, whatever its role, must have (workforce plan 3.2). Say how and how often the postholder will receive it.',
    );
    assert.deepEqual(d.range, { start: { line: 3, character: 3 }, end: { line: 3, character: 14 } });
    assert.equal(fixed(text, d), `${text}\n${section(offer('clinical'))}\n`);
    for (const phrase of ['Manage a caseload of 30.', 'Deliver key work sessions.', 'Write recovery plans.']) {
      assert.deepEqual(kinds(jd(navigator, `${phrase}\n`)), ['clinical'], phrase);
    }
  });

  it('is silent for a post with no role and no casework, or casework and clinical supervision', () => {
    const navigator = { title: 'Wellbeing navigator' };
    assert.deepEqual(run(jd(navigator, '## Main duties\n\nWelcome visitors and answer the phone.\n')), []);
    assert.deepEqual(run(jd(navigator, 'You will hold a caseload and receive monthly clinical supervision.\n')), []);
  });

  it('does not take casework the document rules out for casework', () => {
    const navigator = { title: 'Wellbeing navigator' };
    for (const body of [
      'You will not hold a clinical caseload.\n',
      '## Main duties\n\nThe post holder will not:\n\n- key work people in treatment\n- write recovery plans\n',
      '## What this role does not include\n\n- Holding a caseload\n',
    ])
      assert.deepEqual(run(jd(navigator, body)), [], body);
    assert.deepEqual(kinds(jd(navigator, 'You will not do night shifts. You will hold a caseload.\n')), ['clinical']);
  });

  it('ignores roles without supervision guidance and documents without a role', () => {
    assert.deepEqual(run(jd({ title: 'Commissioner', role: 'commissioner' }, 'Text.\n')), []);
    assert.deepEqual(run(jd({ title: 'Team manager', role: 'leader-manager' }, 'Text.\n')), []);
    assert.deepEqual(run('No front matter.\n'), []);
  });
});
