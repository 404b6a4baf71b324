// The sector thesaurus (framework-data/thesaurus.json) and the term analyser
// that applies it (src/core/match/terms.ts).
import { strict as assert } from 'node:assert';
import { getFramework } from '../../src/core/framework/load';
import { normalisedKey } from '../../src/core/match/normalise';
import { buildPhraseTrie, CONCEPT_PREFIX, stemOf, TermAnalyser, type PhraseTrieData } from '../../src/core/match/terms';
import { quoteIsVerbatim } from './sources';

const thesaurus = getFramework().thesaurus;
const analyser = new TermAnalyser(thesaurus);

describe('sector thesaurus', () => {
  it('quotes every source verbatim', () => {
    for (const group of thesaurus.groups)
      assert.ok(quoteIsVerbatim(group.source), `${group.id}: ${group.source.quote}`);
  });

  it('has unique group ids, and no term in two groups', () => {
    const owner = new Map<string, string>();
    assert.equal(new Set(thesaurus.groups.map((g) => g.id)).size, thesaurus.groups.length);
    for (const group of thesaurus.groups) {
      for (const term of group.terms) {
        const key = normalisedKey(term);
        assert.ok(!owner.has(key) || owner.get(key) === group.id, `"${term}" is in ${owner.get(key)} and ${group.id}`);
        owner.set(key, group.id);
      }
    }
  });

  it('ignores no word that a group gives a meaning', () => {
    const grouped = new Set(thesaurus.groups.flatMap((g) => g.terms.map(normalisedKey)));
    for (const word of thesaurus.ignore) assert.ok(!grouped.has(normalisedKey(word)), word);
  });
});

describe('TermAnalyser', () => {
  const concept = (id: string) => CONCEPT_PREFIX + id;

  it('reduces word forms to one stem', () => {
    assert.deepEqual(analyser.terms('assessing'), analyser.terms('assessments'));
    assert.deepEqual(analyser.terms('supporting'), analyser.terms('support'));
  });

  it('stems as Porter2 defines it, its exceptional forms and its y rules included', () => {
    // Examples from the algorithm's definition (snowballstem.org/algorithms/english/stemmer.html).
    assert.equal(stemOf('generously'), 'generous');
    assert.equal(stemOf('skies'), 'sky');
    assert.equal(stemOf('howe'), 'howe');
    // "y" after a vowel is a consonant, so "-er" is in R2 and goes.
    assert.equal(stemOf('naysayers'), 'naysay');
    // Kept as written: numbers and words of three letters or fewer (AA, NA, MI).
    assert.equal(stemOf('mi'), 'mi');
    assert.equal(stemOf('12step'), '12step');
  });

  it('folds a group’s phrases into its concept, longest phrase first', () => {
    for (const text of ['service users', 'clients', 'people', 'patients'])
      assert.deepEqual(analyser.terms(text), [concept('people')]);
    assert.deepEqual(analyser.terms('substance misuse'), [concept('substance')]);
    assert.deepEqual(analyser.terms('drug and alcohol use'), [concept('substance')]);
    assert.deepEqual(analyser.terms('SMART Recovery'), [concept('mutual-aid')]);
    assert.deepEqual(analyser.terms('Opioid Substitution Therapy'), [concept('ost')]);
    // "case management records" is records, not case management.
    assert.deepEqual(analyser.terms('case management records'), [concept('records')]);
  });

  it('drops the words that only say how a bullet is phrased', () => {
    assert.deepEqual(analyser.terms('You will be able to carry out assessments'), analyser.terms('assessments'));
    assert.deepEqual(
      analyser.terms('Knowledge of the organisation’s policies'),
      analyser.terms('organisation policies'),
    );
  });

  it('gives each term once, in order of appearance', () => {
    assert.deepEqual(analyser.terms('naloxone training and naloxone supply'), [concept('naloxone'), 'train', 'suppli']);
  });

  it('returns nothing for text with no content words', () => {
    assert.deepEqual(analyser.terms(''), []);
    assert.deepEqual(analyser.terms('— and, or the —'), []);
  });

  it('reads a phrase trie built ahead (framework-data) as the one it builds from the thesaurus', () => {
    const stored = new TermAnalyser(thesaurus, {
      phrases: JSON.parse(JSON.stringify(analyser.phrases)) as PhraseTrieData,
    });
    for (const text of ['People who use drugs and alcohol', 'case management records', 'You will support clients'])
      assert.deepEqual(stored.terms(text), analyser.terms(text), text);
  });

  it('builds the trie with the concepts first, and no node for a phrase of punctuation only', () => {
    const source = thesaurus.groups[0].source;
    const small = {
      description: 'test',
      ignore: ['case work', '—'],
      groups: [{ id: 'casework', terms: ['case work', 'casework'], basis: 'test', source }],
    };
    const trie = buildPhraseTrie(small, stemOf);
    assert.deepEqual(trie, {
      parents: [0, 1, 0],
      words: ['case', 'work', 'casework'],
      terms: [null, concept('casework'), concept('casework')],
    });
    assert.deepEqual(new TermAnalyser(small, { phrases: trie }).terms('case work'), [concept('casework')]);
  });
});
