import assert from 'node:assert/strict';
import { getFramework } from '../../src/core/framework/load';
import type { RoleId } from '../../src/core/framework/schema';
import { CapabilityMatcher, MATCH_THRESHOLD } from '../../src/core/match/matcher';
import { normalisedKey } from '../../src/core/match/normalise';

const framework = getFramework();
const text = (id: string) => framework.statement(id)!.statement.text;
const roles = (...ids: RoleId[]) => new Set<RoleId>(ids);

/** A matcher of its own, with nothing remembered from other tests. */
function freshMatcher(): CapabilityMatcher {
  return new CapabilityMatcher(framework.statementRefs(), framework.thesaurus);
}

describe('CapabilityMatcher', () => {
  const matcher = framework.matcher;

  it('indexes each distinct statement text once', () => {
    assert.equal(matcher.size, new Set(framework.allStatements.map((e) => normalisedKey(e.statement.text))).size);
  });

  it('ranks a word by how many distinct statement texts have it, and a word none has as 0', () => {
    const texts = ['support people with housing', 'support people', 'support carers'];
    const small = new CapabilityMatcher(
      texts.map((text, i) => ({ id: `S${i}`, role: 'nurse', domain: 'd', text })),
      framework.thesaurus,
    );
    const [support, people, housing] = ['support', 'people', 'housing'].map((w) => small.commonness(w));
    assert.ok(support > people && people > housing, `${support}, ${people}, ${housing}`);
    for (const word of ['support', 'people', 'with', 'housing', 'carers']) assert.ok(small.commonness(word) > 0, word);
    assert.equal(small.commonness('addict'), 0);
    // The stigma vocabulary is what the framework avoids.
    assert.equal(matcher.commonness('addict'), 0);
    assert.ok(matcher.commonness('people') > matcher.commonness('abuse'));
  });

  it('matches exactly whatever the case, punctuation, quotes, spacing or Markdown emphasis', () => {
    const original = text('DAW-2-09');
    for (const variant of [
      original,
      original.toUpperCase(),
      `**${original.replace(/’/g, "'")}.**`,
      original.replace(/ /g, '  ').replace(/,/g, ' ,'),
    ]) {
      const { best, own } = matcher.match(variant, roles('drug-and-alcohol-worker'));
      assert.equal(best?.statement.id, 'DAW-2-09', variant);
      assert.equal(best?.kind, 'exact');
      assert.equal(best?.score, 1);
      assert.equal(own, best);
    }
  });

  it('lists every statement with the same text, and attributes it to a preferred role', () => {
    const shared = text('DAW-1-06');
    const { best } = matcher.match(shared, roles('peer-support-worker'));
    assert.equal(best?.statement.id, 'PSW-1-06');
    assert.deepEqual(
      best?.sameText.map((s) => s.id),
      ['DAW-1-06', 'CYP-1-10', 'FSWA-1-06', 'NUR-1-03', 'PSY-1-03', 'SW-1-03', 'PHA-1-03', 'PSW-1-06'],
    );
    const anyRole = matcher.match(shared);
    assert.equal(anyRole.best?.statement.id, 'DAW-1-06');
    assert.equal(anyRole.own, null);
  });

  it('matches a statement with a few words changed, attributing ties to the preferred role', () => {
    const edited = text('DAW-1-06').replace('able to identify', 'ability to identify');
    const { best, own } = matcher.match(edited, roles('social-worker'));
    assert.equal(best?.statement.id, 'SW-1-03');
    assert.equal(best?.kind, 'wording');
    assert.ok(best.score >= MATCH_THRESHOLD && best.score < 1);
    assert.equal(own?.statement.id, 'SW-1-03');
  });

  it('breaks an exact tie between other roles’ texts by framework order, and for a preferred role', () => {
    // Three texts the bullet is equally close to (one word dropped from each), none of them the preferred role's.
    const base = 'able to support people with their housing needs and welfare benefits advice';
    const statements = [
      { id: 'FIRST', role: 'nurse' as RoleId, domain: 'd', text: `${base} in clinics` },
      { id: 'SECOND', role: 'social-worker' as RoleId, domain: 'd', text: `${base} in prisons` },
      { id: 'THIRD', role: 'commissioner' as RoleId, domain: 'd', text: `${base} in hostels` },
    ];
    const tied = new CapabilityMatcher(statements, framework.thesaurus);
    const bullet = `${base} in`;
    for (const preferred of [roles(), roles('drug-and-alcohol-worker')]) {
      const { best, own } = tied.match(bullet, preferred);
      assert.equal(best?.kind, 'wording');
      assert.equal(best?.statement.id, 'FIRST', `preferred: ${[...preferred].join()}`);
      assert.equal(own, null);
    }
    assert.equal(tied.match(bullet, roles('commissioner')).best?.statement.id, 'THIRD');
    assert.equal(tied.match(bullet, roles('social-worker')).best?.statement.id, 'SECOND');
  });

  it('gives the preferred role’s variant as `own` when the bullet is another role’s wording', () => {
    const { best, own } = matcher.match(text('DAW-2-03'), roles('cyp-drug-and-alcohol-worker'));
    assert.equal(best?.statement.id, 'DAW-2-03');
    assert.equal(best?.kind, 'exact');
    assert.equal(own?.statement.id, 'CYP-2-07');
    assert.equal(own?.kind, 'wording');
  });

  it('gives no `own` when the preferred role has nothing like the bullet', () => {
    const { best, own } = matcher.match(text('SDAW-5-10'), roles('drug-and-alcohol-worker'));
    assert.equal(best?.statement.id, 'SDAW-5-10');
    assert.equal(own, null);
  });

  it('matches nothing for sentences that only share the sector’s vocabulary, or too few words', () => {
    for (const sentence of [
      'Knowledge of drug and alcohol services',
      'Able to work collaboratively with colleagues',
      'Knowledge of research',
      '',
      '—',
    ]) {
      assert.deepEqual(matcher.match(sentence, roles('nurse')), { best: null, own: null }, sentence);
    }
  });

  it('attributes a bullet restating a later clause of a statement by meaning, though it shares none of its first words', () => {
    // DAW-4-06: "able to provide one-to-one support …, and facilitate groups focused on … preventing relapse".
    for (const bullet of [
      'Run relapse prevention groups',
      'Facilitate groups on harm reduction and relapse prevention',
    ]) {
      const { own } = freshMatcher().match(bullet, roles('drug-and-alcohol-worker'));
      assert.equal(own?.statement.id, 'DAW-4-06', bullet);
      assert.equal(own?.kind, 'meaning', bullet);
    }
  });

  it('reads the family support interventions and family mutual aid framework section 5.4 names (CRAFT, 5-step, Al-Anon)', () => {
    for (const [bullet, id] of [
      ['Offer CRAFT to carers affected by their family member’s drinking', 'FSWA-4-01'],
      ['Support family members to attend Al-Anon', 'FSWA-4-06'],
    ]) {
      const { own } = freshMatcher().match(bullet, roles('family-support-worker-adult'));
      assert.equal(own?.statement.id, id, bullet);
      assert.equal(own?.kind, 'meaning', bullet);
    }
  });

  it('remembers fuzzy results per text and preferred roles', () => {
    const edited = text('DAW-3-01').replace('people', 'service users');
    const first = matcher.match(edited, roles('drug-and-alcohol-worker', 'senior-drug-and-alcohol-worker'));
    const otherOrder = roles('senior-drug-and-alcohol-worker', 'drug-and-alcohol-worker');
    assert.equal(matcher.match(edited, otherOrder), first);
    // Remembered by the text as written; the same words with other punctuation match the same.
    assert.deepEqual(matcher.match(`${edited}.`, otherOrder), first);
    assert.notEqual(matcher.match(edited, roles('nurse')), first);
  });

  it('matches for a role as it would have after matching the same bullets with no role preferred (a document finding its role)', () => {
    const reword = (s: string) => s.replace(/\bpeople\b/, 'service users').replace(/^able to/i, 'Ability to');
    const bullets = [
      ...['DAW-3-01', 'NUR-3-07', 'PSW-5-07', 'SDAW-1-01'].flatMap((id) => [reword(text(id)), `${text(id)}!`]),
      'Carry out comprehensive assessments of each client’s substance use and risks',
      'Deliver naloxone training to service users, families and carers',
      'Full UK driving licence',
      // Close to another role's wording (DAW-7-09), and below MATCH_THRESHOLD to the social worker's own (SW-8-03).
      'able to identify the CPD needed to perform the job role competently and confidently',
    ];
    const roleless = freshMatcher();
    const direct = freshMatcher();
    for (const preferred of [roles('drug-and-alcohol-worker'), roles('social-worker'), roles('peer-support-worker')]) {
      for (const bullet of bullets) {
        roleless.match(bullet);
        assert.deepEqual(roleless.match(bullet, preferred), direct.match(bullet, preferred), bullet);
      }
    }
    assert.equal(roleless.match(bullets.at(-1)!, roles('social-worker')).own?.statement.id, 'SW-8-03');
  });

  // How fast is measured by npm run bench (fresh, reworded bullets), never asserted here.
  it('matches a 75-bullet job description: exact bullets as exact, reworded ones by their wording, the same when remembered', () => {
    const reword = (s: string) => s.replace(/\bpeople\b/, 'service users').replace(/^able to/, 'Ability to');
    const entries = framework.roleStatements('drug-and-alcohol-worker');
    const preferred = roles('drug-and-alcohol-worker');
    const fresh = freshMatcher();
    for (const { statement } of entries) {
      const exact = fresh.match(statement.text, preferred).own;
      assert.equal(exact?.statement.id, statement.id, statement.id);
      assert.equal(exact?.kind, 'exact', statement.id);
      const edited = reword(statement.text);
      if (edited === statement.text) continue;
      const first = fresh.match(edited, preferred);
      assert.equal(first.own?.statement.id, statement.id, `reworded ${statement.id}`);
      assert.notEqual(first.own?.kind, 'exact', `reworded ${statement.id}`);
      assert.deepEqual(fresh.match(edited, preferred), first, `remembered ${statement.id}`);
    }
  });
});
