// Role and population inferred from the body of a job description (lint-context.ts).
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { parseJd } from '../../src/core/document/parse';
import { getFramework } from '../../src/core/framework/load';
import { LintContext, MIN_ROLE_EVIDENCE } from '../../src/core/lint-context';
import { jd, runRule } from './helpers';

const framework = getFramework();
const context = (doc: string) => new LintContext(parseJd(doc), framework, DEFAULT_CONFIG);

/** Drug and alcohol worker statements in an employer's words (none the same text as another role's), with the statement each restates. */
const DUTIES: [string, string][] = [
  ['Carry out comprehensive assessments of each client’s substance use and their health and social needs', 'DAW-3-03'],
  ['Hold a caseload of service users, managing your time and priorities as risks and needs change', 'DAW-1-04'],
  ['Provide regular one-to-one keywork sessions and run relapse prevention groups', 'DAW-4-06'],
  ['Support service users to register with a GP and dentist and engage with housing services', 'DAW-4-09'],
];
const mainDuties = (count = DUTIES.length) =>
  `## Main duties\n\n${DUTIES.slice(0, count)
    .map(([d]) => `- ${d}`)
    .join('\n')}\n`;
/** Prose about young people: three mentions, none of adults. */
const ABOUT_YOUNG_PEOPLE =
  '## About the role\n\nYou will work with young people across Wexcombe, in their homes and in the community, and with the families of the young people you support.\n\n';
const unknownTitle = { title: 'Wellbeing navigator' };

describe('LintContext: role and population from the body', () => {
  it('infers the drug and alcohol worker from duties that restate its statements in other words', () => {
    const ctx = context(jd(unknownTitle, mainDuties()));
    assert.equal(ctx.title.roles.length, 0, 'the title names no role');
    assert.equal(ctx.role?.id, 'drug-and-alcohol-worker');
    assert.equal(ctx.roleSource, 'capabilities');
    assert.deepEqual(
      ctx.roleEvidence?.bullets.map((b) => [b.bullet.text, b.match.best?.statement.id, b.match.best?.kind]),
      DUTIES.map(([d, id]) => [d, id, 'meaning']),
    );
    assert.equal(ctx.roleEvidence?.populationMentions, null);
    assert.equal(ctx.population, undefined);
  });

  it('takes, of the roles a title offers as alternatives, the one the bullets restate; else the first named', () => {
    const title = { title: 'Non-Medical Prescriber (Nurse or Pharmacist)' };
    /** Statements of one role whose text no statement of the other has. */
    const onlyOf = (role: string, other: string) =>
      framework
        .role(role)!
        .domains.flatMap((d) => d.statements)
        .filter((s) => !framework.role(other)!.domains.some((d) => d.statements.some((o) => o.text === s.text)))
        .slice(0, 3)
        .map((s) => `- ${s.text}`)
        .join('\n');
    const withBullets = (bullets: string) => context(jd(title, `## Capabilities\n\n${bullets}\n`));
    assert.equal(withBullets(onlyOf('pharmacy-professional', 'nurse')).role?.id, 'pharmacy-professional');
    assert.equal(withBullets(onlyOf('nurse', 'pharmacy-professional')).role?.id, 'nurse');
    const none = context(jd(title, '## About the role\n\nPrescribing in our community clinics.\n'));
    assert.equal(none.role?.id, 'nurse');
    assert.equal(none.roleSource, 'title');
    // The role taken is offered first, the other as what the title could also mean.
    const [d] = runRule('role-inferred', jd(title, `## Capabilities\n\n${onlyOf('pharmacy-professional', 'nurse')}\n`));
    assert.deepEqual(d.data?.roles, ['pharmacy-professional', 'nurse']);
    assert.match(d.message, /took the role "Pharmacist and pharmacy technician".* The title could also mean "Nurse"\./);
  });

  it('makes it the CYP drug and alcohol worker when the text is about young people', () => {
    const ctx = context(jd(unknownTitle, ABOUT_YOUNG_PEOPLE + mainDuties()));
    assert.equal(ctx.role?.id, 'cyp-drug-and-alcohol-worker');
    assert.equal(ctx.roleSource, 'capabilities');
    assert.equal(ctx.population, 'children-and-young-people');
    assert.deepEqual(ctx.roleEvidence?.populationMentions, { 'children-and-young-people': 2, adults: 0 });
    assert.equal(ctx.roleEvidence?.bullets.length, DUTIES.length);
  });

  it('needs several mentions of young people, and more than of adults', () => {
    const once = '## About the role\n\nSome of the people you support will be young people.\n\n';
    assert.equal(context(jd(unknownTitle, once + mainDuties())).role?.id, 'drug-and-alcohol-worker');
    const both =
      '## About the role\n\nYou will work with young people and young people’s families, and with adults and adults’ families.\n\n';
    assert.equal(context(jd(unknownTitle, both + mainDuties())).role?.id, 'drug-and-alcohol-worker');
  });

  it('infers a vague title’s usual role from duties its statements restate as well as statements other roles share', () => {
    // Each duty's closest statement is another role's text that the social worker shares (NUR-3-05, NUR-5-01) or
    // the social worker shares with the drug and alcohol worker (DAW-4-15): the social worker has all three, yet
    // "recovery worker" means the drug and alcohol worker (framework 1), whose statements say the same.
    const duties = [
      'Complete comprehensive assessments and risk assessments and develop recovery care plans with clients',
      'Deliver 1-1 and group psychosocial interventions using motivational interviewing and CBT based tools',
      'Provide harm reduction advice including naloxone training',
    ];
    const body = `## Main duties\n\n${duties.map((d) => `- ${d}`).join('\n')}\n`;
    const ctx = context(jd({ title: 'Recovery Worker' }, body));
    assert.ok(ctx.title.vague);
    assert.deepEqual(
      duties.map((d) => framework.matcher.match(d).best?.sameText.some((s) => s.role === 'social-worker')),
      [true, true, true],
      'the social worker has every duty’s closest text',
    );
    assert.equal(ctx.role?.id, 'drug-and-alcohol-worker');
    assert.equal(ctx.roleSource, 'capabilities');
    assert.deepEqual(
      ctx.roleEvidence?.bullets.map((b) => b.match.best?.statement.role),
      duties.map(() => 'drug-and-alcohol-worker'),
    );
    // Under a title that is not vague, the same duties point to the role that has all three texts.
    assert.equal(context(jd(unknownTitle, body)).role?.id, 'social-worker');
  });

  it('infers another role than a vague title’s usual one when the bullets restate its own statements', () => {
    const peerWork = [
      'able to use lived experience of their own or a partner’s or family member’s problematic drug and alcohol use and recovery to guide supportive work',
      'able to consistently deploy evidence-based peer support strategies to promote recovery',
      'able to provide one-to-one peer support to people through sessions, informal contact and follow-ups',
    ];
    const ctx = context(
      jd({ title: 'Recovery Worker' }, `## Main duties\n\n${peerWork.map((d) => `- ${d}`).join('\n')}\n`),
    );
    assert.equal(ctx.role?.id, 'peer-support-worker');
  });

  it(`infers no role from fewer than ${MIN_ROLE_EVIDENCE} restating bullets`, () => {
    const ctx = context(jd(unknownTitle, mainDuties(2)));
    assert.equal(ctx.role, null);
    assert.equal(ctx.roleSource, null);
    assert.equal(ctx.roleEvidence, null);
    assert.equal(context(jd(unknownTitle, mainDuties(3))).role?.id, 'drug-and-alcohol-worker');
  });

  it('never infers a role for a volunteer or an out-of-scope title', () => {
    for (const title of ['Peer mentor', 'Prison wellbeing navigator']) {
      const ctx = context(jd({ title }, ABOUT_YOUNG_PEOPLE + mainDuties()));
      assert.ok(ctx.title.volunteer || ctx.title.outOfScope, title);
      assert.equal(ctx.role, null, title);
      assert.equal(ctx.roleSource, null, title);
      assert.equal(ctx.roleEvidence, null, title);
    }
  });

  it('does not let mentions inside the Capabilities section decide the population', () => {
    const capabilities =
      '## Capabilities\n\nThis post supports young people, young people’s families and young people in schools.\n\n- Work well with young people\n';
    const ctx = context(jd(unknownTitle, `${mainDuties()}\n${capabilities}`));
    assert.equal(ctx.role?.id, 'drug-and-alcohol-worker');
    assert.equal(ctx.population, undefined);
  });

  it('takes the population from the field, then a title qualifier, before the text', () => {
    const adults = context(jd({ ...unknownTitle, population: 'adults' }, ABOUT_YOUNG_PEOPLE + mainDuties()));
    assert.equal(adults.population, 'adults');
    assert.equal(adults.role?.id, 'drug-and-alcohol-worker', 'the field overrides the text about young people');
    assert.equal(adults.roleEvidence?.populationMentions, null);
    const youth = context(
      jd({ title: 'Youth wellbeing navigator' }, 'You will work with adults and their families.\n'),
    );
    assert.equal(youth.population, 'children-and-young-people');
    assert.equal(context(jd({ title: 'Youth wellbeing navigator', population: 'adults' }, '')).population, 'adults');
  });

  it('makes it the CYP drug and alcohol worker when the population field or a title qualifier says so', () => {
    const field = context(jd({ ...unknownTitle, population: 'children-and-young-people' }, mainDuties()));
    assert.equal(field.population, 'children-and-young-people');
    assert.equal(field.role?.id, 'cyp-drug-and-alcohol-worker');
    assert.equal(field.roleEvidence?.populationMentions, null, 'the text did not decide it');
    const title = context(jd({ title: 'Youth wellbeing navigator' }, mainDuties()));
    assert.equal(title.title.roles.length, 0, 'the title names no role');
    assert.equal(title.population, 'children-and-young-people');
    assert.equal(title.role?.id, 'cyp-drug-and-alcohol-worker');
    assert.equal(title.roleEvidence?.populationMentions, null, 'the text did not decide it');
  });

  it('makes a title’s adult role the CYP one when the text, the population field or the declared role is about young people', () => {
    const title = { title: 'Substance misuse practitioner' };
    const plain = context(jd(title, mainDuties()));
    assert.deepEqual([plain.role?.id, plain.roleSource], ['drug-and-alcohol-worker', 'title']);
    const byText = context(jd(title, ABOUT_YOUNG_PEOPLE + mainDuties()));
    assert.deepEqual(byText.titleRoles, ['cyp-drug-and-alcohol-worker']);
    assert.deepEqual([byText.role?.id, byText.roleSource], ['cyp-drug-and-alcohol-worker', 'title']);
    assert.deepEqual(byText.roleEvidence, {
      bullets: [],
      populationMentions: { 'children-and-young-people': 2, adults: 0 },
    });
    const byField = context(jd({ ...title, population: 'children-and-young-people' }, mainDuties()));
    assert.equal(byField.role?.id, 'cyp-drug-and-alcohol-worker');
    assert.equal(byField.roleEvidence, null, 'the text did not decide it');
    const adults = context(jd({ ...title, population: 'adults' }, ABOUT_YOUNG_PEOPLE + mainDuties()));
    assert.equal(adults.role?.id, 'drug-and-alcohol-worker', 'the field overrides the text');
    const declared = context(jd({ ...title, role: 'cyp-drug-and-alcohol-worker' }, mainDuties()));
    assert.deepEqual(declared.titleRoles, ['cyp-drug-and-alcohol-worker']);
    // A role with no CYP counterpart stays as the title names it.
    assert.equal(context(jd({ title: 'Substance misuse nurse' }, ABOUT_YOUNG_PEOPLE)).role?.id, 'nurse');
  });

  it('says the post describes casework from a caseload, key work or recovery plans in the text', () => {
    assert.equal(context(jd(unknownTitle, 'You will hold a caseload.\n')).describesCasework, true);
    assert.equal(context(jd(unknownTitle, 'You will deliver key work.\n')).describesCasework, true);
    assert.equal(context(jd(unknownTitle, 'You will write recovery plans with people.\n')).describesCasework, true);
    assert.equal(context(jd(unknownTitle, 'You will run the reception desk.\n')).describesCasework, false);
  });
});

describe('role-inferred from the body', () => {
  const run = (text: string) => runRule('role-inferred', text);

  it('gives the bullets the role rests on', () => {
    const text = jd(unknownTitle, mainDuties());
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /took the role "Drug and alcohol worker" \(capability framework section 5\.1\) from the 4 capabilities and duties that restate its statements \(DAW-3-03, DAW-1-04, DAW-4-06, DAW-4-09\) and checks/,
    );
    assert.doesNotMatch(d.message, /young people/);
    assert.deepEqual(d.data, {
      roles: ['drug-and-alcohol-worker'],
      source: 'capabilities',
      statements: DUTIES.map(([, id]) => id),
    });
  });

  it('says when the text about children and young people made it the CYP role', () => {
    const [d] = run(jd(unknownTitle, ABOUT_YOUNG_PEOPLE + mainDuties()));
    assert.match(d.message, /took the role "Children and young people’s drug and alcohol worker"/);
    assert.match(
      d.message,
      /from the 4 capabilities and duties that restate its statements \(DAW-3-03, DAW-1-04, DAW-4-06, DAW-4-09\), and the text, which is about children and young people \(2 mentions, 0 of adults\)/,
    );
    assert.deepEqual(d.data?.roles, ['cyp-drug-and-alcohol-worker']);
  });

  it('says when the text about children and young people made a title’s role the CYP one', () => {
    const [d] = run(jd({ title: 'Substance misuse practitioner' }, ABOUT_YOUNG_PEOPLE + mainDuties()));
    assert.equal(
      d.message,
      'There is no "role" field, so jdkit took the role "Children and young people’s drug and alcohol worker" (capability framework section 5.2) from the job title "Substance misuse practitioner", and the text, which is about children and young people (2 mentions, 0 of adults), and checks the document against it. Add "role: cyp-drug-and-alcohol-worker" to the front matter to make this certain.',
    );
    assert.deepEqual(d.data, { roles: ['cyp-drug-and-alcohol-worker'], source: 'title' });
  });
});
