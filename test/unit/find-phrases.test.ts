import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { containsAnyPhrase, findPhrases, phraseList } from '../../src/core/text/find-phrases';

/** The matched text of each hit, for readable assertions. */
function hits(text: string, phrases: readonly string[], exceptions?: readonly string[]): string[] {
  return findPhrases(text, phrases, exceptions).map((m) => text.slice(m.start, m.end));
}

describe('findPhrases', () => {
  it('matches whole words only', () => {
    assert.deepEqual(hits('An addictive game; he became addicted; an addict.', ['addict']), ['addict']);
    assert.deepEqual(hits('readdict addict_x addict2 addict', ['addict']), ['addict']);
    assert.deepEqual(hits('café addict', ['caf']), []);
  });

  it('is case-insensitive and reports the list entry', () => {
    assert.deepEqual(findPhrases('DRUG Addict', ['drug addict']), [{ start: 0, end: 11, phrase: 'drug addict' }]);
  });

  it('matches plurals only when they are listed', () => {
    assert.deepEqual(hits('addicts', ['addict']), []);
    assert.deepEqual(hits('addict addicts', ['addict', 'addicts']), ['addict', 'addicts']);
  });

  it('suppresses matches inside or overlapping an exception', () => {
    const phrases = ['alcoholic', 'alcoholics', 'clean and sober', 'get clean'];
    const exceptions = ['alcoholic drinks', 'Alcoholics Anonymous', 'clean injecting equipment', 'clean needles'];
    const harmless = 'Alcoholic drinks, alcoholics anonymous and clean injecting equipment.';
    assert.deepEqual(hits(harmless, phrases, exceptions), []);
    assert.deepEqual(hits('Help people get clean needles.', phrases, exceptions), []);
    assert.deepEqual(hits('He is an alcoholic.', phrases, exceptions), ['alcoholic']);
    assert.deepEqual(hits('alcoholic drinks; an alcoholic', phrases, exceptions), ['alcoholic']);
  });

  it('tolerates any whitespace run, including line breaks and CRLF, between words', () => {
    assert.deepEqual(hits('a drug\n  addict', ['drug addict']), ['drug\n  addict']);
    const crlf = 'first line\r\nclean\r\nand  sober\r\n';
    const [m] = findPhrases(crlf, ['clean and sober']);
    assert.equal(crlf.slice(m.start, m.end), 'clean\r\nand  sober');
    assert.deepEqual(hits('drug\u00a0addict', ['drug addict']), ['drug\u00a0addict']);
  });

  it('treats straight and typographic apostrophes alike', () => {
    assert.deepEqual(hits('young people\u2019s worker', ["young people's worker"]), ['young people\u2019s worker']);
    assert.deepEqual(hits("young people's worker", ['young people\u2019s worker']), ["young people's worker"]);
  });

  it('gives UTF-16 offsets when astral characters precede the match', () => {
    const text = '😀😀 an addict';
    assert.deepEqual(findPhrases(text, ['addict']), [{ start: 8, end: 14, phrase: 'addict' }]);
    assert.equal(text.slice(8, 14), 'addict');
    assert.deepEqual(hits('🍺alcoholic', ['alcoholic']), ['alcoholic']);
  });

  it('lets the longest phrase win where matches overlap', () => {
    const users = ['alcohol users', 'drug and alcohol users'];
    assert.deepEqual(hits('drug and alcohol users', users), ['drug and alcohol users']);
    // A longer phrase starting inside a shorter match still wins.
    assert.deepEqual(hits('stay clean and sober', ['stay clean', 'clean and sober']), ['clean and sober']);
    // Non-overlapping neighbours are all kept.
    assert.deepEqual(hits('ab bc cd', ['ab bc', 'bc', 'cd']), ['ab bc', 'cd']);
  });

  it('measures overlapping matches by their listed phrase, never its spelling, and lets the later of two as long win', () => {
    const phrases = ['staying clean', 'clean and sober'];
    assert.deepEqual(hits('staying clean & sober', phrases), ['clean & sober']);
    assert.deepEqual(hits('staying clean and sober', phrases), ['clean and sober']);
    assert.deepEqual(hits('remaining clean & sober', ['remaining clean', 'clean and sober']), ['clean & sober']);
    assert.deepEqual(hits('who are clean & sober', ['who are clean', 'clean and sober']), ['clean & sober']);
    // Of two as long, the earlier would leave the words after the shared ones dangling.
    assert.deepEqual(hits('1 year clean time', ['year clean', 'clean time']), ['clean time']);
  });

  it('escapes regular-expression metacharacters', () => {
    assert.deepEqual(hits('people who use(d) drugs', ['use(d) drugs']), ['use(d) drugs']);
    assert.deepEqual(hits('use drugs; used drugs', ['use(d) drugs']), []);
    assert.deepEqual(hits('a.b axb', ['a.b']), ['a.b']);
    assert.deepEqual(hits('C++ and C', ['C++']), ['C++']);
    assert.deepEqual(hits('[x] $1 ^a|b \\ /', ['[x]', '$1', '^a|b', '\\', '/']), ['[x]', '$1', '^a|b', '\\', '/']);
  });

  it('keeps offsets exact when lower-casing would change the text length', () => {
    // "İ" lower-cases to two UTF-16 units, so the scan falls back to case-insensitive matching of the original text.
    const text = 'İstanbul: an ADDICT, a Drug  User';
    assert.deepEqual(findPhrases(text, ['addict', 'drug user']), [
      { start: 13, end: 19, phrase: 'addict' },
      { start: 23, end: 33, phrase: 'drug user' },
    ]);
  });

  it('does not let a longer phrase that only case folding would match hide a shorter one', () => {
    // "ſ" (long s) folds to "s" but lower-cases to itself: "drug uſers" is not "drug users", yet "drug" is there.
    assert.deepEqual(findPhrases('İ drug uſers', ['drug', 'drug users']), [{ start: 2, end: 6, phrase: 'drug' }]);
  });

  it('matches phrases with hyphens and apostrophes inside words, whole words only', () => {
    const phrases = ['ex-addict', "addict's", 'drug', 'use(d) drugs'];
    assert.deepEqual(hits('An ex\u2010addict; the addict\u02BCs; ex - addict; ex-addicts; drug-free', phrases), [
      'ex\u2010addict',
      'addict\u02BCs',
      'drug',
    ]);
    assert.deepEqual(hits('people who use(d)drugs or use(d) drugs', phrases), ['use(d) drugs']);
  });

  it('finds a phrase next to non-ASCII letters only where they do not continue its words', () => {
    const phrases = ['caf', 'café', 'addict'];
    const text = 'café caf éaddict addicté addict’s naïve addict';
    assert.deepEqual(hits(text, phrases), ['café', 'caf', 'addict', 'addict']);
    // The same in a long text, where first tokens are searched for rather than read token by token.
    assert.deepEqual(hits(`${text} ${'x '.repeat(200)}`, phrases), ['café', 'caf', 'addict', 'addict']);
  });

  it('reports the first of list entries that differ only in case, spacing or apostrophes', () => {
    assert.deepEqual(findPhrases('a drug user', ['Drug  user', 'drug user']), [
      { start: 2, end: 11, phrase: 'Drug  user' },
    ]);
  });

  it('treats hyphen variants alike', () => {
    assert.deepEqual(hits('non\u2011alcoholic', ['non-alcoholic']), ['non\u2011alcoholic']);
  });

  it('reads "&" as "and", in a short text and a long one, and in the list', () => {
    assert.deepEqual(hits('clean & sober', ['clean and sober']), ['clean & sober']);
    assert.deepEqual(hits('clean and sober', ['clean & sober']), ['clean and sober']);
    assert.deepEqual(hits('clean&sober', ['clean and sober']), [], 'words joined by "&" are one word');
    const long = `${'We support people. '.repeat(20)}Two years clean & sober.`;
    assert.deepEqual(hits(long, ['clean and sober']), ['clean & sober']);
    const rare = phraseList(['clean and sober'], (w) => (w === 'sober' ? 0 : 1));
    assert.deepEqual(
      findPhrases(long, rare).map((m) => long.slice(m.start, m.end)),
      ['clean & sober'],
    );
  });

  it('ignores empty and blank phrases', () => {
    assert.deepEqual(findPhrases('anything', []), []);
    assert.deepEqual(findPhrases('anything', ['', '  ']), []);
    assert.equal(containsAnyPhrase('anything', ['', '  ']), false);
  });

  it('scans a 1 MB document', () => {
    const filler = 'Drug and alcohol workers deliver psychosocial interventions with people. ';
    const parts: string[] = [];
    let length = 0;
    let expected = 0;
    for (let i = 0; length < 1_000_000; i++) {
      const part = i % 100 === 0 ? 'One addict\nhere. ' : filler;
      if (i % 100 === 0) expected++;
      parts.push(part);
      length += part.length;
    }
    const text = parts.join('');
    const found = findPhrases(text, ['addict', 'drug addict', 'junkie'], ['addict here today']);
    assert.equal(found.length, expected);
    assert.ok(found.every((m) => text.slice(m.start, m.end) === 'addict'));
    assert.equal(containsAnyPhrase(text, ['psychosocial interventions']), true);
    assert.equal(containsAnyPhrase(text, ['junkie']), false);
  });

  it('gives the same result for an equal list passed as a new array (cache key)', () => {
    assert.deepEqual(hits('an addict', ['addict']), hits('an addict', ['addict'].slice()));
  });

  it('gives the same matches in a short text as at the start of a long one (property)', () => {
    const words = ['drug', 'addict', 'ex', 'clean', 'and', 'sober', 'people', 's', 'x', 'café', 'İ', 'uſers'];
    const separators = [' ', '\n', '-', '\u2011', "'", '\u2019', '(', '.', '', 'é'];
    const token = fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)).map(([w, s]) => w + s);
    const phrases = ['drug addict', 'ex-addict', 'addict', "people's", 'clean and sober', 'drug', 's', '(x', 'café'];
    const long = ` ${'x '.repeat(200)}`;
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        const text = tokens.join('');
        const short = JSON.stringify([findPhrases(text, phrases), containsAnyPhrase(text, phrases)]);
        const inLong = JSON.stringify([findPhrases(text + long, phrases), containsAnyPhrase(text + long, phrases)]);
        return text.length > 200 || short === inLong;
      }),
    );
  });

  it('finds a phrase by its least common word, however far back it starts', () => {
    const phrases = ['people who are addicted', 'addict', 'ex-addict', 'clean and sober'];
    const commonness = (word: string) => ({ people: 9, who: 8, are: 7, and: 6, ex: 5 })[word] ?? 0;
    const list = phraseList(phrases, commonness);
    const filler = 'People who are supported, and sober colleagues. '.repeat(10);
    const text = `People  who\nare ADDICTED. ${filler}ex-addict, (clean and sober) ${filler}people who are addicted`;
    const expected = ['People  who\nare ADDICTED', 'ex-addict', 'clean and sober', 'people who are addicted'];
    assert.deepEqual(
      findPhrases(text, list).map((m) => text.slice(m.start, m.end)),
      expected,
    );
    assert.deepEqual(findPhrases(text, list), findPhrases(text, phrases));
    // The anchor's phrase would start before the text does.
    const cut = `are addicted ${filler}`;
    assert.deepEqual(findPhrases(cut, list), []);
    assert.equal(containsAnyPhrase(cut, list), false);
    assert.equal(containsAnyPhrase(`${filler}ex-addict`, list), true);
    // Stepping back over a character outside the Basic Multilingual Plane (two UTF-16 units).
    const astral = `${filler}x😀sober, 𝐀 addict`;
    const astralList = phraseList(['😀sober', '𝐀 addict'], commonness);
    assert.deepEqual(
      findPhrases(astral, astralList).map((m) => astral.slice(m.start, m.end)),
      ['😀sober', '𝐀 addict'],
    );
  });

  it('finds the same where anchors are dense and lead back to the same starts', () => {
    const phrases = ['drug abuse', 'abuse of drugs', 'abuse', 'drug abuse of drugs', 'of drugs'];
    const list = phraseList(phrases, (word) => (word === 'abuse' ? 0 : 1));
    for (const unit of ['drug abuse of drugs ', 'abuse abuse ', 'drug abuse\n']) {
      const text = unit.repeat(300);
      assert.deepEqual(findPhrases(text, list), findPhrases(text, phrases), unit);
    }
  });

  it('finds the same wherever the scan anchors each phrase (property)', () => {
    const words = ['drug', 'addict', 'ex', 'clean', 'and', 'sober', 'people', 's', 'x', 'café', 'İ', '𝐀', 'uſers'];
    const separators = [' ', '\n', '\u00a0', '-', '\u2011', "'", '\u2019', '\u02bc', '(', '.', '', 'é', '𝐀', '😀'];
    const token = fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)).map(([w, s]) => w + s);
    const phrases = [
      'drug addict',
      'ex-addict',
      'addict',
      "people's",
      'clean and sober',
      's',
      '(x',
      'café x',
      '😀sober',
    ];
    const filler = 'x '.repeat(150);
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), fc.func(fc.integer({ min: 0, max: 3 })), (tokens, rank) => {
        const list = phraseList(phrases, (word) => rank(word));
        return [tokens.join(''), `${tokens.join('')} ${filler}`, `${filler}${tokens.join('')}`].every(
          (text) =>
            JSON.stringify([findPhrases(text, list, ['ex-addict']), containsAnyPhrase(text, list)]) ===
            JSON.stringify([findPhrases(text, phrases, ['ex-addict']), containsAnyPhrase(text, phrases)]),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('only ever reports slices that spell the phrase (property)', () => {
    const words = ['drug', 'addict', 'addicts', 'clean', 'and', 'sober', "people's", 'x'];
    const separators = [' ', '  ', '\n', '\r\n', '-', '.', '’', ''];
    const token = fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)).map(([w, s]) => w + s);
    const phrases = ['drug addict', 'addict', 'clean and sober', "people's"];
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        const text = tokens.join('');
        const found = findPhrases(text, phrases);
        for (let i = 0; i < found.length; i++) {
          const m = found[i];
          const norm = text.slice(m.start, m.end).toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
          if (norm !== m.phrase) return false;
          if (i > 0 && found[i - 1].end > m.start) return false;
        }
        return found.length > 0 === containsAnyPhrase(text, phrases);
      }),
    );
  });
});
