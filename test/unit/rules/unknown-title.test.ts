import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { applyEdits } from '../../../src/core/edits/apply-edits';
import { lint } from '../../../src/core/lint';
import type { Diagnostic } from '../../../src/core/types';
import { config, jd, runRule } from '../helpers';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', '..', 'examples');
const CYP_FSW = "Children and young people's family support worker";

const run = (text: string, cfg = config()) => runRule('unknown-title', text, cfg);

describe('unknown-title', () => {
  it('fires on a title no framework role uses, citing plan 6.18', () => {
    const [d, ...rest] = run(jd({ title: 'Wellbeing navigator' }));
    assert.equal(rest.length, 0);
    assert.equal(
      d.message,
      'The job title "Wellbeing navigator" does not match any role in the capability framework. The workforce plan (6.18) asks employers to align job titles with job responsibilities and the framework, so applicants know what the role is. If this is your organisation\'s name for a framework role, add it to "titleAliases" in .jdkit.json. Until the title or a "role" field names a framework role, jdkit checks the document against no role: not the capabilities, registration or supervision a role needs. It still checks what applies whatever the role, such as the caseload and clinical supervision for a post that holds a caseload or delivers treatment.',
    );
    assert.deepEqual(d.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 28 } });
    assert.equal(d.fixes, undefined);
  });

  it('says without a role what the rules that run then check, and no more', () => {
    // A post with a caseload, supervision it gives, a field and a placeholder, stigmatising words and capabilities
    // jdkit cannot match: with no role, the rules that do not need one still report them.
    const body = [
      '## Main duties',
      '',
      '- Hold a caseload of people with co-occurring mental health and alcohol or drug use conditions',
      '- Work alongside addicts and their families',
      '- Provide clinical supervision to two support workers',
      '',
      '## Capabilities',
      '',
      '- Juggle flaming torches at team away days',
    ].join('\n');
    const fields = {
      title: 'Dual Diagnosis Practitioner',
      caseload: 45,
      organisation: '[Organisation name]',
      colour: 'blue',
    };
    const rules = (diagnostics: Diagnostic[]) => [...new Set(diagnostics.map((d) => d.rule))].sort();
    const roleless = lint(jd(fields, body)).diagnostics;
    assert.deepEqual(rules(roleless), [
      'caseload-too-high',
      'missing-supervision',
      'placeholder-text',
      'stigmatising-language',
      'unknown-field',
      'unknown-title',
      'unrecognised-capability',
    ]);
    const message = roleless.find((d) => d.rule === 'unknown-title')!.message;
    assert.match(message, /not the capabilities, registration or supervision a role needs\./);
    assert.match(
      message,
      / such as the caseload and clinical supervision for a post that holds a caseload or delivers treatment\.$/,
    );
    // The same document for a role: what the message says is not checked without one.
    const withRole = rules(lint(jd({ ...fields, role: 'social-worker' }, body)).diagnostics);
    for (const rule of ['missing-capabilities', 'missing-registration']) assert.ok(withRole.includes(rule), rule);
  });

  it('suggests the nearest framework title for a misspelling and fixes it', () => {
    const text = '---\ntitle: Drug and alchohol worker\n---\n';
    const [d] = run(text);
    assert.match(d.message, /Did you mean "Drug and alcohol worker"\?/);
    assert.deepEqual(d.data, { suggestions: ['Drug and alcohol worker'] });
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.equal(fixed, '---\ntitle: Drug and alcohol worker\n---\n');
    assert.deepEqual(run(fixed), []);
  });

  it('matches aliases by their nearest spelling and offers the canonical title', () => {
    const [d] = run(jd({ title: 'Clinical psycologist' }));
    assert.deepEqual(d.data, { suggestions: ['Practitioner psychologist'] });
  });

  it('offers the declared role’s title too, and does not say no role is checked', () => {
    const [d] = run(jd({ title: 'Wellbeing lead', role: 'nurse' }));
    assert.doesNotMatch(d.message, /checks the document against no role/);
    assert.match(d.message, /Did you mean "Registered nurse"\?/);
    assert.deepEqual(
      d.fixes!.map((f) => f.title),
      ['Change the title to "Registered nurse"'],
    );
  });

  it('offers the declared role’s title first, not a title that only shares a word with it', () => {
    // "Harm" is in "Harm reduction worker", a Drug and alcohol worker title: not the role the document is checked for.
    const text = jd({ title: 'Hidden Harm Worker', role: 'family-support-worker-cyp' });
    const [d] = run(text);
    assert.deepEqual(d.data, { suggestions: [CYP_FSW] });
    assert.match(d.message, / Did you mean "Children and young people's family support worker"\? If this is/);
    assert.deepEqual(
      d.fixes!.map((f) => f.title),
      [`Change the title to "${CYP_FSW}"`],
    );
  });

  it('offers the inferred role’s title first, the role role-inferred names', () => {
    const example = fs.readFileSync(path.join(EXAMPLES, 'family-support-worker-cyp.jd.md'), 'utf8');
    const text = example.replace(/^title: .*$/m, 'title: Hidden Harm Worker').replace(/^role: .*\n/m, '');
    const { diagnostics } = lint(text);
    const inferred = diagnostics.find((d) => d.rule === 'role-inferred')!;
    assert.deepEqual(inferred.data?.roles, ['family-support-worker-cyp']);
    const [d] = diagnostics.filter((x) => x.rule === 'unknown-title');
    assert.deepEqual(d.data, { suggestions: [CYP_FSW] });
    assert.doesNotMatch(d.message, /checks the document against no role/);
  });

  it('offers after the role’s title one near-spelling of another title, as the quick fixes do', () => {
    const text = '---\ntitle: Drug and alchohol worker\nrole: nurse\n---\n';
    const [d] = run(text);
    assert.deepEqual(d.data, { suggestions: ['Registered nurse', 'Drug and alcohol worker'] });
    assert.match(d.message, /Did you mean "Registered nurse" or "Drug and alcohol worker"\?/);
    assert.deepEqual(
      d.fixes!.map((f) => f.title),
      ['Change the title to "Registered nurse"', 'Change the title to "Drug and alcohol worker"'],
    );
  });

  it('suggests a role that shares a distinctive word with the title', () => {
    assert.deepEqual(run(jd({ title: 'Forensic practitioner' }))[0].data, {
      suggestions: ['Practitioner psychologist'],
    });
    assert.deepEqual(run(jd({ title: 'Harm reduction lead' }))[0].data, { suggestions: ['Drug and alcohol worker'] });
    // A typo in the shared word still counts; a longer word that merely starts the same does not.
    assert.deepEqual(run(jd({ title: 'Senior psycologist' }))[0].data, { suggestions: ['Practitioner psychologist'] });
    assert.deepEqual(run(jd({ title: 'Nursery nurture lead' }))[0].data, { suggestions: [] });
  });

  it('offers at most two titles when the title shares words with several roles', () => {
    // Pharmacy, peer and family each name a role: four candidates, of which two are offered.
    const [d] = run(jd({ title: 'Pharmacy peer family coordinator' }));
    assert.deepEqual(d.data, { suggestions: ['Pharmacist', "Children and young people's family support worker"] });
    assert.equal(d.fixes!.length, 2);
  });

  it('suggests a near-spelling of a whole title', () => {
    assert.deepEqual(run(jd({ title: 'Pear support worker' }))[0].data, { suggestions: ['Peer support worker'] });
    assert.deepEqual(run(jd({ title: 'Social workers' }))[0].data, { suggestions: ['Social worker'] });
  });

  it('never suggests a role that shares only generic words with the title', () => {
    for (const title of [
      'Housing support worker',
      'Senior practitioner',
      'Substance misuse officer',
      'Mental health practitioner',
      'Recovery navigator',
      'Team administrator',
    ]) {
      const [d] = run(jd({ title }));
      assert.deepEqual(d.data, { suggestions: [] }, title);
      assert.doesNotMatch(d.message, /Did you mean/, title);
    }
  });

  it('suggests at most two titles', () => {
    // "peer", "family" and "psychologist" are each in another role's titles.
    const [d] = run(jd({ title: 'Peer family psychologist' }));
    assert.deepEqual(d.data, {
      suggestions: ['Practitioner psychologist', "Children and young people's family support worker"],
    });
    assert.equal(d.fixes!.length, 2);
  });

  it('is silent for the titles services use, volunteer titles and posts out of the framework’s scope', () => {
    const titles = [
      'Drug and Alcohol Support Worker',
      'Substance Misuse Practitioner',
      'Drug Worker',
      'Keyworker',
      'Recovery Keyworker',
      'Harm Reduction Worker',
      'Recovery Coach',
      'Peer Mentor',
      "Young Person's Drug and Alcohol Worker",
      'Pharmacy assistant',
      'Support, Time and Recovery Worker',
    ];
    for (const title of titles) assert.deepEqual(run(jd({ title })), [], title);
  });

  it('is silent for framework titles, aliases, configured aliases, vague titles and a missing title', () => {
    assert.deepEqual(run(jd({ title: 'Senior recovery co-ordinator' })), []);
    assert.deepEqual(run(jd({ title: 'Recovery worker' })), []);
    assert.deepEqual(run(jd({ role: 'nurse' })), []);
    const cfg = config({ titleAliases: { 'drug-and-alcohol-worker': ['Wellbeing navigator'] } });
    assert.deepEqual(run(jd({ title: 'Wellbeing navigator' }), cfg), []);
  });

  describe('word typos', () => {
    const suggestions = (title: string, extra = '') =>
      runRule('unknown-title', `---\ntitle: ${title}\n${extra}---\n`).map((d) => d.data?.suggestions);

    it('allows one edit in a word of five to seven letters and two from eight, and none in shorter words', () => {
      assert.deepEqual(suggestions('Nurze lead'), [['Registered nurse']]);
      assert.deepEqual(suggestions('Pharmcay technician'), [['Pharmacist']]);
      assert.deepEqual(suggestions('Nuse lead'), [[]]);
      assert.deepEqual(suggestions('Nurs lead'), [[]]);
      // A short word counts when it is spelt the same.
      assert.deepEqual(suggestions('Peer lead'), [['Peer support worker']]);
    });

    it('adds the declared role’s title once, and none for an unknown role', () => {
      assert.deepEqual(suggestions('Widget lead', 'role: nurse\n'), [['Registered nurse']]);
      assert.deepEqual(suggestions('Nurze lead', 'role: nurse\n'), [['Registered nurse']]);
      assert.deepEqual(suggestions('Widget lead', 'role: plumber\n'), [[]]);
      const [d] = runRule('unknown-title', '---\ntitle: Widget lead\nrole: nurse\n---\n');
      assert.equal(d.fixes![0].needsJudgement, true);
      assert.match(d.message, / Did you mean "Registered nurse"\? If this is/);
    });
  });
});
