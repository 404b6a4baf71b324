// framework-data/interview.json (issue 12) against its schema, the framework
// it draws on and the source texts it quotes, and through jdkit's own stigma rule.
import assert from 'node:assert/strict';
import { getFramework } from '../../src/core/framework/load';
import { loadInterviewData } from '../../src/core/framework/interview';
import { lint } from '../../src/core/lint';
import { RULE_BY_ID } from '../../src/core/rules';
import { jd } from './helpers';
import { quoteIsVerbatim } from './sources';

const data = loadInterviewData();
const framework = getFramework();

/** Every question in the file with where it is, for messages. */
function allQuestions(): { where: string; question: string; goodAnswer: string[] }[] {
  return [
    ...data.values.map((v) => ({ where: `values ${v.id}`, ...v })),
    ...data.registration.map((r) => ({ where: `registration ${r.regulator}`, ...r })),
    ...supervisionQuestions().map(([where, q]) => ({ where, ...q })),
    ...supervisionQuestions().flatMap(([where, q]) =>
      q.offeredQuestion ? [{ where: `${where} (offered)`, ...q, question: q.offeredQuestion }] : [],
    ),
    ...data.profiles.flatMap((p) => p.questions.map((q, i) => ({ where: `${p.role} profile[${i}]`, ...q }))),
    ...data.domains.flatMap((d) => d.questions.map((q, i) => ({ where: `${d.role}/${d.domain}[${i}]`, ...q }))),
  ];
}

function supervisionQuestions() {
  return [
    ['supervision', data.supervision],
    ['volunteer supervision', data.volunteerSupervision],
    ['supportive supervision', data.supportiveSupervision],
    ['management supervision', data.managementSupervision],
  ] as const;
}

describe('interview data', () => {
  it('is the bundled data, loaded once', () => {
    assert.ok(data.domains.length > 0);
    assert.equal(loadInterviewData(), data);
    assert.deepEqual(
      data.scale.points.map((p) => p.score),
      [0, 1, 2, 3],
    );
  });

  it('has one entry with 1-2 questions for every domain of every capability role, and no others', () => {
    const expected = framework.capabilityRoles.flatMap((r) => r.domains.map((d) => `${r.id}/${d.id}`));
    const actual = data.domains.map((d) => `${d.role}/${d.domain}`);
    assert.deepEqual([...actual].sort(), [...expected].sort());
    assert.equal(new Set(actual).size, actual.length, 'no domain listed twice');
    for (const d of data.domains)
      assert.ok(d.questions.length >= 1 && d.questions.length <= 2, `${d.role}/${d.domain}`);
  });

  it('names 1-4 statements of the same role and domain for every domain question', () => {
    for (const d of data.domains) {
      d.questions.forEach((q, i) => {
        assert.ok(q.statements.length >= 1 && q.statements.length <= 4, `${d.role}/${d.domain}[${i}]`);
        assert.equal(
          new Set(q.statements).size,
          q.statements.length,
          `${d.role}/${d.domain}[${i}] repeats a statement`,
        );
        for (const id of q.statements) {
          const entry = framework.statement(id);
          assert.ok(entry, `${d.role}/${d.domain}[${i}]: no statement ${id}`);
          assert.equal(entry.role.id, d.role, `${id} is not a statement of ${d.role}`);
          assert.equal(entry.domain.id, d.domain, `${id} is not in domain ${d.domain}`);
        }
      });
    }
  });

  it('marks the questions on leading others, and gives every domain of a pick-and-mix role another', () => {
    // Asking how the candidate supervises, leads, manages or mentors others.
    const onLeading = /\b(supervising|provide clinical supervision|clinical leadership|mentor(ed)?)\b/i;
    for (const d of data.domains) {
      d.questions.forEach((q, i) =>
        assert.equal(q.leadsOthers === true, onLeading.test(q.question), `${d.role}/${d.domain}[${i}]`),
      );
      if (framework.role(d.role)!.pickAndMix)
        assert.ok(
          d.questions.some((q) => !q.leadsOthers),
          `${d.role}/${d.domain} has a question for a post that leads no one`,
        );
    }
  });

  it('has 2-4 good-answer points for every domain question and 4-6 values questions', () => {
    for (const d of data.domains) {
      d.questions.forEach((q, i) =>
        assert.ok(q.goodAnswer.length >= 2 && q.goodAnswer.length <= 4, `${d.role}/${d.domain}[${i}]`),
      );
    }
    assert.ok(data.values.length >= 4 && data.values.length <= 6);
    assert.equal(new Set(data.values.map((v) => v.id)).size, data.values.length, 'values ids are unique');
  });

  it('quotes every values and supervision source verbatim', () => {
    for (const v of data.values)
      assert.ok(quoteIsVerbatim(v.source), `values ${v.id}: quote not found in ${v.source.document}`);
    assert.ok(quoteIsVerbatim(data.supervision.source), 'supervision: quote not found');
    assert.equal(data.supervision.source.document, 'plan');
    assert.equal(data.supervision.source.ref, '3.2');
    assert.ok(quoteIsVerbatim(data.volunteerSupervision.source), 'volunteer supervision: quote not found');
    assert.equal(data.volunteerSupervision.source.ref, '39.1');
    assert.doesNotMatch(JSON.stringify(data.volunteerSupervision), /clinical supervision/i);
    assert.ok(quoteIsVerbatim(data.supportiveSupervision.source), 'supportive supervision: quote not found');
    assert.equal(data.supportiveSupervision.source.ref, '4');
    assert.ok(quoteIsVerbatim(data.managementSupervision.source), 'management supervision: quote not found');
    assert.equal(data.managementSupervision.source.ref, '3.6');
  });

  it('says the post has supervision only in the wording for a job description that offers it', () => {
    for (const [where, q] of supervisionQuestions()) assert.doesNotMatch(q.question, /\b(here|we|our)\b/i, where);
  });

  it('asks about the role descriptor of every role without capabilities, quoting its section verbatim', () => {
    const descriptorOnly = framework.roles.filter((r) => r.kind !== 'capabilities');
    assert.deepEqual(data.profiles.map((p) => p.role).sort(), descriptorOnly.map((r) => r.id).sort());
    for (const profile of data.profiles) {
      const role = framework.role(profile.role)!;
      for (const q of profile.questions) {
        assert.ok(quoteIsVerbatim(q.source), `${profile.role}: quote not found`);
        assert.equal(q.source.ref, role.section, `${profile.role} cites its own section`);
        assert.ok(
          role.profile.some((paragraph) => paragraph.includes(q.source.quote.slice(0, 60))),
          `${profile.role}: the quote is from its role descriptor`,
        );
      }
    }
  });

  it('has one registration question per regulator in the roles, naming exactly the roles it regulates', () => {
    const expected = new Map<string, string[]>();
    for (const role of framework.roles) {
      if (role.regulation)
        expected.set(role.regulation.regulator, [...(expected.get(role.regulation.regulator) ?? []), role.id]);
    }
    const actual = data.registration.map((r) => r.regulator);
    assert.equal(new Set(actual).size, actual.length, 'one entry per regulator');
    assert.deepEqual([...actual].sort(), [...expected.keys()].sort());
    for (const r of data.registration)
      assert.deepEqual([...r.roles].sort(), [...expected.get(r.regulator)!].sort(), r.regulator);
  });

  it('uses no stigmatising language in any question or good-answer point', () => {
    const rule = RULE_BY_ID.get('stigmatising-language');
    assert.ok(rule);
    const texts = allQuestions().flatMap((q) =>
      [q.question, ...q.goodAnswer].map((text) => ({ where: q.where, text })),
    );
    const body = texts.map((t) => t.text).join('\n\n');
    const findings = lint(
      jd({ title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' }, `## Interview\n\n${body}\n`),
      {
        rules: [rule],
      },
    ).diagnostics.filter((d) => d.rule === 'stigmatising-language');
    assert.deepEqual(
      findings.map((d) => d.message),
      [],
    );
    // The check itself works: a stigmatising term in the same position is found.
    const control = lint(
      jd(
        { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' },
        '## Interview\n\nHow would you support addicts?\n',
      ),
      {
        rules: [rule],
      },
    ).diagnostics;
    assert.ok(control.length > 0);
  });

  it('has no two identical questions and no question under 40 characters', () => {
    const seen = new Map<string, string>();
    for (const q of allQuestions()) {
      assert.ok(q.question.length >= 40, `${q.where}: question too short`);
      const key = q.question.toLowerCase().replace(/\s+/g, ' ').trim();
      assert.ok(!seen.has(key), `${q.where} repeats ${seen.get(key)}`);
      seen.set(key, q.where);
    }
  });
});
