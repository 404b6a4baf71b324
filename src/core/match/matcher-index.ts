// The matcher's index of the statement texts (matcher.ts) as plain data.
// `npm run framework:build` writes it for the framework's statements to
// framework-data/matcher-index.json, so that the first lint after the editor
// starts reads it instead of tokenising, ranking and analysing some 800
// statements with code that has not been optimised yet (about 50 ms; the
// index of the JSON is about 2 ms). Other statement lists (tests, tuning)
// have theirs built when their matcher is made.
import { tokenise } from './normalise';
import type { TermAnalyser } from './terms';

export interface MatcherIndexData {
  /**
   * The statements' word tokens by id, numbered from the rarest (in the
   * fewest distinct texts) to the commonest, ties in order of first use: the
   * matcher reads a bullet's rarest words first, and needs no other ranking.
   */
  vocabulary: string[];
  /** The meaning level's terms (terms.ts) by id, in order of first use. */
  terms: string[];
  /** The distinct texts (statements equal up to case and punctuation), in order of first occurrence. */
  texts: IndexedText[];
}

export interface IndexedText {
  /** The positions, in the list the index was built from, of the statements with this text. */
  statements: number[];
  /** Its token ids in order. */
  tokens: number[];
  /** Its term ids, in order of appearance, without repeats. */
  terms: number[];
}

/** The index of `statements` (their texts, in order), with `analyser` for the terms. */
export function buildMatcherIndex(statements: readonly { text: string }[], analyser: TermAnalyser): MatcherIndexData {
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
  const texts = grouped.map((text): IndexedText => ({
    statements: text.statements,
    tokens: text.tokens.map((t) => idOf.get(t)!),
    terms: analyser.terms(statements[text.statements[0]].text).map(termId),
  }));
  return { vocabulary, terms, texts };
}
