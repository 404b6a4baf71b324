import assert from 'node:assert/strict';
import { parseJd } from '../../src/core/document/parse';
import { readFields } from '../../src/core/fields';
import { getFramework } from '../../src/core/framework/load';
import { ROLE_IDS, type RoleId } from '../../src/core/framework/schema';
import { lint } from '../../src/core/lint';
import { normalisedKey } from '../../src/core/match/normalise';
import { newJobDescription } from '../../src/core/scaffold';
import { containsAnyPhrase } from '../../src/core/text/find-phrases';

describe('newJobDescription', () => {
  const framework = getFramework();

  for (const id of ROLE_IDS) {
    it(`${id}: declares the role and lints clean apart from its placeholders and the descriptor-only notice`, () => {
      const result = lint(newJobDescription({ role: id }));
      assert.equal(result.role, id);
      const expected = framework.role(id)!.kind === 'descriptor' ? ['descriptor-only-role'] : [];
      // The [bracketed placeholders] are for the employer to fill in: placeholder-text reports each of them.
      const others = result.diagnostics.filter((d) => d.rule !== 'placeholder-text');
      assert.deepEqual(
        others.map((d) => d.rule),
        expected,
        others.map((d) => d.message).join('\n'),
      );
      assert.ok(result.diagnostics.some((d) => d.rule === 'placeholder-text'));
    });
  }

  it('lists every statement of the role and of its base roles once, under domain headings', () => {
    for (const [role, population] of [
      ['senior-drug-and-alcohol-worker', 'adults'],
      ['senior-drug-and-alcohol-worker', 'children-and-young-people'],
      ['family-support-worker-cyp', undefined],
    ] as const) {
      const doc = parseJd(newJobDescription({ role, population }));
      const bullets = doc.capabilities!.bullets.map((b) => normalisedKey(b.text));
      const expected = new Set(framework.roleStatements(role, population).map((e) => normalisedKey(e.statement.text)));
      assert.deepEqual(new Set(bullets), expected);
      assert.equal(bullets.length, expected.size, 'no statement twice');
      assert.ok(
        bullets.every((_, i) => doc.capabilities!.bullets[i].group),
        'every bullet sits under a ### heading',
      );
    }
    const senior = parseJd(
      newJobDescription({ role: 'senior-drug-and-alcohol-worker', population: 'children-and-young-people' }),
    );
    assert.ok(
      senior.capabilities!.groups.some(
        (g) => g.text === 'Overarching capabilities (children and young people’s drug and alcohol worker)',
      ),
    );
  });

  it('writes the front matter a role needs', () => {
    const fields = (role: RoleId, population?: 'adults' | 'children-and-young-people') => ({
      ...readFields(parseJd(newJobDescription({ role, population, organisation: 'Acme: Recovery' }))).all,
    });
    assert.deepEqual(fields('senior-drug-and-alcohol-worker'), {
      title: 'Senior drug and alcohol worker',
      role: 'senior-drug-and-alcohol-worker',
      population: 'adults',
      employment: 'paid',
      setting: 'community',
      caseload: 15,
      organisation: 'Acme: Recovery',
      location: '[Town or city]',
      salary: '[Salary, e.g. £28,000 to £32,000 a year]',
      hours: '[Hours a week, e.g. 37.5]',
      contract: '[Permanent or fixed term]',
      closing_date: '[Closing date]',
      reports_to: '[Line manager’s job title]',
    });
    assert.equal(fields('commissioner').setting, 'commissioning');
    assert.equal(fields('commissioner').caseload, undefined);
    assert.equal(fields('nurse').population, undefined);
    assert.equal(fields('nurse', 'children-and-young-people').population, 'children-and-young-people');
    const cyp = fields('cyp-drug-and-alcohol-worker').caseload as number;
    assert.ok(cyp < framework.guidance.caseload.max, 'lower caseloads for CYP workers (plan 4.4)');
  });

  it('takes the caseload, setting, person-specification criteria and supervision wording from the guidance data', () => {
    const { caseload, settings, personSpecification, paidPostSupport } = framework.guidance;
    for (const role of ROLE_IDS) {
      const text = newJobDescription({ role });
      const fields = readFields(parseJd(text)).all;
      assert.equal(fields.caseload, caseload.typical.find((t) => t.role === role)?.caseload, role);
      assert.equal(fields.setting, settings.roles.find((s) => s.role === role)?.setting ?? settings.default, role);
      for (const c of personSpecification.filter((p) => p.role === role))
        assert.ok(text.includes(`\n- ${c.criterion}\n`), `${role}: ${c.criterion}`);
      for (const p of paidPostSupport) assert.ok(text.includes(`\n- ${p.offer}\n`), `${role}: ${p.offer}`);
    }
    assert.ok(
      personSpecification.some((p) => p.role === 'peer-support-worker'),
      'lived experience for peer support workers (framework 6.1)',
    );
  });

  it('names the registration of regulated roles and the supervision each role needs', () => {
    for (const role of framework.roles) {
      const text = newJobDescription({ role: role.id });
      if (role.regulation) assert.ok(text.includes(role.regulation.requirement.slice(1)), role.id);
      for (const s of framework.guidance.supervision.filter((g) => g.roles.includes(role.id))) {
        assert.ok(containsAnyPhrase(text, s.evidence), `${role.id}: ${s.kind} supervision`);
      }
    }
  });

  it('promises monthly clinical supervision of at least 60 minutes only to regulated roles, for which plan 3.2 sets it', () => {
    const clinical = framework.guidance.supervision.find((s) => s.kind === 'clinical')!;
    const monthly = /once a month|60 minutes/;
    const offered = (role: RoleId) =>
      newJobDescription({ role })
        .split('## Supervision and support')[1]
        .split('\n## ')[0]
        .split('\n')
        .filter((line) => containsAnyPhrase(line, clinical.evidence));
    for (const role of [
      'nurse',
      'practitioner-psychologist',
      'social-worker',
      'medical-workforce',
      'counsellor',
    ] as const)
      assert.match(offered(role).join('\n'), monthly, role);
    for (const role of [
      'drug-and-alcohol-worker',
      'senior-drug-and-alcohol-worker',
      'family-support-worker-cyp',
    ] as const) {
      assert.equal(offered(role).length, 1, role);
      assert.doesNotMatch(offered(role)[0], monthly, role);
    }
  });

  it('points descriptor-only roles to their external frameworks instead of listing capabilities', () => {
    const text = newJobDescription({ role: 'counsellor' });
    assert.equal(parseJd(text).capabilities, null);
    assert.match(text, /^- Addictions Counselling Competence Framework, from the British Association/m);
  });

  it('uses the requested line ending throughout', () => {
    const text = newJobDescription({ role: 'commissioner', eol: '\r\n' });
    assert.equal(text.split('\r\n').length, text.split('\n').length);
    assert.ok(text.endsWith('\r\n'));
  });

  it('rejects an unknown role id', () => {
    assert.throws(() => newJobDescription({ role: 'plumber' as RoleId }), /unknown role id "plumber"/);
  });
});
