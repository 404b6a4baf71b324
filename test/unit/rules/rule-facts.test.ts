// Rule summaries, rationales and sources that name framework facts (limits,
// roles, regulators, sections, titles) are built from framework-data/: these
// tests fail when a text and the data disagree, and when a change in the data
// does not reach the text.
import assert from 'node:assert/strict';
import { getFramework } from '../../../src/core/framework/load';
import { ALL_RULES } from '../../../src/core/rules';
import type { Rule } from '../../../src/core/rules/rule';
import { lowerFirst } from '../../../src/core/text/case';
import { findPhrases } from '../../../src/core/text/find-phrases';

const framework = getFramework();
const rule = (id: string): Rule => ALL_RULES.find((r) => r.id === id)!;
const name = (id: string) => lowerFirst(framework.role(id)!.name);
/** The names of the roles `pick` selects, and of those it does not (that no other role's name contains). */
function split(pick: (r: (typeof framework.roles)[number]) => boolean): { named: string[]; others: string[] } {
  const named = framework.roles.filter(pick).map((r) => name(r.id));
  const others = framework.roles
    .filter((r) => !pick(r))
    .map((r) => name(r.id))
    .filter((n) => !named.some((m) => m.includes(n)));
  return { named, others };
}
function assertNames(text: string, { named, others }: { named: string[]; others: string[] }): void {
  for (const n of named) assert.ok(text.includes(n), `"${n}" missing from: ${text}`);
  for (const n of others) assert.ok(!text.includes(n), `"${n}" should not be in: ${text}`);
}

describe('rule texts from the framework data', () => {
  it('caseload-too-high: the maximum, where it must be lower, and the paragraphs saying so', () => {
    const { max, source, lower } = framework.guidance.caseload;
    const r = rule('caseload-too-high');
    for (const text of [r.summary, r.rationale]) {
      assert.match(text, new RegExp(`\\b${max}\\b`));
      for (const id of lower.roles) assert.ok(text.includes(name(id)), id);
      for (const setting of lower.settings) assert.ok(text.includes(setting), setting);
    }
    assert.deepEqual(r.sources, [source, lower.source]);
  });

  it('missing-capabilities: every pick-and-mix exception (framework section 2) and no other role', () => {
    const r = rule('missing-capabilities');
    const roles = split((role) => role.pickAndMix);
    assertNames(r.summary, roles);
    assertNames(r.rationale, roles);
    for (const role of framework.roles.filter((x) => x.pickAndMix))
      assert.ok(
        r.sources.some((s) => s.quote === role.pickAndMixSource!.quote),
        role.id,
      );
  });

  it('missing-registration: every regulated role, its regulator and its section, and no other role', () => {
    const r = rule('missing-registration');
    const roles = split((role) => role.regulation !== null);
    assertNames(r.summary, roles);
    for (const role of framework.roles.filter((x) => x.regulation)) {
      assert.ok(r.rationale.includes(role.regulation!.regulator), role.id);
      assert.ok(r.sources.includes(role.regulation!.source), role.id);
    }
  });

  it('descriptor-only-role: the descriptor-only roles (section 7) and no other', () => {
    const r = rule('descriptor-only-role');
    const roles = split((role) => role.kind === 'descriptor');
    assertNames(r.summary, roles);
    assert.deepEqual(
      r.sources.map((s) => s.ref),
      framework.roles.filter((x) => x.kind === 'descriptor').map((x) => x.section),
    );
  });

  it('missing-base-capabilities: each role that builds on another, with what it builds on and the sentence saying so', () => {
    const r = rule('missing-base-capabilities');
    for (const role of framework.roles) {
      assert.equal(
        r.summary.includes(name(role.id)),
        role.buildsOn.length > 0 ||
          framework.roles.some((x) => x.buildsOn.length > 0 && name(x.id).includes(name(role.id))),
        role.id,
      );
      for (const b of role.buildsOn) {
        assert.ok(r.rationale.includes(`${name(b.role)} capabilities`), `${role.id} on ${b.role}`);
        assert.ok(r.sources.includes(b.source), `${role.id} on ${b.role}`);
      }
    }
  });

  it('missing-supervision: each kind of supervision with who must have it, and the guidance’s details and sources', () => {
    const r = rule('missing-supervision');
    const { supervision, volunteers } = framework.guidance;
    for (const s of supervision) {
      assert.ok(r.summary.includes(`${s.kind} supervision for`), s.kind);
      assert.ok(r.rationale.includes(s.detail), s.kind);
    }
    assert.ok(r.rationale.includes(volunteers.supervision.detail));
    // Clinical supervisors must receive clinical supervision themselves (plan 3.3).
    assert.ok(r.summary.includes('clinical supervision for those who give it'));
    assert.ok(r.rationale.includes('Workforce plan 3.3 asks that clinical supervisors receive it themselves.'));
    // Supervision only on request is no regular supervision (plan 3.7).
    assert.ok(r.summary.startsWith('The document does not say the postholder regularly receives the supervision'));
    assert.ok(r.rationale.includes('Workforce plan 3.7 asks that clinical supervision be no optional add-on'));
    // The sentences a regulated role's supervision offer, its supervisors' and its not being optional rest on follow their kind's.
    assert.deepEqual(r.sources, [
      ...supervision.flatMap((s) => [
        s.source,
        ...(s.regulatedOffer ? [s.regulatedOffer.source] : []),
        ...(s.supervisors ? [s.supervisors.source] : []),
        ...(s.notOptional ? [s.notOptional.source] : []),
      ]),
      ...framework.guidance.otherRoleWork.map((w) => w.supervision.source),
      volunteers.source,
      volunteers.supervision.source,
    ]);
    // Roles named for a kind are the kind's roles: none for clinical, which every clinical role must have.
    assert.ok(r.summary.includes(`safeguarding supervision for ${name('cyp-drug-and-alcohol-worker')} posts`));
  });

  it('capability-other-role: cites the plan’s sentence on the other role’s work it singles out, quoted', () => {
    const { sources } = rule('capability-other-role');
    for (const w of framework.guidance.otherRoleWork) assert.ok(sources.includes(w.source), w.role);
    assert.ok(
      sources.every((s) => s.document === 'framework' || s.quote),
      'every plan source is quoted',
    );
  });

  it('volunteer-title: the plan’s volunteer titles and the employed role it keeps them apart from', () => {
    const r = rule('volunteer-title');
    const { titles, employed } = framework.titles.volunteer;
    for (const t of titles[0].titles) assert.ok(r.rationale.includes(`"${t}"`), t);
    assert.ok(r.summary.includes(`the ${name(employed.role)} role`));
    assert.ok(r.sources.includes(employed.source));
  });

  it('volunteer-clinical-duties: the plan’s sentence on volunteers and clinical work, as the guidance quotes it', () => {
    const r = rule('volunteer-clinical-duties');
    const { source } = framework.guidance.volunteers;
    assert.ok(r.rationale.includes(`(${source.ref}) says: "${source.quote}"`));
    assert.ok(r.sources.includes(source));
  });

  it('quotes examples the data has: stigmatising words, vague titles, out-of-scope posts, clinical duties', () => {
    const quoted = (text: string) => [...text.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]);
    const stigma = framework.stigma.terms.flatMap((t) => t.phrases);
    for (const example of quoted(rule('stigmatising-language').summary))
      assert.ok(
        stigma.some((p) => findPhrases(p, [example]).length > 0),
        example,
      );
    for (const example of quoted(rule('vague-title').summary))
      assert.ok(
        framework.titles.vague.some((v) => v.title === example),
        example,
      );
    const outOfScope = framework.titles.outOfScope.flatMap((o) => o.titles);
    for (const example of ['Alcohol Care Team', 'prison']) {
      assert.ok(rule('out-of-scope-title').summary.includes(example));
      assert.ok(findPhrases(example, outOfScope).length > 0, example);
    }
    assert.ok(
      findPhrases(rule('volunteer-clinical-duties').summary, framework.guidance.volunteers.clinicalDuties).some(
        (m) => m.phrase === 'psychosocial interventions',
      ),
    );
  });

  it('follow a change in the data', () => {
    const caseload = framework.guidance.caseload;
    const max = caseload.max;
    const pickAndMix = framework.role('social-worker')!.pickAndMix;
    try {
      caseload.max = 30;
      (framework.role('social-worker') as { pickAndMix: boolean }).pickAndMix = true;
      assert.match(rule('caseload-too-high').summary, /is above 30, or 30 or more/);
      assert.ok(rule('missing-capabilities').summary.includes('social worker'));
    } finally {
      caseload.max = max;
      (framework.role('social-worker') as { pickAndMix: boolean }).pickAndMix = pickAndMix;
    }
  });
});
