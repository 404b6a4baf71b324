// The matcher's index of the statement texts (matcher.ts) as plain data.
// `npm run framework:build` writes it for the framework's statements to
// framework-data/matcher-index.json, so that the first lint after the editor
// starts reads it instead of tokenising, ranking and analysing some 800
// statements (about 50 ms) and building the thesaurus's phrase trie (about
// 5) with code that has not been optimised yet. Its integer lists are stored
// packed (packIntegers): reading the file then takes about 3 ms rather than
// 5. Other statement lists (tests, tuning) have theirs built when their
// matcher is made.
import { endianness } from 'node:os';
import { laterClauses, openingVerbs } from './clauses';
import { tokenise } from './normalise';
import { buildPrefixPostings } from './prefix-postings';
import type { PhraseTrieData, TermAnalyser } from './terms';

/** The index, with its integer lists as `Lists`: numbers in memory, packed strings when stored. */
interface MatcherIndexOf<Lists> {
  /**
   * The statements' word tokens by id, numbered from the rarest (in the
   * fewest distinct texts) to the commonest, ties in order of first use: the
   * matcher reads a bullet's rarest words first, and needs no other ranking.
   */
  vocabulary: string[];
  /** The meaning level's terms (terms.ts) by id, in order of first use. */
  terms: string[];
  /**
   * Per distinct text (statements equal up to case and punctuation), in order
   * of first occurrence: the positions, in the list the index was built
   * from, of the statements with this text.
   */
  statements: number[][];
  /** Each text's token ids in order, one text after another: text i's are [tokenStarts[i], tokenStarts[i + 1]). */
  tokens: Lists;
  tokenStarts: Lists;
  /** Each text's distinct token ids and how often each occurs, as pairs [id, count, …], ids ascending (the rarest first). */
  counts: Lists;
  countStarts: Lists;
  /** Each text's term ids, in order of appearance, without repeats. */
  textTerms: Lists;
  termStarts: Lists;
  /**
   * Each text's later clauses (clauses.ts) as the ids of their terms the text
   * has, in order: clause j's from clauseTermStarts[j] to clauseTermStarts[j + 1];
   * text i's clauses from textClauseStarts[i] to textClauseStarts[i + 1].
   */
  clauseTerms: Lists;
  clauseTermStarts: Lists;
  textClauseStarts: Lists;
  /** The thesaurus's phrase trie the terms were found with. */
  phrases: PhraseTrieData;
  /** Built ahead for one threshold, when the index is made to be stored (prefix-postings.ts). */
  prefixPostings?: { threshold: number; start: Lists; entries: Lists };
}

export type MatcherIndexData = MatcherIndexOf<ArrayLike<number>>;
/** The index as framework-data/matcher-index.json holds it: the integer lists packed (packIntegers). */
export type StoredMatcherIndex = MatcherIndexOf<string>;

/** The integer lists at the top of the index. */
const LISTS = [
  'tokens',
  'tokenStarts',
  'counts',
  'countStarts',
  'textTerms',
  'termStarts',
  'clauseTerms',
  'clauseTermStarts',
  'textClauseStarts',
] as const;

export function storedMatcherIndex(index: MatcherIndexData): StoredMatcherIndex {
  return withLists(index, packIntegers);
}

export function readStoredMatcherIndex(stored: StoredMatcherIndex): MatcherIndexData {
  return withLists(stored, unpackIntegers);
}

/** The index with `convert` applied to each of its integer lists. */
function withLists<A, B>(index: MatcherIndexOf<A>, convert: (list: A) => B): MatcherIndexOf<B> {
  const { prefixPostings, ...rest } = index;
  const lists = Object.fromEntries(LISTS.map((key) => [key, convert(index[key])])) as Record<(typeof LISTS)[number], B>;
  return {
    ...rest,
    ...lists,
    ...(prefixPostings && {
      prefixPostings: {
        threshold: prefixPostings.threshold,
        start: convert(prefixPostings.start),
        entries: convert(prefixPostings.entries),
      },
    }),
  };
}

/**
 * Whole numbers from 0 to 65,535 as the base64 of their 16-bit
 * little-endian bytes: about 2.7 characters a number rather than 4.4 in a
 * JSON list, and read back without JSON.parse making a number of each.
 * Throws a RangeError for any other number.
 */
export function packIntegers(values: ArrayLike<number>): string {
  const bytes = Buffer.alloc(2 * values.length);
  for (let i = 0; i < values.length; i++) {
    if (!Number.isInteger(values[i])) throw new RangeError(`${values[i]} is not a whole number`);
    bytes.writeUInt16LE(values[i], 2 * i);
  }
  return bytes.toString('base64');
}

export function unpackIntegers(text: string): Int32Array {
  const bytes = Buffer.from(text, 'base64');
  const values = new Uint16Array(bytes.length >> 1);
  const packed = bytes.subarray(0, 2 * values.length);
  // Uint16Array reads the platform's byte order. Swapping on the few big-endian
  // platforms Node runs on (s390x) costs nothing elsewhere, where a loop of
  // readUInt16LE would cost milliseconds of the first lint, in cold code.
  if (BIG_ENDIAN) packed.swap16();
  new Uint8Array(values.buffer).set(packed);
  return Int32Array.from(values);
}

const BIG_ENDIAN = endianness() === 'BE';

/**
 * The index of `statements` (their texts, in order), with `analyser` for the
 * terms, and with the prefix postings for `prefixThreshold` when it is given.
 */
export function buildMatcherIndex(
  statements: readonly { text: string }[],
  analyser: TermAnalyser,
  prefixThreshold?: number,
): MatcherIndexData {
  const byKey = new Map<string, number>();
  const grouped: { statements: number[]; tokens: string[] }[] = [];
  statements.forEach((statement, position) => {
    const tokens = tokenise(statement.text);
    const key = tokens.join(' ');
    const existing = byKey.get(key);
    if (existing === undefined) {
      byKey.set(key, grouped.length);
      grouped.push({ statements: [position], tokens });
    } else {
      grouped[existing].statements.push(position);
    }
  });

  // How many texts have each token; the ranking is by that count, then by first use.
  const textCount = new Map<string, number>();
  for (const text of grouped)
    for (const token of new Set(text.tokens)) textCount.set(token, (textCount.get(token) ?? 0) + 1);
  const vocabulary = [...textCount.keys()].sort((a, b) => textCount.get(a)! - textCount.get(b)!);
  const idOf = new Map(vocabulary.map((token, id) => [token, id]));

  const terms: string[] = [];
  const termIdOf = new Map<string, number>();
  const termId = (term: string) => {
    let id = termIdOf.get(term);
    if (id === undefined) termIdOf.set(term, (id = terms.push(term) - 1));
    return id;
  };
  const tokenLists = grouped.map((text) => text.tokens.map((t) => idOf.get(t)!));
  const tokens = concatenated(tokenLists);
  const counts = concatenated(tokenLists.map(tokenCounts));
  const texts = grouped.map((text) => statements[text.statements[0]].text);
  const termLists = texts.map((text) => analyser.terms(text));
  const textTerms = concatenated(termLists.map((list) => list.map(termId)));
  const verbs = openingVerbs(statements.map((s) => s.text));
  const clausesOf = texts.map((text, i) => {
    const own = new Set(termLists[i]);
    return laterClauses(text, verbs).map((clause) =>
      analyser
        .terms(clause)
        .filter((term) => own.has(term))
        .map(termId),
    );
  });
  const clauseTerms = concatenated(clausesOf.flat());
  const textClauseStarts = [0];
  for (const clauses of clausesOf)
    textClauseStarts.push(textClauseStarts[textClauseStarts.length - 1] + clauses.length);
  return {
    vocabulary,
    terms,
    statements: grouped.map((text) => text.statements),
    tokens: tokens.values,
    tokenStarts: tokens.starts,
    counts: counts.values,
    countStarts: counts.starts,
    textTerms: textTerms.values,
    termStarts: textTerms.starts,
    clauseTerms: clauseTerms.values,
    clauseTermStarts: clauseTerms.starts,
    textClauseStarts,
    phrases: analyser.phrases,
    ...(prefixThreshold !== undefined && {
      prefixPostings: {
        threshold: prefixThreshold,
        ...buildPrefixPostings(
          prefixThreshold,
          vocabulary.length,
          counts.values,
          counts.starts,
          tokenLists.map((list) => list.length),
        ),
      },
    }),
  };
}

/** `lists` one after another, with where each starts and, last, where the last ends. */
function concatenated(lists: readonly number[][]): { values: number[]; starts: number[] } {
  const starts = [0];
  for (const list of lists) starts.push(starts[starts.length - 1] + list.length);
  return { values: lists.flat(), starts };
}

/** The distinct ids of `tokens` and how often each occurs, as pairs [id, count, …], ids ascending. */
function tokenCounts(tokens: readonly number[]): number[] {
  const sorted = [...tokens].sort((a, b) => a - b);
  const pairs: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) pairs[pairs.length - 1]++;
    else pairs.push(sorted[i], 1);
  }
  return pairs;
}
