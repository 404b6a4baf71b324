import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { AsciiWords, WordTable } from '../../src/core/match/ascii-words';
import { tokenise } from '../../src/core/match/normalise';

const VOCABULARY = ['able', 'to', 'assess', 'people', 's', 'and', '12', 'step', 'a', 'ab', 'ba'];

function reader(vocabulary: readonly string[] = VOCABULARY): AsciiWords {
  return new AsciiWords(new WordTable(vocabulary), vocabulary, vocabulary.indexOf('and'));
}

/** What the reader gives for the text: its ids and its tokens, or null when it leaves the text to tokenise. */
function read(words: AsciiWords, text: string): { ids: number[]; tokens: string[] } | null {
  const n = words.read(text);
  return n < 0 ? null : { ids: Array.from(words.ids.subarray(0, n)), tokens: words.tokens() };
}

describe('AsciiWords', () => {
  it('reads an ASCII text into the ids of its lower-cased words, -1 for a word the vocabulary lacks', () => {
    const words = reader();
    assert.deepEqual(read(words, 'Able to ASSESS people’s'), null);
    assert.deepEqual(read(words, "Able to ASSESS people's needs"), {
      ids: [0, 1, 2, 3, 4, -1],
      tokens: ['able', 'to', 'assess', 'people', 's', 'needs'],
    });
  });

  it('reads "&" as "and", known or not', () => {
    assert.deepEqual(read(reader(), 'a&b'), { ids: [8, 5, -1], tokens: ['a', 'and', 'b'] });
    assert.deepEqual(read(reader(['a']), 'A & B'), { ids: [0, -1, -1], tokens: ['a', 'and', 'b'] });
  });

  it('finds every word of a large vocabulary, whose slots collide, and no word one letter off', () => {
    // Two thousand words in 4,096 slots: many probes pass other words first.
    const vocabulary = Array.from({ length: 2000 }, (_, i) => `w${i.toString(36)}`);
    const words = reader(vocabulary);
    const text = vocabulary.join(' ');
    assert.equal(words.read(text), vocabulary.length);
    assert.deepEqual(
      Array.from(words.ids.subarray(0, vocabulary.length)),
      vocabulary.map((_, id) => id),
    );
    const offByOne = vocabulary.map((w) => `v${w.slice(1)}`).join(' ');
    assert.equal(words.read(offByOne), vocabulary.length);
    assert.ok(words.ids.subarray(0, vocabulary.length).every((id) => id === -1));
  });

  it('grows for long texts and reads the next text afresh', () => {
    const words = reader();
    const long = 'people '.repeat(500);
    assert.equal(words.read(long), 500);
    assert.deepEqual(read(words, 'to 12-step'), { ids: [1, 6, 7], tokens: ['to', '12', 'step'] });
  });

  it('gives the tokens tokenise gives, and the vocabulary’s ids for them, for any ASCII text (property)', () => {
    const vocabulary = [...VOCABULARY, 'assessment', 'of', 'the', 'x'];
    const words = reader(vocabulary);
    const text = fc.string({ unit: fc.constantFrom(..."abeglmnopstxyzABST12 &-’.'\n\t(é".split('')), maxLength: 60 });
    fc.assert(
      fc.property(fc.array(fc.oneof(text, fc.constantFrom(...vocabulary)), { maxLength: 12 }), (parts) => {
        const joined = parts.join(' ');
        const got = read(words, joined);
        if (/[^\x00-\x7f]/.test(joined)) return got === null;
        const tokens = tokenise(joined);
        assert.deepEqual(got, { ids: tokens.map((t) => vocabulary.indexOf(t)), tokens });
        return true;
      }),
    );
  });
});
