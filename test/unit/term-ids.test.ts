// The meaning level's terms as ids (src/core/match/term-ids.ts), read from a
// bullet's words or from their vocabulary ids.
import { strict as assert } from 'node:assert';
import { getFramework } from '../../src/core/framework/load';
import { tokenise } from '../../src/core/match/normalise';
import { TermIds } from '../../src/core/match/term-ids';
import { TermAnalyser } from '../../src/core/match/terms';

const framework = getFramework();
const analyser = new TermAnalyser(framework.thesaurus);
/** Statement terms and words, as the matcher's index has them. */
const known = [...new Set(framework.statementRefs().flatMap((s) => analyser.terms(s.text)))];
const vocabulary = [...new Set(framework.statementRefs().flatMap((s) => tokenise(s.text)))];
const vocabularyId = new Map(vocabulary.map((word, id) => [word, id]));

const TEXTS = [
  'Able to carry out comprehensive assessments of each service user’s substance misuse',
  // Concepts, phrases the thesaurus drops, repeated words and terms, and words no statement has.
  'You will be expected to support clients, service users and their families and carers with drug and alcohol use',
  'Full UK driving licence and access to a car; stationery ordering; zyxwv zyxwv',
  'case work case work casework',
  '',
];

const asNames = (ids: TermIds, tokens: string[], vocabularyIds: number[] | null) =>
  ids.termsOf(tokens, vocabularyIds).map((id) => ids.name(id));

describe('TermIds', () => {
  // What the terms are (stems, concepts, dropped phrases) is TermAnalyser's test (thesaurus.test.ts), which reads them through TermIds.
  it('reads the same terms from a bullet’s vocabulary ids as from its words, again and again', () => {
    const ids = new TermIds(known, analyser, vocabulary.length);
    for (const text of [...TEXTS, ...TEXTS]) {
      const tokens = tokenise(text);
      const fromWords = ids.termsOf(tokens, null);
      assert.deepEqual(
        ids.termsOf(
          tokens,
          tokens.map((t) => vocabularyId.get(t) ?? -1),
        ),
        fromWords,
        text,
      );
      assert.deepEqual(
        fromWords.map((id) => ids.name(id)),
        analyser.termsOf(tokens),
        text,
      );
    }
  });

  it('numbers the statements’ terms as the meaning index does, and gives other terms the ids after', () => {
    const ids = new TermIds(known, analyser, vocabulary.length);
    known.forEach((term, id) => assert.equal(ids.name(id), term, term));
    const [unknown] = ids.termsOf(['zyxwvut'], null);
    assert.ok(unknown >= known.length);
    assert.equal(ids.name(unknown), 'zyxwvut');
  });

  it('forgets the ids of stems first met in bullets once there are too many, and then reads them anew', () => {
    const ids = new TermIds(known, analyser, vocabulary.length);
    const words = (from: number, count: number) => Array.from({ length: count }, (_, i) => `qzx${from + i}`);
    const [before] = ids.termsOf(words(0, 20_001), null);
    assert.equal(ids.name(before), 'qzx0');
    ids.trim();
    assert.equal(ids.name(before), undefined);
    // The statements' terms keep their ids; a bullet read again gets the same terms.
    known.forEach((term, id) => assert.equal(ids.name(id), term, term));
    const tokens = tokenise(TEXTS[1]);
    assert.deepEqual(
      asNames(
        ids,
        tokens,
        tokens.map((t) => vocabularyId.get(t) ?? -1),
      ),
      analyser.termsOf(tokens),
    );
  });

  it('reads vocabulary words anew after forgetting, when their stems were first met in bullets', () => {
    // With no statement terms, the vocabulary's stems outside the thesaurus get their ids from bullets.
    const ids = new TermIds([], analyser, vocabulary.length);
    const tokens = tokenise(TEXTS[0]);
    const vocabularyIds = tokens.map((t) => vocabularyId.get(t) ?? -1);
    assert.deepEqual(asNames(ids, tokens, vocabularyIds), analyser.termsOf(tokens));
    ids.termsOf(
      Array.from({ length: 20_001 }, (_, i) => `qzx${i}`),
      null,
    );
    ids.trim();
    assert.deepEqual(asNames(ids, tokens, vocabularyIds), analyser.termsOf(tokens));
  });

  it('keeps the ids of stems first met in bullets while there are few', () => {
    const ids = new TermIds(known, analyser, vocabulary.length);
    const [id] = ids.termsOf(['qzxfew'], null);
    ids.trim();
    assert.equal(ids.name(id), 'qzxfew');
    assert.deepEqual(ids.termsOf(['qzxfew'], null), [id]);
  });
});
