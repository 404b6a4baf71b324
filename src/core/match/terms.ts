// Turns a bullet or a statement into the terms the meaning-level matcher
// compares: words reduced to their Porter2 stem (so "assessing" and
// "assessments" agree), the sector thesaurus's phrases folded into one
// concept term each (so "service users", "clients" and "people" agree), and
// the words that only say how a bullet is phrased ("you will", "ability to")
// dropped. The thesaurus is data: framework-data/thesaurus.json.
import stem from 'wink-porter2-stemmer';
import type { ThesaurusData } from '../framework/schema';
import { tokenise } from './normalise';

/** A trie over stemmed token sequences; a node's `term` is what a phrase ending there becomes ('' drops it). */
interface TrieNode {
  next: Map<string, TrieNode>;
  term?: string;
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
  private readonly root: TrieNode = { next: new Map() };
  private readonly stems: Map<string, string>;

  /**
   * `known`: the stems of the words of the statements and the thesaurus,
   * built with the framework data (framework-data/stems.json), so that
   * reading the thesaurus, and bullets in the framework's words, do not run
   * the stemmer during the first lint after the extension starts, when the
   * code is still cold.
   */
  constructor(thesaurus: ThesaurusData, known: StemTable = { words: [], stems: [] }) {
    // Two lists rather than one object of 1,500 keys: JSON.parse and Object.entries are slow on such objects.
    this.stems = new Map();
    known.words.forEach((word, i) => this.stems.set(word, known.stems[i]));
    // Concepts first: a phrase listed both as a concept term and as ignorable keeps its meaning.
    for (const group of thesaurus.groups) {
      for (const phrase of group.terms) this.add(phrase, CONCEPT_PREFIX + group.id);
    }
    for (const phrase of thesaurus.ignore) this.add(phrase, '');
  }

  /** The text's terms, in order of appearance, without repeats. */
  terms(text: string): string[] {
    return this.termsOf(tokenise(text));
  }

  /** The terms of a text already tokenised (normalise.ts). */
  termsOf(tokens: readonly string[]): string[] {
    const words = tokens.map((w) => this.stem(w));
    const out = new Set<string>();
    for (let i = 0; i < words.length;) {
      // Longest phrase starting at i.
      let node: TrieNode | undefined = this.root;
      let matchedEnd = -1;
      let matchedTerm = '';
      for (let j = i; j < words.length; j++) {
        node = node.next.get(words[j]);
        if (!node) break;
        if (node.term !== undefined) {
          matchedEnd = j + 1;
          matchedTerm = node.term;
        }
      }
      if (matchedEnd < 0) {
        out.add(words[i]);
        i++;
      } else {
        if (matchedTerm) out.add(matchedTerm);
        i = matchedEnd;
      }
    }
    return [...out];
  }

  private add(phrase: string, term: string): void {
    let node = this.root;
    for (const word of tokenise(phrase).map((w) => this.stem(w))) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map() }));
      node = child;
    }
    node.term ??= term;
  }

  private stem(word: string): string {
    let stemmed = this.stems.get(word);
    if (stemmed === undefined) {
      stemmed = stemOf(word);
      if (this.stems.size >= STEMS_LIMIT) this.stems.clear();
      this.stems.set(word, stemmed);
    }
    return stemmed;
  }
}
