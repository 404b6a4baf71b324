// The hand-curated knowledge files (titles, guidance, stigma) against their
// schemas and against the two source documents they cite.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { z } from 'zod';
import { guidanceSchema, stigmaSchema, titlesSchema } from '../../src/core/framework/data-schema';
import type { SourceRef } from '../../src/core/framework/schema';
import { normalisedKey } from '../../src/core/match/normalise';
import { findPhrases } from '../../src/core/text/find-phrases';
import { roleTitles } from '../../src/core/title';
import { parseJsonFile } from '../../src/core/validate';
import { sectionText } from '../../scripts/build-framework';
import { ROOT, frameworkText, normalise, planText, quoteIsVerbatim } from './sources';

function load<T extends z.ZodType>(schema: T, file: string): z.infer<T> {
  return parseJsonFile(schema, fs.readFileSync(path.join(ROOT, file), 'utf8'), file);
}

const titles = load(titlesSchema, 'framework-data/titles.json');
const guidance = load(guidanceSchema, 'framework-data/guidance.json');
const stigma = load(stigmaSchema, 'framework-data/stigma.json');

function allSources(): { where: string; ref: SourceRef }[] {
  return [
    ...titles.roles.flatMap((r) => [
      { where: `titles: ${r.role}`, ref: r.source },
      ...r.aliases.map((g) => ({ where: `titles: ${r.role} aliases "${g.titles[0]}"`, ref: g.source })),
    ]),
    ...titles.qualifiers.map((q) => ({ where: `titles: qualifier "${q.words[0]}"`, ref: q.source })),
    ...titles.vague.map((v) => ({ where: `titles: vague "${v.title}"`, ref: v.source })),
    ...titles.volunteer.titles.map((g) => ({ where: `titles: volunteer "${g.titles[0]}"`, ref: g.source })),
    { where: 'titles: volunteer.employed', ref: titles.volunteer.employed.source },
    { where: 'titles: volunteer.staff', ref: titles.volunteer.staff.source },
    ...titles.outOfScope.map((o) => ({ where: `titles: out of scope "${o.titles[0]}"`, ref: o.source })),
    { where: 'guidance: caseload', ref: guidance.caseload.source },
    { where: 'guidance: caseload.lower', ref: guidance.caseload.lower.source },
    ...guidance.caseload.typical.map((t) => ({ where: `guidance: typical caseload of ${t.role}`, ref: t.source })),
    ...guidance.paidPostSupport.map((p) => ({ where: `guidance: paid post support "${p.offer}"`, ref: p.source })),
    ...guidance.personSpecification.map((p) => ({
      where: `guidance: person specification of ${p.role}`,
      ref: p.source,
    })),
    { where: 'guidance: settings', ref: guidance.settings.source },
    ...guidance.settings.roles.map((r) => ({ where: `guidance: setting of ${r.role}`, ref: r.source })),
    ...guidance.supervision.map((s) => ({ where: `guidance: ${s.kind} supervision`, ref: s.source })),
    ...guidance.supervision.flatMap((s) =>
      s.regulatedOffer
        ? [{ where: `guidance: ${s.kind} supervision, regulated roles`, ref: s.regulatedOffer.source }]
        : [],
    ),
    ...guidance.supervision.flatMap((s) =>
      s.notOptional ? [{ where: `guidance: ${s.kind} supervision, not optional`, ref: s.notOptional.source }] : [],
    ),
    { where: 'guidance: management supervision', ref: guidance.managementSupervision.source },
    { where: 'guidance: leading others', ref: guidance.leadingOthers.source },
    { where: 'guidance: volunteers', ref: guidance.volunteers.source },
    { where: 'guidance: volunteers.supervision', ref: guidance.volunteers.supervision.source },
    ...stigma.terms.map((t) => ({ where: `stigma: ${t.id}`, ref: t.source })),
  ];
}

/** Case-, whitespace- and apostrophe-insensitive key for comparing phrases. */
const key = (s: string) => normalise(s).toLowerCase();
/** Titles are compared on their words alone, as title matching ignores punctuation ("D&A" is "d and a"). */
const titleKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');

describe('knowledge data', () => {
  it('validates against the schemas', () => {
    // load() above throws a ValidationError naming the file and path if not.
    assert.ok(titles.roles.length > 0 && stigma.terms.length > 0 && guidance.supervision.length > 0);
  });

  it('quotes every source verbatim', () => {
    for (const { where, ref } of allSources()) {
      assert.ok(ref.quote, `${where}: source has no quote`);
      assert.ok(quoteIsVerbatim(ref), `${where}: quote not found in the ${ref.document}: "${ref.quote}"`);
    }
  });

  // The build reads the framework by section, so a framework quote can be checked where its reference points.
  it('quotes the framework from the section it cites', () => {
    const lines = frameworkText.split(/\r?\n/);
    for (const { where, ref } of allSources().filter((s) => s.ref.document === 'framework')) {
      assert.match(ref.ref, /^\d+(?:\.\d+)?$/, `${where}: framework reference "${ref.ref}" is not a section number`);
      assert.ok(
        normalise(sectionText(lines, ref.ref)).includes(normalise(ref.quote!)),
        `${where}: quote not in framework section ${ref.ref}`,
      );
    }
  });

  describe('titles', () => {
    it('has exactly one entry per role', () => {
      const roles = titles.roles.map((r) => r.role);
      assert.equal(new Set(roles).size, roles.length);
      assert.equal(roles.length, 14);
    });

    it('claims each title (canonical or alias) for one role only', () => {
      const owner = new Map<string, string>();
      for (const r of titles.roles) {
        for (const title of roleTitles(r)) {
          const k = titleKey(title);
          assert.ok(!owner.has(k) || owner.get(k) === r.role, `"${title}" is claimed by ${owner.get(k)} and ${r.role}`);
          assert.ok(!owner.has(k), `"${title}" is listed twice for ${r.role}`);
          owner.set(k, r.role);
        }
      }
      for (const v of titles.vague) {
        assert.ok(!owner.has(titleKey(v.title)), `vague title "${v.title}" is also an alias`);
      }
    });

    // A role title containing a volunteer title would make that volunteer post a framework role.
    it('never lets a framework role title contain a volunteer or out-of-scope title', () => {
      const special = [
        ...titles.volunteer.titles.flatMap((g) => g.titles),
        ...titles.outOfScope.flatMap((o) => o.titles),
      ];
      for (const r of titles.roles) {
        for (const title of roleTitles(r)) {
          for (const s of special)
            assert.ok(
              !` ${titleKey(title)} `.includes(` ${titleKey(s)} `),
              `${r.role} title "${title}" contains "${s}"`,
            );
        }
      }
    });

    it('uses plain ASCII apostrophes in titles', () => {
      const all = [
        ...titles.roles.flatMap(roleTitles),
        ...titles.qualifiers.flatMap((q) => q.words),
        ...titles.volunteer.titles.flatMap((g) => g.titles),
        ...titles.outOfScope.flatMap((o) => o.titles),
      ];
      for (const title of all) assert.doesNotMatch(title, /[\u2018\u2019]/, title);
    });

    it('lists the job titles section 1 of the framework subsumes under drug and alcohol worker, citing its footnote', () => {
      const daw = titles.roles.find((r) => r.role === 'drug-and-alcohol-worker')!;
      for (const t of ['recovery co-ordinator', 'outreach worker', 'criminal justice drug and alcohol worker']) {
        assert.ok(roleTitles(daw).includes(t), t);
      }
      for (const group of daw.aliases) assert.equal(group.source.ref, '1', group.titles[0]);
    });

    it('calls "recovery worker" vague and suggests drug and alcohol worker', () => {
      const v = titles.vague.find((x) => x.title === 'recovery worker');
      assert.deepEqual(v?.suggest, ['drug-and-alcohol-worker']);
    });

    it('lists the volunteer titles the plan reports, and the peer support worker as the employed role', () => {
      const listed = titles.volunteer.titles.flatMap((g) => g.titles);
      for (const t of ['peer mentor', 'peer supporter', 'peer volunteer', 'recovery coach', 'volunteer'])
        assert.ok(listed.includes(t), t);
      assert.equal(titles.volunteer.employed.role, 'peer-support-worker');
    });

    // Only a word of some framework title can be shared with it; any other entry would do nothing.
    it('lists generic words that occur in framework titles, once each', () => {
      const words = new Set(titles.roles.flatMap(roleTitles).flatMap((t) => normalisedKey(t).split(' ')));
      for (const w of titles.genericWords) assert.ok(words.has(w), `generic word "${w}" is in no framework title`);
      assert.equal(new Set(titles.genericWords).size, titles.genericWords.length);
    });
  });

  describe('guidance', () => {
    it('caps caseloads at 40, lower for CYP workers and outreach (plan 4, 4.4)', () => {
      assert.equal(guidance.caseload.max, 40);
      assert.deepEqual(guidance.caseload.lower.roles, ['cyp-drug-and-alcohol-worker']);
      assert.deepEqual(guidance.caseload.lower.settings, ['outreach']);
    });

    it('marks outreach posts by title with words the plan (4.4) uses', () => {
      assert.deepEqual(guidance.caseload.lower.titles, ['outreach']);
      for (const t of guidance.caseload.lower.titles)
        assert.equal(findPhrases(guidance.caseload.lower.source.quote!, [t]).length > 0, true, t);
    });

    it('suggests typical caseloads within the maximum, below it where caseloads must be lower (plan 4, 4.4), for roles that hold one', () => {
      const roles = guidance.caseload.typical.map((t) => t.role);
      assert.equal(new Set(roles).size, roles.length, 'one caseload a role');
      for (const t of guidance.caseload.typical) {
        assert.ok(t.caseload <= guidance.caseload.max, t.role);
        if (guidance.caseload.lower.roles.includes(t.role)) assert.ok(t.caseload < guidance.caseload.max, t.role);
        assert.ok(
          guidance.supervision.some((s) => s.kind === 'clinical' && s.roles.includes(t.role)),
          `${t.role} delivers treatment (plan 3.2)`,
        );
      }
    });

    it('offers paid posts line management and time that no rule takes for the supervision a role must have', () => {
      for (const { offer } of guidance.paidPostSupport) {
        for (const s of guidance.supervision)
          assert.deepEqual(findPhrases(offer, s.evidence), [], `${s.kind}: ${offer}`);
      }
    });

    it('gives each role one setting, other than the default', () => {
      const roles = guidance.settings.roles.map((r) => r.role);
      assert.equal(new Set(roles).size, roles.length);
      for (const r of guidance.settings.roles) assert.notEqual(r.setting, guidance.settings.default, r.role);
    });

    it('does not accept management supervision as evidence of clinical supervision', () => {
      const clinical = guidance.supervision.find((s) => s.kind === 'clinical')!;
      const text = 'You will receive monthly management supervision and an annual appraisal.';
      assert.deepEqual(findPhrases(text, clinical.evidence), []);
      assert.equal(findPhrases('Monthly clinical\nsupervision is provided.', clinical.evidence).length, 1);
    });

    it('words each supervision offer so that missing-supervision finds it, and the volunteer’s with no clinical work', () => {
      for (const s of [...guidance.supervision, guidance.volunteers.supervision])
        assert.ok(findPhrases(s.offer, s.evidence).length > 0, s.offer);
      for (const s of guidance.supervision)
        if (s.regulatedOffer)
          assert.ok(findPhrases(s.regulatedOffer.offer, s.evidence).length > 0, s.regulatedOffer.offer);
      assert.deepEqual(findPhrases(guidance.volunteers.supervision.offer, guidance.volunteers.clinicalDuties), []);
    });

    it('finds no clinical duties in harmless volunteer text', () => {
      const text = [
        'Volunteers support people to access mutual aid and recovery communities.',
        'You will meet and greet visitors, help run peer support groups and social activities,',
        'accompany people to appointments, signpost to local services and share your lived experience.',
        'You will work alongside our key workers and build key working relationships with partners.',
      ].join('\n');
      assert.deepEqual(findPhrases(text, guidance.volunteers.clinicalDuties), []);
    });

    it('finds clinical duties assigned to a volunteer', () => {
      const text = 'The volunteer will hold a caseload and deliver psychosocial interventions in keywork sessions.';
      assert.deepEqual(
        findPhrases(text, guidance.volunteers.clinicalDuties).map((m) => m.phrase),
        ['hold a caseload', 'psychosocial interventions', 'keywork'],
      );
    });
  });

  describe('stigma vocabulary', () => {
    it('has unique term ids', () => {
      const ids = stigma.terms.map((t) => t.id);
      assert.equal(new Set(ids).size, ids.length);
    });

    it('pairs a term with the one of its other grammatical number both ways', () => {
      const byId = new Map(stigma.terms.map((t) => [t.id, t]));
      const paired = stigma.terms.filter((t) => t.otherNumber);
      assert.ok(paired.length >= 2, 'singular and plural terms are paired');
      for (const t of paired) {
        const other = byId.get(t.otherNumber!);
        assert.ok(other, `${t.id}: no term "${t.otherNumber}"`);
        assert.equal(other.otherNumber, t.id, `${t.otherNumber} does not name ${t.id} back`);
      }
    });

    it('never lists a phrase as an exception of its own term', () => {
      for (const t of stigma.terms) {
        const exceptions = new Set(t.exceptions.map(key));
        for (const p of t.phrases) assert.ok(!exceptions.has(key(p)), `${t.id}: "${p}" is both phrase and exception`);
      }
    });

    it('lists each phrase under one term only', () => {
      // The rule scans all terms at once (longest phrase wins, so "drug and
      // alcohol abuse" beats "alcohol abuse") and maps the phrase back to its term.
      const owner = new Map<string, string>();
      for (const t of stigma.terms) {
        for (const p of t.phrases) {
          assert.ok(!owner.has(key(p)), `"${p}" is listed by ${owner.get(key(p))} and ${t.id}`);
          owner.set(key(p), t.id);
        }
      }
    });

    it('has the words it replaces in every phrase of a term that replaces some of its words', () => {
      for (const t of stigma.terms.filter((x) => x.replaces)) {
        for (const p of t.phrases) assert.equal(findPhrases(p, [t.replaces!]).length, 1, `${t.id}: "${p}"`);
      }
    });

    it('does not flag words the sources themselves use: relapse, addiction, misuse, service user', () => {
      const all = stigma.terms.flatMap((t) => t.phrases);
      const text = 'Relapse prevention; addiction psychiatrist; substance misuse; service users; addicted; addictive.';
      assert.deepEqual(findPhrases(text, all), []);
    });

    it('flags the alcoholic noun, clean and offender only in their stigmatising senses', () => {
      const term = (id: string) => stigma.terms.find((t) => t.id === id)!;
      const hits = (id: string, text: string) =>
        findPhrases(text, term(id).phrases, term(id).exceptions).map((m) => text.slice(m.start, m.end));
      assert.deepEqual(hits('alcoholic', 'He is an alcoholic.'), ['alcoholic']);
      assert.deepEqual(hits('alcoholic', 'Non-alcoholic and alcoholic drinks; alcoholic liver disease.'), []);
      assert.deepEqual(hits('alcoholics', 'Refer to Alcoholics Anonymous.'), []);
      assert.deepEqual(hits('stay-clean', 'Help people get clean needles and stay clean and safe.'), ['stay clean']);
      assert.deepEqual(hits('get-clean', 'Help people get clean needles.'), []);
      assert.deepEqual(hits('offender', 'Liaise with the Offender Manager and Integrated Offender Management.'), []);
      assert.deepEqual(hits('offender', 'Support each offender.'), ['offender']);
    });

    it('reports the longest wording across terms', () => {
      assert.deepEqual(scan('Experience of drug and alcohol abuse; stay clean and sober; ex-addicts.'), [
        { term: 'substance-abuse', context: 'Experience of drug and alcohol abuse; stay clean' },
        { term: 'clean-and-sober', context: 'abuse; stay clean and sober; ex-addicts.' },
        { term: 'former-addicts', context: 'and sober; ex-addicts.' },
      ]);
    });

    // The framework is the reference for acceptable language. It uses none of
    // these words in its own voice; the only hits are quotations: the label it
    // rejects in section 4 and the title of a paper it cites there. (The title
    // of the Royal Colleges' guidance named in 7.1, "Delivering quality care for
    // drug and alcohol users", is an exception in the vocabulary itself, since
    // job descriptions for doctors cite it.)
    it('finds nothing in the framework except its quotations', () => {
      assert.deepEqual(scan(frameworkText), [
        { term: 'substance-abuse', context: 'Trauma and Substance Abuse: The Need' },
        { term: 'offenders', context: 'labelled as ‘offenders’ and will' },
      ]);
    });

    // The plan quotes no stigmatising wording at all.
    it('finds nothing in the workforce plan', () => {
      assert.deepEqual(scan(planText), []);
    });
  });
});

/** Every stigma hit in `text`, scanning all terms at once as the rule does, with two words either side. */
function scan(text: string): { term: string; context: string }[] {
  const termOf = new Map(stigma.terms.flatMap((t) => t.phrases.map((p) => [p, t.id] as const)));
  const phrases = stigma.terms.flatMap((t) => t.phrases);
  const exceptions = stigma.terms.flatMap((t) => t.exceptions);
  return findPhrases(text, phrases, exceptions).map((m) => ({
    term: termOf.get(m.phrase)!,
    context: around(text, m.start, m.end),
  }));
}

function around(text: string, start: number, end: number): string {
  const before = /(?:\S+\s+){0,2}\S*$/u.exec(text.slice(Math.max(0, start - 80), start))![0];
  const after = /^\S*(?:\s+\S+){0,2}/u.exec(text.slice(end, end + 80))![0];
  return before + text.slice(start, end) + after;
}
