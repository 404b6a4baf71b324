// The meaning level's terms (terms.ts) as integers, for the matcher's hot
// path. A bullet's words come with their vocabulary ids (matcher.ts), so its
// terms are found with array lookups per word instead of three string maps
// (stem, phrase trie, distinct terms), and the meaning index reads the ids.
//
// Ids 0 … known − 1 are the statements' terms, in the meaning index's order;
// then the thesaurus's words and concepts; a stem first met in a bullet gets
// the next id, and such ids are forgotten when there are too many (trim).
import type { TermAnalyser } from './terms';

/** No phrase ends at a trie node, or a vocabulary word's term is not known yet. */
const NONE = -1;
/** A phrase that ends at the node is dropped (terms.ts, the thesaurus's ignore list). */
const DROPPED = -2;
/** Ids of stems first met in bullets kept before trim forgets them: enough for a session's vocabulary, bounded for any input. */
const NEW_TERMS_LIMIT = 20_000;

export class TermIds {
  private readonly idOf = new Map<string, number>();
  /** Term by id. */
  private readonly names: string[] = [];
  /** Ids below this are kept for good; the others are stems first met in bullets. */
  private readonly base: number;
  /** Per vocabulary id, the term id of the word's stem; NONE until first needed. */
  private readonly byVocabulary: Int32Array;
  /** The phrase trie on term ids: per id below `base`, the node its word leads to from the root (0: none). */
  private readonly fromRoot: Int32Array;
  /** Below the root: by node · base + word id, the node it leads to. */
  private readonly below = new Map<number, number>();
  /** Per node, the term a phrase ending there becomes, DROPPED, or NONE. */
  private readonly nodeTerm: Int32Array;
  /** Per term id, the call (round) that last took it: a bullet's terms are distinct. */
  private taken = new Int32Array(0);
  private round = 0;

  /**
   * `known`: the statements' terms by id; the phrase trie and stems are the
   * analyser's, which stems the words no statement has.
   */
  constructor(
    known: readonly string[],
    private readonly analyser: TermAnalyser,
    vocabularySize: number,
  ) {
    for (let id = 0; id < known.length; id++) this.idFor(known[id]);
    const { parents, words, terms } = analyser.phrases;
    const wordIds = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) wordIds[k] = this.idFor(words[k]);
    this.nodeTerm = new Int32Array(terms.length + 1).fill(NONE);
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k];
      if (term !== null) this.nodeTerm[k + 1] = term === '' ? DROPPED : this.idFor(term);
    }
    this.base = this.names.length;
    this.fromRoot = new Int32Array(this.base);
    for (let k = 0; k < parents.length; k++) {
      if (parents[k] === 0) this.fromRoot[wordIds[k]] = k + 1;
      else this.below.set(parents[k] * this.base + wordIds[k], k + 1);
    }
    this.byVocabulary = new Int32Array(vocabularySize).fill(NONE);
  }

  /** The term with this id. */
  name(id: number): string {
    return this.names[id];
  }

  /**
   * The ids of the terms of a text's tokens (normalise.ts), in order of
   * appearance, without repeats: TermAnalyser.termsOf as ids. `vocabularyIds`
   * gives each token's vocabulary id (−1: a word no statement has), or is
   * null when not known.
   */
  termsOf(tokens: readonly string[], vocabularyIds: ArrayLike<number> | null): number[] {
    const n = tokens.length;
    const words: number[] = [];
    for (let i = 0; i < n; i++) {
      const v = vocabularyIds === null ? -1 : vocabularyIds[i];
      if (v < 0) {
        words.push(this.idFor(this.analyser.stem(tokens[i])));
        continue;
      }
      let id = this.byVocabulary[v];
      if (id === NONE) id = this.byVocabulary[v] = this.idFor(this.analyser.stem(tokens[i]));
      words.push(id);
    }
    if (this.taken.length < this.names.length) this.taken = new Int32Array(2 * this.names.length);
    const round = ++this.round;
    const out: number[] = [];
    for (let i = 0; i < n;) {
      // The longest phrase starting at i.
      let node = 0;
      let matchedEnd = -1;
      let matched = NONE;
      for (let j = i; j < n; j++) {
        const word = words[j];
        node =
          word >= this.base ? 0 : node === 0 ? this.fromRoot[word] : (this.below.get(node * this.base + word) ?? 0);
        if (node === 0) break;
        if (this.nodeTerm[node] !== NONE) {
          matchedEnd = j + 1;
          matched = this.nodeTerm[node];
        }
      }
      const term = matchedEnd < 0 ? words[i] : matched;
      i = matchedEnd < 0 ? i + 1 : matchedEnd;
      if (term !== DROPPED && this.taken[term] !== round) {
        this.taken[term] = round;
        out.push(term);
      }
    }
    return out;
  }

  /**
   * Forgets the ids of stems first met in bullets once there are too many.
   * Ids given before are then void: call it only when no one holds any.
   */
  trim(): void {
    if (this.names.length - this.base <= NEW_TERMS_LIMIT) return;
    for (let id = this.base; id < this.names.length; id++) this.idOf.delete(this.names[id]);
    this.names.length = this.base;
    this.byVocabulary.fill(NONE);
  }

  private idFor(term: string): number {
    let id = this.idOf.get(term);
    if (id === undefined) {
      id = this.names.push(term) - 1;
      this.idOf.set(term, id);
    }
    return id;
  }
}
