// Turns a bullet or a statement into the terms the meaning-level matcher
// compares: words reduced to their Porter2 stem (so "assessing" and
// "assessments" agree), the sector thesaurus's phrases folded into one
// concept term each (so "service users", "clients" and "people" agree), and
// the words that only say how a bullet is phrased ("you will", "ability to")
// dropped. The thesaurus is data: framework-data/thesaurus.json.
import { stem } from 'porter2';
import type { ThesaurusData } from '../framework/schema';
import { tokenise } from './normalise';
import { TermIds } from './term-ids';

/**
 * The thesaurus's phrases as a trie over their stemmed words, flat, so that
 * it can be stored with the framework data (matcher-index.ts) instead of
 * being built, tokenising and stemming every phrase, when the extension
 * starts (about 5 ms of code not yet optimised). Node 0 is the root; node k > 0 is
 * reached from node parents[k − 1] by the word words[k − 1], and a phrase
 * ending there becomes terms[k − 1]: a concept term, or '' (the phrase is
 * dropped); null when no phrase ends there.
 */
export interface PhraseTrieData {
  parents: number[];
  words: string[];
  terms: (string | null)[];
}

/** What a TermAnalyser can be given ready-made for the framework (framework-data). */
export interface PreparedTerms {
  /** The stems of the statements' and the thesaurus's words. */
  stems?: StemTable;
  /** The thesaurus's phrase trie, built from the same thesaurus with stemOf. */
  phrases?: PhraseTrieData;
}

/** Stems remembered before that memo is cleared: enough for the sector's vocabulary, bounded for any input. */
const STEMS_LIMIT = 20_000;

/** Prefix of concept terms, which cannot collide with a stem (stems are letters and digits only). */
export const CONCEPT_PREFIX = '~';

/** A word's stem: Porter2, except that numbers and very short words (AA, NA, MI) are kept as they are. */
export function stemOf(word: string): string {
  return word.length <= 3 || /\d/.test(word) ? word : stem(word);
}

/** Words and their stems (stemOf), known before any text is analysed: `stems[i]` is the stem of `words[i]`. */
export interface StemTable {
  readonly words: readonly string[];
  readonly stems: readonly string[];
}

export class TermAnalyser {
  /** The phrase trie this analyser reads (PhraseTrieData). */
  readonly phrases: PhraseTrieData;
  private readonly stems: Map<string, string>;
  /** Reads the terms, as ids (term-ids.ts) of no statement terms; made on first use, as the matcher reads its own. */
  private ids: TermIds | undefined;

  /**
   * `prepared.stems`: the stems of the words of the statements and the
   * thesaurus, and `prepared.phrases`: the thesaurus's phrase trie, both
   * built with the framework data (framework-data/), so that the first lint
   * after the extension starts, when the code is still cold, neither runs
   * the stemmer on bullets in the framework's words nor builds the trie.
   */
  constructor(thesaurus: ThesaurusData, prepared: PreparedTerms = {}) {
    const known = prepared.stems ?? { words: [], stems: [] };
    // Two lists rather than one object of 1,500 keys: JSON.parse and Object.entries are slow on such objects.
    // Indexed loops rather than callbacks: this runs once per session, in cold code, on the first lint.
    this.stems = new Map();
    for (let i = 0; i < known.words.length; i++) this.stems.set(known.words[i], known.stems[i]);
    this.phrases = prepared.phrases ?? buildPhraseTrie(thesaurus, (word) => this.stem(word));
  }

  /** The text's terms, in order of appearance, without repeats. */
  terms(text: string): string[] {
    return this.termsOf(tokenise(text));
  }

  /** The terms of a text already tokenised (normalise.ts). */
  termsOf(tokens: readonly string[]): string[] {
    const ids = (this.ids ??= new TermIds([], this, 0));
    const terms = ids.termsOf(tokens, null).map((id) => ids.name(id));
    ids.trim();
    return terms;
  }

  /** The word's stem (stemOf), remembered. */
  stem(word: string): string {
    let stemmed = this.stems.get(word);
    if (stemmed === undefined) {
      stemmed = stemOf(word);
      if (this.stems.size >= STEMS_LIMIT) this.stems.clear();
      this.stems.set(word, stemmed);
    }
    return stemmed;
  }
}

/**
 * The thesaurus's phrases as a trie (PhraseTrieData) over their words as
 * `stem` gives them. Concepts first: a phrase listed both as a concept term
 * and as ignorable keeps its meaning.
 */
export function buildPhraseTrie(thesaurus: ThesaurusData, stem: (word: string) => string): PhraseTrieData {
  const trie: PhraseTrieData = { parents: [], words: [], terms: [] };
  const child = new Map<string, number>();
  const add = (phrase: string, term: string) => {
    let node = 0;
    for (const word of tokenise(phrase).map(stem)) {
      const key = `${node} ${word}`;
      let next = child.get(key);
      if (next === undefined) {
        next = trie.parents.push(node);
        trie.words.push(word);
        trie.terms.push(null);
        child.set(key, next);
      }
      node = next;
    }
    // A phrase of no words (punctuation only) ends at the root, where no match starts.
    if (node > 0) trie.terms[node - 1] ??= term;
  };
  for (const group of thesaurus.groups) for (const phrase of group.terms) add(phrase, CONCEPT_PREFIX + group.id);
  for (const phrase of thesaurus.ignore) add(phrase, '');
  return trie;
}
