import assert from 'node:assert/strict';
import { planFixAll } from '../../../src/core/fix-all';
import { getFramework } from '../../../src/core/framework/load';
import { lint } from '../../../src/core/lint';
import { RULE_BY_ID } from '../../../src/core/rules';
import { findPhrases } from '../../../src/core/text/find-phrases';
import type { Range } from '../../../src/core/types';
import { applyEdits } from '../../../src/core/edits/apply-edits';
import { config, jd, runRule } from '../helpers';

const ID = 'stigmatising-language';
const worker = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };
const run = (text: string, cfg = config()) => runRule(ID, text, cfg);
const at = (line: number, start: number, endLine: number, end: number): Range => ({
  start: { line, character: start },
  end: { line: endLine, character: end },
});

describe('stigmatising-language', () => {
  it('fires on "addicts" in the body with its exact range, the reason and the preferred term', () => {
    const text = jd(worker, '## About the role\n\nYou will support addicts in the community.\n');
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.deepEqual(d.range, at(6, 17, 6, 24));
    assert.match(
      d.message,
      /^'addicts' is stigmatising language\. .*framework \(section 3\).*Say 'people who use drugs and\/or alcohol' instead\.$/,
    );
    assert.equal(d.data?.term, 'addicts');
    assert.deepEqual(d.data?.preferred, getFramework().stigma.terms.find((t) => t.id === 'addicts')!.preferred);
  });

  it('offers one fix per preferred wording, the first being the preferred one, and the fix clears the warning', () => {
    const text = jd(worker, 'You will support addicts in the community.\n');
    const [d] = run(text);
    assert.deepEqual(
      d.fixes!.map((f) => f.title),
      (d.data!.preferred as string[]).map((p) => `Replace with '${p}'`),
    );
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.equal(fixed, jd(worker, 'You will support people who use drugs and/or alcohol in the community.\n'));
    assert.deepEqual(run(fixed), []);
  });

  it('replaces "addicts and alcoholics" as one phrase, in correct English, and lets fix-all apply it', () => {
    const text = jd(worker, 'The service supports around 1,400 addicts and alcoholics each year.\n');
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0, 'one finding for the whole phrase, not one per word');
    assert.deepEqual(
      d.fixes!.map((f) => [f.title, f.needsJudgement]),
      [["Replace with 'people who use drugs and/or alcohol'", undefined]],
    );
    const plan = planFixAll([d]);
    assert.equal(
      applyEdits(text, plan.edits),
      jd(worker, 'The service supports around 1,400 people who use drugs and/or alcohol each year.\n'),
    );
  });

  it('turns "an addict or alcoholic" into "a person who uses drugs and/or alcohol"', () => {
    const text = jd(worker, 'Support for an addict or alcoholic in crisis.\n');
    const [d] = run(text);
    assert.equal(
      applyEdits(text, d.fixes![0].edits),
      jd(worker, 'Support for a person who uses drugs and/or alcohol in crisis.\n'),
    );
  });

  it('leaves a single replacement to the user where the word is a possessive or a modifier', () => {
    for (const sentence of [
      "Support addicts and alcoholics' families.",
      'Support the drug user’s family.',
      'Run the drug user forum.',
    ]) {
      const [d] = run(jd(worker, `${sentence}\n`));
      assert.equal(d.fixes!.length, 1, sentence);
      assert.equal(d.fixes![0].needsJudgement, true, sentence);
    }
    for (const sentence of [
      'Support the drug user.',
      'Support the drug user in crisis.',
      'Support every drug user, with care.',
    ]) {
      const [d] = run(jd(worker, `${sentence}\n`));
      assert.equal(d.fixes![0].needsJudgement, undefined, sentence);
    }
  });

  it('keeps an initial capital and corrects the article before the replaced words', () => {
    const text = jd(worker, 'Addicts are welcome. An addict or a junkie may self-refer.\n');
    const [capital, article, slang] = run(text);
    assert.equal(
      applyEdits(text, capital.fixes![0].edits),
      jd(worker, 'People who use drugs and/or alcohol are welcome. An addict or a junkie may self-refer.\n'),
    );
    assert.deepEqual(article.range, at(4, 24, 4, 30), 'the diagnostic marks the word only');
    assert.equal(
      applyEdits(text, article.fixes![0].edits),
      jd(worker, 'Addicts are welcome. A person who uses drugs and/or alcohol or a junkie may self-refer.\n'),
    );
    assert.equal(
      applyEdits(text, slang.fixes![0].edits),
      jd(worker, 'Addicts are welcome. An addict or a person who uses drugs may self-refer.\n'),
    );
  });

  it('gives the replacement a capital for a capitalised word, or for an abbreviation in capitals only where a sentence starts', () => {
    const fixedAs = (body: string) => {
      const text = jd(worker, `${body}\n`);
      const [d] = run(text);
      return applyEdits(text, d.fixes![0].edits).split('\n').at(-2);
    };
    assert.equal(fixedAs('You will work with IV drug users.'), 'You will work with people who inject drugs.');
    assert.equal(fixedAs('IV drug users are welcome.'), 'People who inject drugs are welcome.');
    assert.equal(
      fixedAs('We are open. IV drug users are welcome.'),
      'We are open. People who inject drugs are welcome.',
    );
    assert.equal(fixedAs('- IV drug users'), '- People who inject drugs');
    assert.equal(fixedAs('## Working With Addicts'), '## Working With People who use drugs and/or alcohol');
  });

  it('finds "clean" written with "&", abbreviated or before "time", and "IVDU", and rewrites them as English', () => {
    const fixed = (body: string) => {
      const text = jd(worker, `${body}\n`);
      const found = run(text);
      assert.equal(found.length, 1, body);
      return applyEdits(text, found[0].fixes![0].edits).split('\n').at(-2);
    };
    assert.equal(fixed('Applicants should be clean & sober.'), 'Applicants should be abstinent.');
    assert.equal(fixed('Peer mentors need 2 yrs clean.'), 'Peer mentors need 2 yrs abstinent.');
    assert.equal(fixed('You will need 12 months clean time.'), 'You will need 12 months in recovery.');
    assert.equal(fixed('Harm reduction advice for IVDUs.'), 'Harm reduction advice for people who inject drugs.');
    assert.equal(fixed('Each IVDU is offered testing.'), 'Each person who injects drugs is offered testing.');
  });

  it('scans the title and other front-matter values', () => {
    const text = jd({
      title: 'Substance abuse worker',
      role: 'drug-and-alcohol-worker',
      department: 'Offender services',
    });
    const diagnostics = run(text);
    assert.deepEqual(
      diagnostics.map((d) => [d.data?.term, d.range]),
      [
        ['substance-abuse', at(1, 8, 1, 23)],
        ['offender', at(3, 13, 3, 21)],
      ],
    );
    const fixed = applyEdits(text, diagnostics[0].fixes![0].edits);
    assert.match(fixed, /^title: "Problematic drug and alcohol use worker"$/m);
  });

  it('scans capability bullets', () => {
    const [d] = run(jd(worker, '## Capabilities\n\n- able to work with drug users and their families\n'));
    assert.equal(d.data?.term, 'drug-users');
    assert.deepEqual(d.range, at(6, 20, 6, 30));
  });

  it('reports an occurrence split across the lines of a paragraph at its exact range', () => {
    const text = jd(worker, 'We help people to\nstay\n  clean and well.\n');
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.deepEqual(d.range, at(5, 0, 6, 7));
    assert.match(d.message, /^'stay clean' is stigmatising language/);
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.equal(fixed, jd(worker, 'We help people to\nstay abstinent and well.\n'));
    assert.deepEqual(run(fixed), []);
  });

  it('leaves the framework\u2019s exceptions alone', () => {
    const body = [
      'Provide clean injecting equipment and clean needles.',
      'Advice on alcoholic drinks and non-alcoholic alternatives.',
      'Links with Alcoholics Anonymous and Narcotics Anonymous.',
      'Signpost to Nacoa (National Association for Children of Alcoholics) and Adult Children of Alcoholics.',
      'Work alongside the addiction psychiatrist and the offender manager.',
      'Use addictive, addiction and offending in their ordinary senses.',
    ].join('\n');
    assert.deepEqual(run(jd(worker, body)), []);
  });

  it('still fires next to an exception', () => {
    const diagnostics = run(jd(worker, 'Alcoholics Anonymous welcomes alcoholics.\n'));
    assert.deepEqual(
      diagnostics.map((d) => [d.data?.term, d.range]),
      [['alcoholics', at(4, 30, 4, 40)]],
    );
  });

  it('accepts terms allowed in .jdkit.json by id or by phrase, case-insensitively', () => {
    const text = jd(worker, 'Support offenders and an ex-offender. Support addicts.\n');
    assert.deepEqual(
      run(text).map((d) => d.data?.term),
      ['offenders', 'offender', 'addicts'],
    );
    assert.deepEqual(
      run(text, config({ allowedTerms: ['offenders', 'Ex-Offender'] })).map((d) => d.data?.term),
      ['addicts'],
    );
    assert.deepEqual(run(text, config({ allowedTerms: ['offenders', 'offender', 'addicts'] })), []);
  });

  it('accepts an allowed term in both its numbers', () => {
    const text = jd(worker, 'Support an offender, offenders and ex-offenders. Support an addict and addicts.\n');
    assert.deepEqual(
      run(text, config({ allowedTerms: ['offender'] })).map((d) => d.data?.term),
      ['addict', 'addicts'],
    );
    assert.deepEqual(
      run(text, config({ allowedTerms: ['addicts'] })).map((d) => d.data?.term),
      ['offender', 'offenders', 'offenders'],
    );
  });

  it('keeps exact UTF-16 ranges with CRLF line breaks and emoji', () => {
    const text = jd(worker, '## Role 🌟\r\n\r\n🙂 We support 👩‍⚕️ junkies.\r\n').replace(/\n(?<!\r\n)/g, '\r\n');
    const [d] = run(text);
    assert.deepEqual(d.range, at(6, 20, 6, 27));
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.match(fixed, /🙂 We support 👩‍⚕️ people who use drugs\.\r\n$/);
    assert.deepEqual(run(fixed), []);
  });

  it('ignores HTML comments and fenced code blocks', () => {
    const body = ['<!-- an old draft said addicts -->', '```', 'addict', '```', 'Text.<!-- junkie', 'junkie -->'].join(
      '\n',
    );
    assert.deepEqual(run(jd(worker, body)), []);
  });

  it('is switched off for one line by a jdkit-disable-next-line comment', () => {
    const text = jd(
      worker,
      '<!-- jdkit-disable-next-line stigmatising-language -->\nThe service was founded as the Addicts Project.\nWe support addicts.\n',
    );
    const diagnostics = lint(text).diagnostics.filter((d) => d.rule === ID);
    assert.deepEqual(
      diagnostics.map((d) => d.range.start.line),
      [6],
    );
  });

  it('never offers a preferred wording that is itself in the vocabulary or would break a YAML value', () => {
    const { terms } = getFramework().stigma;
    const phrases = terms.flatMap((t) => t.phrases);
    const exceptions = terms.flatMap((t) => t.exceptions);
    for (const term of terms) {
      for (const preferred of term.preferred) {
        assert.deepEqual(findPhrases(preferred, phrases, exceptions), [], `${term.id}: '${preferred}'`);
        assert.doesNotMatch(
          preferred,
          /[:#'"\\]|^[-?!&*|>%@`]/,
          `${term.id}: '${preferred}' is not safe in any YAML string`,
        );
      }
    }
  });

  it('never rewrites a phrase, for a term that replaces some of its words, into wording in the vocabulary', () => {
    for (const term of getFramework().stigma.terms.filter((t) => t.replaces)) {
      for (const phrase of term.phrases) {
        const [d] = run(jd(worker, `We see ${phrase} here.\n`));
        assert.equal(d?.data?.term, term.id, phrase);
        for (const fix of d.fixes!)
          assert.deepEqual(run(applyEdits(jd(worker, `We see ${phrase} here.\n`), fix.edits)), [], fix.title);
      }
    }
  });

  it('flags "misuser" and "misusers" on their own, but not "misuse" or a team named after it', () => {
    const text = jd(
      worker,
      'Misusers and a misuser. Substance misuse worker in our Substance Misuse Service; drug misuse.\n',
    );
    assert.deepEqual(
      run(text).map((d) => [d.data?.term, d.range]),
      [
        ['abusers', at(4, 0, 4, 8)],
        ['abuser', at(4, 15, 4, 22)],
      ],
    );
    const fixed = applyEdits(text, run(text)[1].fixes![0].edits);
    assert.match(fixed, /Misusers and a person who uses drugs and\/or alcohol\. /);
  });

  it('flags "abusing" or "abuse of" a substance, replacing only the judgemental word', () => {
    const text = jd(
      worker,
      'Young people abusing drugs, Abuse of alcohol and substance-abusing parents; an abuse of\nsolvents.\n',
    );
    const diagnostics = run(text);
    assert.deepEqual(
      diagnostics.map((d) => [d.data?.term, d.range, d.data?.preferred]),
      [
        ['abusing', at(4, 13, 4, 26), ['using drugs']],
        ['abuse-of', at(4, 28, 4, 44), ['Problematic use of alcohol', 'Use of alcohol']],
        ['abusing', at(4, 49, 4, 66), ['substance-using']],
        ['abuse-of', at(4, 79, 5, 8), ['problematic use of solvents', 'use of solvents']],
      ],
    );
    assert.match(diagnostics[0].message, /^'abusing drugs' is stigmatising language\. .*Say 'using drugs' instead\.$/);
    assert.deepEqual(
      diagnostics[0].fixes!.map((f) => f.title),
      ["Replace with 'using drugs'"],
    );
    let fixed = text;
    for (const d of [...diagnostics].reverse()) fixed = applyEdits(fixed, d.fixes![0].edits);
    assert.equal(
      fixed,
      jd(
        worker,
        'Young people using drugs, Problematic use of alcohol and substance-using parents; a problematic use of\nsolvents.\n',
      ),
    );
    assert.deepEqual(
      run(jd(worker, 'Domestic abuse; abuse of trust; drug and alcohol use; substance abusers.\n')).map(
        (d) => d.data?.term,
      ),
      ['abusers'],
    );
  });

  it('flags "addicted" as a label for people, but not the word itself or addictions to gambling, gaming or phones', () => {
    const text = jd(
      worker,
      'Addicted people, people who are addicted, addicted individuals and those addicted to opioids.\n',
    );
    const diagnostics = run(text);
    assert.deepEqual(
      diagnostics.map((d) => [d.data?.term, d.range]),
      [
        ['addicted-people', at(4, 0, 4, 15)],
        ['addicted-people', at(4, 17, 4, 40)],
        ['addicted-people', at(4, 42, 4, 62)],
        ['people-addicted-to', at(4, 67, 4, 84)],
      ],
    );
    assert.equal(
      applyEdits(text, diagnostics[3].fixes![0].edits),
      jd(worker, 'Addicted people, people who are addicted, addicted individuals and people who use opioids.\n'),
    );
    const harmless = [
      'The drugs people become addicted to vary.',
      'Young people addicted to their phones or addicted to gambling.',
      'A person who is addicted to gaming.',
    ].join('\n');
    assert.deepEqual(run(jd(worker, harmless)), []);
  });

  it('flags people labelled by one substance, and "dirty" test results in any wording, with fixes that keep the meaning', () => {
    const body = [
      'Support crack users and heroin users into treatment.',
      'Offer hepatitis C testing to every injecting drug user.',
      'Review the plan when a client tests dirty or is dirty on their drug tests.',
    ].join('\n');
    const text = jd(worker, body);
    const diagnostics = run(text);
    assert.deepEqual(
      diagnostics.map((d) => d.data?.term),
      ['crack-users', 'heroin-users', 'injecting-drug-user', 'tested-dirty', 'tested-dirty'],
    );
    const fixed = applyEdits(
      text,
      diagnostics.flatMap((d) => d.fixes![0].edits),
    );
    assert.match(fixed, /Support people who use crack and people who use heroin into treatment\./);
    assert.match(fixed, /to every person who injects drugs\./);
    assert.match(fixed, /when a client tests positive or is positive on their drug tests\./);
    assert.deepEqual(run(fixed), []);
  });

  it('flags "clean" meaning abstinent, and only that', () => {
    const body = [
      'Applicants must have been clean for two years.',
      'Peer mentors must be clean. Ours have been clean since 2020.',
      'Clean for two years, clean from drugs, able to be clean of drugs and staying clean.',
    ].join('\n');
    const diagnostics = run(jd(worker, body));
    assert.deepEqual(
      diagnostics.map((d) => [d.data?.term, (d.data?.preferred as string[])[0]]),
      [
        ['been-clean', 'abstinent for two years'],
        ['been-clean', 'must be abstinent'],
        ['been-clean', 'been abstinent'],
        ['been-clean', 'Abstinent for two years'],
        ['been-clean', 'abstinent from drugs'],
        ['clean-of', 'abstinent from drugs'],
        ['staying-clean', 'staying abstinent'],
      ],
    );
    const harmless = [
      'Must hold a clean driving licence.',
      'Provide clean needles, clean equipment and clean works.',
      'Clinic rooms must be clean and tidy; keep the office clean.',
      'Make sure the data is clean data.',
      'Five years clean driving licence.',
      'Trolleys must be clean for use; premises must be clean.',
    ].join('\n');
    assert.deepEqual(run(jd(worker, harmless)), []);
  });

  it('flags the other ways the sector says "clean" about recovery, and leaves clean equipment, rooms and records alone', () => {
    const fixed = (body: string) => {
      const text = jd(worker, `${body}\n`);
      const found = run(text);
      assert.equal(found.length, 1, body);
      return applyEdits(text, found[0].fixes![0].edits).split('\n').at(-2);
    };
    assert.equal(
      fixed("Peer mentors must have 12 months' clean dates."),
      "Peer mentors must have 12 months' recovery dates.",
    );
    assert.equal(fixed('Tell us your clean date.'), 'Tell us your recovery date.');
    assert.equal(fixed('Since he got clean in 2019.'), 'Since he became abstinent in 2019.');
    assert.equal(fixed('Until she gets clean.'), 'Until she becomes abstinent.');
    assert.equal(fixed('A mentor who stays clean.'), 'A mentor who stays abstinent.');
    assert.equal(fixed('Mentors who are clean.'), 'Mentors who are abstinent.');
    const harmless = [
      'Provide clean needles and clean injecting equipment.',
      'Keep the clinic room clean.',
      'Must hold a clean driving licence and a clean DBS.',
      'Keep yourself clean and the kitchen clean; a clean record.',
      'Equipment that is clean; rooms which are clean.',
    ].join('\n');
    assert.deepEqual(run(jd(worker, harmless)), []);
  });

  // User trial (trial 12, T01-T09, T21): "stays clean" and "gets clean" are about a person only with a person
  // subject, and "clean" before harm-reduction kit or about appearance is no label for anyone.
  it('leaves housekeeping, harm-reduction kit and appearance alone, and flags "clean" said of a person', () => {
    const harmless = [
      'Work with residents to make sure the kitchen stays clean and the house runs smoothly.',
      'Help residents make sure the house stays clean, tidy and safe.',
      'Make sure everyone who uses the needle and syringe programme gets clean kit every time.',
      'Check that each person gets clean pipes, foil and filters, and give harm reduction advice.',
      'He gets clean spoons, clean works and clean paraphernalia; she got clean equipment and clean syringes.',
      'Staff who are clean shaven can be fit tested for FFP3 masks; staff who are clean-shaven too.',
      'Someone who is clean and smart in appearance, punctual and reliable.',
      'Someone who is clean, smart and punctual; people who are clean and presentable, or clean, tidy and on time.',
    ];
    for (const line of harmless) assert.deepEqual(run(jd(worker, `${line}\n`)), [], line);
    const fixed = (body: string) => {
      const text = jd(worker, `${body}\n`);
      const found = run(text);
      assert.equal(found.length, 1, body);
      assert.equal(found[0].severity, 'warning', body);
      return applyEdits(text, found[0].fixes![0].edits).split('\n').at(-2);
    };
    assert.equal(
      fixed("Celebrate people's clean dates with them at the recovery cafe."),
      "Celebrate people's recovery dates with them at the recovery cafe.",
    );
    assert.equal(
      fixed('Share how you got clean when it helps someone you support.'),
      'Share how you became abstinent when it helps someone you support.',
    );
    assert.equal(
      fixed('Offer mentoring to people who are clean and want to give something back.'),
      'Offer mentoring to people who are abstinent and want to give something back.',
    );
    assert.equal(
      fixed('Help each person plan how he stays clean after leaving rehab.'),
      'Help each person plan how he stays abstinent after leaving rehab.',
    );
    assert.equal(fixed('Stay in touch while she gets clean.'), 'Stay in touch while she becomes abstinent.');
  });

  it('reports overlapping phrases once, as the longest, with a fix that reads as English', () => {
    const fixed = (body: string) => {
      const text = jd(worker, `${body}\n`);
      const found = run(text);
      assert.equal(found.length, 1, body);
      return applyEdits(text, found[0].fixes![0].edits).split('\n').at(-2);
    };
    assert.equal(fixed('Staying clean & sober is part of recovery.'), 'Staying abstinent is part of recovery.');
    assert.equal(fixed('Mentors who are clean & sober.'), 'Mentors who are abstinent.');
    assert.equal(fixed('Ours have been clean and sober for two years.'), 'Ours have been abstinent for two years.');
    assert.equal(fixed('You will need 1 year clean time.'), 'You will need 1 year in recovery.');
  });

  it('leaves the names of laws, organisations and establishments alone', () => {
    const body = [
      'This post is exempt from the Rehabilitation of Offenders Act 1974 (Exceptions) Order 1975.',
      'Links with Alcoholics Anonymous, Narcotics Anonymous and Cocaine Anonymous.',
      'In-reach to HMP/Young Offender Institution Wexcombe and the Offender Personality Disorder pathway.',
    ].join('\n');
    assert.deepEqual(run(jd(worker, body)), []);
    assert.deepEqual(
      run(jd(worker, 'Support offenders under the Rehabilitation of Offenders Act.\n')).map((d) => d.range),
      [at(4, 8, 4, 17)],
    );
  });

  it('reports a term inside a name as information, without a fix, and capitals elsewhere as usual', () => {
    const text = jd(
      worker,
      'Work with the Drug Users Forum and meet at the Clean & Sober Café.\nDrug Users Forum meets monthly.\nLinks with the Ex-Offenders Network.\n',
    );
    const diagnostics = run(text);
    assert.deepEqual(
      diagnostics.map((d) => [d.data?.term, d.severity, d.fixes ?? []]),
      [
        ['drug-users', 'information', []],
        ['clean-and-sober', 'information', []],
        ['drug-users', 'information', []],
        ['offenders', 'information', []],
      ],
    );
    assert.match(
      diagnostics[1].message,
      /^'Clean & Sober' is stigmatising language, but looks like part of a name, which may not be yours to change\. .* If the name is yours, consider changing it; if not, add it to allowedTerms in \.jdkit\.json\.$/,
    );
    assert.deepEqual(
      run(text, config({ rules: { [ID]: 'hint' } })).map((d) => d.severity),
      ['hint', 'hint', 'hint', 'hint'],
    );
    // Capitals mark a name only beside other capitalised words: not in a line all in Title Case or in capitals.
    for (const line of [
      '## Working With Addicts',
      '## Drug Users Forum',
      '- Drug Users Forum',
      'WORK WITH THE DRUG USERS FORUM.',
      'Support Drug Users in the community.',
      'Addicts are welcome.',
      'Ours have been Clean and Sober for years.',
      '## About Us\nAddicts are welcome.',
    ]) {
      const [d, ...rest] = run(jd(worker, `${line}\n`));
      assert.equal(rest.length, 0, line);
      assert.deepEqual([d.severity, d.fixes!.length > 0], ['warning', true], line);
    }
    const value = run(jd({ ...worker, department: 'Drug Users Services' }));
    assert.deepEqual(
      value.map((d) => d.severity),
      ['warning'],
    );
  });

  // User trial (trial 12, T12-T24): capitals alone do not make a name. A term is part of one only when the
  // run of capitalised words holding it ends in a word naming an organisation or group.
  it('reports a term as information only inside a run of capitalised words ending in a group word', () => {
    for (const line of [
      '- Outreach To Street Junkies And Sex Workers.',
      '- Supporting Addicts In Recovery.',
      '### Have You Worked With Addicts Before?',
      'Addicts in Wexcombe often wait weeks for a first appointment, and you will help change that.',
      '- You will work with Drug Users in Wexcombe and Northam.',
      '- Our Outreach Team works with Street Drinkers and Alcoholics across the town centre.',
      '## Our work with Addicts in Wexcombe',
      '- Work alongside our Recovery Workers with Addicts and their families.',
      '- Run drop-in sessions for Ex-Offenders at Wexcombe Prison gate.',
      '- You will run our Working With Addicts And Their Families group every Tuesday.',
    ]) {
      const found = run(jd(worker, `${line}\n`));
      assert.equal(found.length, 1, line);
      assert.deepEqual([found[0].severity, (found[0].fixes ?? []).length > 0], ['warning', true], line);
    }
    for (const line of [
      '- Attend the Wexcombe Drug Users Forum each month.',
      'Refer people to the Families of Addicts Support Group and the Ex-Offenders Project.',
      'Work with the Drug Users Forum and meet at the Clean & Sober Cafe.',
    ]) {
      const found = run(jd(worker, `${line}\n`));
      assert.ok(found.length > 0, line);
      for (const d of found) assert.deepEqual([d.severity, d.fixes ?? []], ['information', []], line);
    }
  });

  it('flags a programme name made of stigmatising words unless .jdkit.json allows the name', () => {
    const text = jd(worker, 'You will deliver our Drug and Alcohol Abuse Prevention programme.\n');
    assert.deepEqual(
      run(text).map((d) => d.data?.term),
      ['substance-abuse'],
    );
    assert.deepEqual(run(text, config({ allowedTerms: ['Drug and Alcohol Abuse Prevention'] })), []);
  });

  // How fast is measured by npm run bench, never asserted here.
  it('finds the one term at the end of a large document', () => {
    const paragraph =
      'Drug and alcohol workers deliver psychosocial interventions with people who use drugs and/or alcohol. ';
    const text = jd(worker, `${paragraph.repeat(20000)}\nAn addict.\n`);
    const rule = RULE_BY_ID.get(ID)!;
    const { diagnostics } = lint(text, { rules: [rule] });
    assert.equal(diagnostics.length, 1);
    const { start, end } = diagnostics[0].range;
    assert.equal(text.split('\n')[start.line].slice(start.character, end.character), 'addict');
  });
});
