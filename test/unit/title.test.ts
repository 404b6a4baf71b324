import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { getFramework } from '../../src/core/framework/load';
import { analyseTitle } from '../../src/core/title';
import { config } from './helpers';

const framework = getFramework();
const analyse = (title: string | undefined, cfg = DEFAULT_CONFIG) => analyseTitle(title, framework, cfg);

describe('analyseTitle', () => {
  it('has a title entry for every framework role', () => {
    assert.deepEqual(
      framework.titles.roles.map((t) => t.role).sort(),
      framework.roles.map((r) => r.id).sort(),
    );
  });

  for (const entry of framework.titles.roles) {
    it(`resolves the canonical title and every alias of ${entry.role}`, () => {
      for (const title of [entry.canonical, ...entry.aliases]) {
        const analysis = analyse(title);
        assert.deepEqual(analysis.roles, [entry.role], title);
        assert.equal(analysis.vague, null, title);
      }
    });
  }

  it('ignores case, punctuation and extra words around the phrase', () => {
    assert.deepEqual(analyse('DRUG & ALCOHOL WORKER').roles, ['drug-and-alcohol-worker']);
    assert.deepEqual(analyse('Drug and alcohol worker – criminal justice team (0.8 FTE)').roles, ['drug-and-alcohol-worker']);
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

  it('finds the titles the plan calls vague, and only when no role is named', () => {
    const recovery = analyse('Recovery worker');
    assert.deepEqual(recovery.roles, []);
    assert.equal(recovery.vague?.title, 'recovery worker');
    assert.equal(recovery.vague?.suggest[0], 'drug-and-alcohol-worker');
    assert.equal(analyse('Senior Recovery Worker').vague?.title, 'recovery worker');
    assert.equal(analyse('Recovery co-ordinator').vague, null);
  });

  it('returns nothing for a missing or empty title', () => {
    assert.deepEqual(analyse(undefined), { title: undefined, roles: [], vague: null });
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
});
