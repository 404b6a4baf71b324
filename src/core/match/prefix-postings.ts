// The postings the wording level reads its candidates from (prefix
// filtering, see CapabilityMatcher.score): for each token, the statement
// texts that have it among their first words, rarest first. The matcher
// builds them from its index when it first scores at a threshold; for the
// framework's MATCH_THRESHOLD they are built ahead into
// framework-data/matcher-index.json, as building them is a few milliseconds
// of code not yet optimised on the first lint after the editor starts.

/** Bullets need this many words in common with a statement before they can match it at all. */
export const MIN_COMMON_WORDS = 4;

/**
 * Token id → the texts that have it among their prefix words, four numbers per text from
 * start[id] to start[id + 1] in entries: the text's index, where the token's pair is in the index's
 * counts, how many of the text's words are rarer, and how often the text has the token.
 */
export interface PrefixPostings {
  start: Int32Array;
  entries: Int32Array;
}

/**
 * The fewest words a bullet or text of `length` words shares with anything it
 * scores `threshold` against: t·length / (2 − t) (see CapabilityMatcher.score), and MIN_COMMON_WORDS at least.
 */
export function fewestShared(threshold: number, length: number): number {
  return Math.max(MIN_COMMON_WORDS, Math.ceil((threshold * length) / (2 - threshold) - 1e-9));
}

/**
 * For each of `vocabularySize` tokens, the texts that have it among their
 * first s − a + 1 words (with repeats, rarest first), where a is the fewest
 * words a text of s words shares with any bullet it matches at `threshold`.
 * `counts` and `countStarts` are the matcher index's (matcher-index.ts), and
 * text i has `lengths[i]` words.
 */
export function buildPrefixPostings(
  threshold: number,
  vocabularySize: number,
  counts: ArrayLike<number>,
  countStarts: ArrayLike<number>,
  lengths: ArrayLike<number>,
): PrefixPostings {
  // Each text's prefix pairs: the text, the pair's place in `counts`, the text's words before it.
  const forEachPrefixPair = (visit: (index: number, pair: number, read: number) => void) => {
    for (let index = 0; index < lengths.length; index++) {
      const prefix = lengths[index] - fewestShared(threshold, lengths[index]) + 1;
      for (let i = countStarts[index], read = 0; i < countStarts[index + 1] && read < prefix; i += 2) {
        visit(index, i, read);
        read += counts[i + 1];
      }
    }
  };
  // Twice over the texts' prefixes: first counting each token's entries, then filling them in.
  const start = new Int32Array(vocabularySize + 1);
  forEachPrefixPair((_, i) => (start[counts[i] + 1] += 4));
  for (let id = 0; id < vocabularySize; id++) start[id + 1] += start[id];
  const entries = new Int32Array(start[vocabularySize]);
  const filled = start.slice(0, vocabularySize);
  forEachPrefixPair((index, i, read) => {
    const at = filled[counts[i]];
    filled[counts[i]] += 4;
    entries[at] = index;
    entries[at + 1] = i;
    entries[at + 2] = read;
    entries[at + 3] = counts[i + 1];
  });
  return { start, entries };
}
