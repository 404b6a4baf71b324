import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { getFramework } from '../../src/core/framework/load';
import { analyseTitle, roleTitles } from '../../src/core/title';
import { config } from './helpers';

const framework = getFramework();
const analyse = (title: string | undefined, cfg = DEFAULT_CONFIG) => analyseTitle(title, framework, cfg);

describe('analyseTitle', () => {
  it('has a title entry for every framework role', () => {
    assert.deepEqual(framework.titles.roles.map((t) => t.role).sort(), framework.roles.map((r) => r.id).sort());
  });

  for (const entry of framework.titles.roles) {
    it(`resolves the canonical title and every alias of ${entry.role}`, () => {
      for (const title of roleTitles(entry)) {
        const analysis = analyse(title);
        assert.deepEqual(analysis.roles, [entry.role], title);
        assert.equal(analysis.vague, null, title);
        assert.equal(analysis.volunteer, null, title);
        assert.equal(analysis.outOfScope, null, title);
      }
    });
  }

  it('ignores case, punctuation and extra words around the phrase', () => {
    assert.deepEqual(analyse('DRUG & ALCOHOL WORKER').roles, ['drug-and-alcohol-worker']);
    assert.deepEqual(analyse('Drug and alcohol worker – criminal justice team (0.8 FTE)').roles, [
      'drug-and-alcohol-worker',
    ]);
    assert.deepEqual(analyse('Band 6 Registered Nurse').roles, ['nurse']);
  });

  it('matches whole words only', () => {
    assert.deepEqual(analyse('Nursery worker').roles, []);
  });

  it('lets the longest phrase win', () => {
    const senior = analyse('Senior drug and alcohol worker');
    assert.deepEqual(senior.roles, ['senior-drug-and-alcohol-worker']);
    assert.equal(senior.matchedPhrase, 'Senior drug and alcohol worker');
    assert.deepEqual(analyse('Senior CYP drug and alcohol worker').roles, ['senior-drug-and-alcohol-worker']);
    assert.deepEqual(analyse('CYP family support worker').roles, ['family-support-worker-cyp']);
  });

  it('names each role of a title that offers alternatives, in the title’s order', () => {
    assert.deepEqual(analyse('Non-Medical Prescriber (Nurse or Pharmacist)').roles, ['nurse', 'pharmacy-professional']);
    assert.deepEqual(analyse('Pharmacist / Nurse Prescriber').roles, ['pharmacy-professional', 'nurse']);
  });

  it('reads a lived experience worker as a peer support worker, whom framework 6.1 defines by lived experience', () => {
    assert.deepEqual(analyse('Lived Experience Worker').roles, ['peer-support-worker']);
    assert.deepEqual(analyse('Lived Experience Recovery Worker').roles, ['peer-support-worker']);
    assert.equal(analyse('Lived Experience Recovery Worker').vague, null);
  });

  it('reads a carers support worker as the family support worker (framework 5.4), a young carers one as the CYP role (5.5)', () => {
    assert.deepEqual(analyse('Carers Support Worker – Family & Friends Service').roles, [
      'family-support-worker-adult',
    ]);
    assert.deepEqual(analyse('Family and Carer Support Worker').roles, ['family-support-worker-adult']);
    assert.deepEqual(analyse('Young Carers Support Worker').roles, ['family-support-worker-cyp']);
    assert.deepEqual(analyse('Carer Support Worker (Young People)').roles, ['family-support-worker-cyp']);
  });

  it('reads a non-medical prescriber as a nurse, as framework section 1 lists them among NMC-registered nurses', () => {
    assert.deepEqual(analyse('Non-Medical Prescriber').roles, ['nurse']);
    assert.deepEqual(analyse('Non Medical Prescriber – Shared Care').roles, ['nurse']);
    assert.deepEqual(analyse('Pharmacist Independent Prescriber').roles, ['pharmacy-professional']);
  });

  it('finds the titles the plan calls vague, and only when no role is named', () => {
    const recovery = analyse('Recovery worker');
    assert.deepEqual(recovery.roles, []);
    assert.equal(recovery.vague?.title, 'recovery worker');
    assert.equal(recovery.vague?.suggest[0], 'drug-and-alcohol-worker');
    assert.equal(analyse('Senior Recovery Worker').vague?.title, 'recovery worker');
    assert.equal(analyse('Recovery co-ordinator').vague, null);
  });

  it('reads the titles services use for the drug and alcohol worker (framework section 1 footnote)', () => {
    for (const title of [
      'Drug and Alcohol Support Worker',
      'Substance Misuse Practitioner',
      'Drug Worker',
      'Keyworker',
      'Recovery Keyworker',
      'Harm Reduction Worker',
      'Criminal Justice Substance Misuse Worker',
    ]) {
      assert.deepEqual(analyse(title).roles, ['drug-and-alcohol-worker'], title);
    }
  });

  it('lets a children and young people qualifier win over the adult role', () => {
    for (const title of [
      "Young Person's Drug and Alcohol Worker",
      "Young Person's Drug and Alcohol Support Worker",
      'Youth Offending Team Substance Misuse Worker',
      'YOT Keyworker',
    ]) {
      const analysis = analyse(title);
      assert.deepEqual(analysis.roles, ['cyp-drug-and-alcohol-worker'], title);
      assert.equal(analysis.population, 'children-and-young-people', title);
    }
    assert.deepEqual(analyse("Young people's family support worker").roles, ['family-support-worker-cyp']);
    assert.equal(analyse('Substance misuse worker').population, undefined);
  });

  it('reads "senior" as the senior role, keeping the population', () => {
    const senior = analyse("Senior Young People's Substance Misuse Worker");
    assert.deepEqual(senior.roles, ['senior-drug-and-alcohol-worker']);
    assert.equal(senior.population, 'children-and-young-people');
    assert.deepEqual(analyse('Senior Keyworker').roles, ['senior-drug-and-alcohol-worker']);
    assert.deepEqual(analyse('Senior social worker').roles, ['social-worker']);
  });

  it('lets a profession win over a title that names only the work', () => {
    assert.deepEqual(analyse('Nurse Keyworker').roles, ['nurse']);
    assert.deepEqual(analyse('Social worker – outreach worker').roles, ['social-worker']);
    assert.deepEqual(analyse('Outreach worker').roles, ['drug-and-alcohol-worker']);
  });

  // The framework never uses the term; such posts are often mental health nursing roles.
  it('leaves "Dual diagnosis worker" to no role', () => {
    assert.deepEqual(analyse('Dual diagnosis worker').roles, []);
  });

  it('recognises volunteer titles (plan, Volunteers) as no framework role, never the peer support worker', () => {
    for (const title of [
      'Peer Mentor',
      'Peer supporter',
      'Peer volunteer',
      'Recovery Coach',
      'Volunteer peer support worker',
      'Recovery café volunteer',
    ]) {
      const analysis = analyse(title);
      assert.ok(analysis.volunteer, title);
      assert.deepEqual(analysis.roles, [], title);
      assert.equal(analysis.vague, null, title);
    }
    assert.equal(analyse('Peer mentor').volunteer?.phrase, 'peer mentor');
    assert.equal(analyse('Volunteer nurse').volunteer?.phrase, 'volunteer');
    assert.deepEqual(analyse('Volunteer nurse').roles, ['nurse']);
  });

  it('does not take posts that manage volunteers for volunteer posts', () => {
    for (const title of ['Volunteer Co-ordinator', 'Volunteer manager', 'Peer mentor lead'])
      assert.equal(analyse(title).volunteer, null, title);
  });

  it('keeps an organisation’s alias that contains a volunteer title', () => {
    const cfg = config({ titleAliases: { 'peer-support-worker': ['Peer mentor'] } });
    const analysis = analyse('Peer mentor', cfg);
    assert.deepEqual(analysis.roles, ['peer-support-worker']);
    assert.equal(analysis.volunteer, null);
  });

  it('recognises posts out of the framework’s scope (section 1)', () => {
    const cases: [string, string][] = [
      ['Alcohol Care Team Nurse', 'alcohol care team'],
      ['Hospital Alcohol Liaison Worker', 'alcohol liaison worker'],
      ['Substance Misuse Worker, HMP Wandsworth', 'HMP'],
      ['Community pharmacist', 'community pharmacist'],
      ['Pharmacy assistant', 'pharmacy assistant'],
      ['Support, Time and Recovery Worker', 'support time and recovery worker'],
      ['Health psychologist', 'health psychologist'],
    ];
    for (const [title, phrase] of cases) assert.equal(analyse(title).outOfScope?.phrase, phrase, title);
    // The role the title names still stands: the post may be LA-commissioned after all.
    assert.deepEqual(analyse('Alcohol Care Team Nurse').roles, ['nurse']);
    assert.equal(analyse('Support, Time and Recovery Worker').vague, null);
  });

  it('narrows a vague title’s suggestion with its qualifiers', () => {
    assert.deepEqual(analyse('Senior recovery worker').vague?.suggest, ['senior-drug-and-alcohol-worker']);
    assert.deepEqual(analyse("Young people's recovery worker").vague?.suggest, ['cyp-drug-and-alcohol-worker']);
  });

  it('returns nothing for a missing or empty title', () => {
    assert.deepEqual(analyse(undefined), {
      title: undefined,
      roles: [],
      vague: null,
      volunteer: null,
      outOfScope: null,
    });
    assert.deepEqual(analyse('').roles, []);
  });

  it('extends matching with titleAliases from .jdkit.json', () => {
    const cfg = config({ titleAliases: { 'peer-support-worker': ['Lived experience mentor'] } });
    assert.deepEqual(analyse('Lived Experience Mentor (part time)', cfg).roles, ['peer-support-worker']);
    assert.deepEqual(analyse('Lived experience mentor').roles, []);
    // A configured alias longer than a framework phrase wins over it.
    const longer = config({ titleAliases: { 'family-support-worker-cyp': ['Young carers family support worker'] } });
    assert.deepEqual(analyse('Young carers family support worker', longer).roles, ['family-support-worker-cyp']);
  });

  it('never matches an alias of punctuation only, which has no words, even in a title of none', () => {
    const cfg = config({ titleAliases: { nurse: ['—'] } });
    assert.deepEqual(analyse('—', cfg).roles, []);
    assert.deepEqual(analyse('Nurse', cfg).roles, ['nurse']);
  });
});
