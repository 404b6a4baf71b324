// Reads the words of an ASCII bullet straight into the matcher's token ids,
// without making a string of each word: for ASCII text, `tokenise`
// (normalise.ts) is lower-casing and splitting into runs of letters and
// digits ("&" read as "and"), and the matcher then looks each word up in its
// vocabulary. Here each word is hashed as it is read and found in an
// open-addressing table of the vocabulary by comparing its characters, so
// only the words no statement has are ever cut out of the text, and only
// when the meaning level asks for them (AsciiWords.tokens). Text with any
// character outside ASCII is left to `tokenise`: NFKC and Unicode case
// folding decide its words.

/** FNV-1a over the words' lower-case character codes. */
const HASH_SEED = 0x811c9dc5;
const HASH_STEP = 0x01000193;

/** The vocabulary as an open-addressing hash table keyed by the words' characters. */
export class WordTable {
  /** Per slot, the id of the word there plus one; 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `slots`: the table wordSlots built for these words, when it was built ahead (framework-data/matcher-index.json). */
  constructor(
    private readonly words: readonly string[],
    slots?: Int32Array,
  ) {
    this.slots = slots ?? wordSlots(words);
    this.mask = this.slots.length - 1;
  }

  /**
   * The id of the word that `text` spells lower-cased from `start` to `end`
   * (ASCII letters and digits, hashed as `hash`; `lower`: none is a capital), or -1.
   */
  find(text: string, start: number, end: number, hash: number, lower: boolean): number {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      const word = this.words[entry - 1];
      if (word.length === end - start && (lower ? text.startsWith(word, start) : spells(text, start, word)))
        return entry - 1;
    }
  }
}

/**
 * The slots of a WordTable of `words`: per slot, the id of the word there
 * plus one, or 0. At most half full, so that a probe for a word not in the
 * table meets an empty slot soon. Built ahead for the framework's vocabulary
 * (matcher-index.ts): hashing some 1,200 words is about a millisecond of the
 * first lint's cold code.
 */
export function wordSlots(words: readonly string[]): Int32Array {
  let size = 8;
  while (size < 2 * words.length) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  for (let id = 0; id < words.length; id++) {
    const word = words[id];
    let hash = HASH_SEED;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), HASH_STEP);
    let slot = hash & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = id + 1;
  }
  return slots;
}

/** Whether `text` from `start`, lower-cased, spells `word` (lower-case ASCII). */
function spells(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (lowerAscii(text.charCodeAt(start + i)) !== word.charCodeAt(i)) return false;
  return true;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * One reader per matcher, its buffers reused from bullet to bullet: `ids`,
 * filled by `read`, is valid until the next `read`.
 */
export class AsciiWords {
  /** Per position, the word's id in the table, or -1 for a word it does not have. */
  ids = new Int32Array(64);
  /** Per position, where the word starts and ends in the text; -1 for an "&". */
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private text = '';
  private length = 0;

  constructor(
    private readonly table: WordTable,
    private readonly words: readonly string[],
    /** The id of "and" in the table, or -1. */
    private readonly andId: number,
  ) {}

  /** Reads the text's words into `ids`; returns how many there are, or -1 when the text is not all ASCII. */
  read(text: string): number {
    // A word is at least one character, an "&" one token: never more tokens than characters.
    if (this.ids.length < text.length) this.grow(2 * text.length);
    const { ids, starts, ends } = this;
    let n = 0;
    let start = -1;
    let hash = HASH_SEED;
    let lower = true;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 128) return -1;
      if (c >= 65 && c <= 90) {
        c += 32;
        lower = false;
      }
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (start < 0) {
          start = i;
          hash = HASH_SEED;
        }
        hash = Math.imul(hash ^ c, HASH_STEP);
        continue;
      }
      if (start >= 0) {
        ids[n] = this.table.find(text, start, i, hash, lower);
        lower = true;
        starts[n] = start;
        ends[n++] = i;
        start = -1;
      }
      if (c === 38) {
        ids[n] = this.andId;
        starts[n++] = -1;
      }
    }
    if (start >= 0) {
      ids[n] = this.table.find(text, start, text.length, hash, lower);
      starts[n] = start;
      ends[n++] = text.length;
    }
    this.text = text;
    this.length = n;
    return n;
  }

  /** The words of the text last read, as `tokenise` gives them. */
  tokens(): string[] {
    const tokens: string[] = [];
    for (let p = 0; p < this.length; p++) {
      const id = this.ids[p];
      tokens.push(
        id >= 0
          ? this.words[id]
          : this.starts[p] < 0
            ? 'and'
            : this.text.slice(this.starts[p], this.ends[p]).toLowerCase(),
      );
    }
    return tokens;
  }

  private grow(size: number): void {
    this.ids = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }
}
