// Whole-word phrase scanner for the phrase lists in framework-data: the
// stigmatising-language rule, the job-title analysis (title.ts), and the
// evidence of supervision, registration, clinical duties, casework and the
// population that rules, LintContext and the Word export's criteria look for.
// It runs on every keystroke over documents up to megabytes, so each phrase
// list is compiled once into a single RegExp shaped as a trie (phrases
// sharing a prefix share one branch, so at each position the engine follows at most one path) and the text is
// scanned once from left to right, plus once for the exceptions when something
// matched. The scan runs over a lower-cased copy of the text without the `i`
// flag (case-insensitive Unicode matching is several times slower in
// irregexp); only text whose lower-case form has a different length is
// scanned with the flag.

export interface PhraseMatch {
  /** UTF-16 offset of the first character of the match in the scanned text. */
  start: number;
  /** UTF-16 offset just past the match. */
  end: number;
  /** The entry of the phrase list that matched, as written in the list. */
  phrase: string;
}

interface CompiledList {
  /** Global scanner over lower-cased text; `nextMatch` drives it and checks where a match may start. */
  scan: RegExp;
  /** The same pattern, case-insensitive, for the rare text whose lower-case form changes length. */
  scanAnyCase: RegExp;
  /** The list entry behind each matched text, by `phraseKey`; the first entry wins for duplicates. */
  phrases: Map<string, string>;
}

// Letters, combining marks, digits and underscore: a match must not start or
// end inside a run of these, so "addict" never matches in "addictive".
const WORD = '[\\p{L}\\p{M}\\p{N}_]';
const WORD_AT_START = new RegExp(`^${WORD}`, 'u');
const WORD_AT_END = new RegExp(`${WORD}$`, 'u');
// After the match: not between two word characters. Written once after the
// alternation (irregexp backtracks into the next alternative if it fails)
// because every copy of these large Unicode classes costs ~0.5 ms to compile.
const NO_WORD_AFTER = `(?!(?<=${WORD})${WORD})`;
// Straight, typographic and modifier-letter apostrophes are interchangeable;
// so are ASCII, Unicode and non-breaking hyphens (word processors substitute them).
const APOSTROPHES = "'\u2018\u2019\u02BC";
const HYPHENS = '-\u2010\u2011';
const SYNTAX_CHAR = /[\\^$.*+?()[\]{}|/]/;
const APOSTROPHE_ANY = new RegExp(`[${APOSTROPHES}]`, 'g');
const HYPHEN_ANY = new RegExp(`[${HYPHENS}]`, 'g');

// Phrase lists are treated as immutable: compiled once per array and per content.
const byList = new WeakMap<readonly string[], CompiledList | null>();
const byKey = new Map<string, CompiledList | null>();

/**
 * Finds every occurrence of the phrases in `text`: whole words only, case-
 * insensitive, any whitespace run (including line breaks) between words, and
 * straight or typographic apostrophes. Where matches overlap the longest wins.
 * A match is dropped when it overlaps an occurrence of one of `exceptions`
 * (e.g. "alcoholic" within "alcoholic drinks", or "get clean" within "get
 * clean needles"). Results are in document order.
 */
export function findPhrases(
  text: string,
  phrases: readonly string[],
  exceptions: readonly string[] = [],
): PhraseMatch[] {
  const list = compile(phrases);
  if (!list) return [];
  const matches = resolveOverlaps(candidates(text, list));
  if (matches.length === 0) return matches;
  const excepted = compile(exceptions);
  return excepted ? withoutExceptions(matches, candidates(text, excepted)) : matches;
}

/**
 * Every entry of `phrases` that occurs in `text`, with the matching rules of
 * `findPhrases` but none dropped: phrases inside or overlapping others, and
 * shorter ones starting where a longer one does ("senior" in "senior worker").
 */
export function occurringPhrases(text: string, phrases: readonly string[]): Set<string> {
  const found = new Set<string>();
  const list = compile(phrases);
  if (!list) return found;
  const scanned = foldCase(text) ?? text;
  for (const m of candidates(text, list)) {
    found.add(m.phrase);
    // The scan gives the longest phrase at each start; a shorter one there ends at a word's end inside it.
    for (let end = m.start + 1; end < m.end; end++) {
      if (insideWord(scanned, end)) continue;
      const phrase = list.phrases.get(phraseKey(scanned.slice(m.start, end)));
      if (phrase !== undefined) found.add(phrase);
    }
  }
  return found;
}

/** True when any of the phrases occurs in `text`, with the matching rules of `findPhrases`. */
export function containsAnyPhrase(text: string, phrases: readonly string[]): boolean {
  const list = compile(phrases);
  return list !== null && nextMatch(text, list, 0) !== null;
}

function compile(phrases: readonly string[]): CompiledList | null {
  const cached = byList.get(phrases);
  if (cached !== undefined) return cached;
  const key = phrases.join('\u0000');
  let list = byKey.get(key);
  if (list === undefined) {
    list = build(phrases);
    byKey.set(key, list);
  }
  byList.set(phrases, list);
  return list;
}

function build(phrases: readonly string[]): CompiledList | null {
  const root: TrieNode = { end: false, children: new Map() };
  const byKey = new Map<string, string>();
  for (const phrase of phrases) {
    const key = phraseKey(phrase);
    if (!key) continue;
    let node = root;
    key.split(' ').forEach((word, i) => {
      for (const atom of [...(i > 0 ? [WHITESPACE] : []), ...Array.from(word, charPattern)]) {
        let child = node.children.get(atom);
        if (!child) node.children.set(atom, (child = { end: false, children: new Map() }));
        node = child;
      }
    });
    node.end = true;
    if (!byKey.has(key)) byKey.set(key, phrase);
  }
  if (byKey.size === 0) return null;
  const source = `(?:${trieSource(root)})${NO_WORD_AFTER}`;
  return { scan: new RegExp(source, 'gu'), scanAnyCase: new RegExp(source, 'giu'), phrases: byKey };
}

interface TrieNode {
  end: boolean;
  children: Map<string, TrieNode>;
}

const WHITESPACE = '\\s+';

/**
 * The pattern of a trie node's continuations. Where a phrase ends at a node
 * that longer phrases continue, the continuation is optional and greedy:
 * irregexp tries the longer phrases first and backtracks to the shorter one
 * when they fail, so the longest phrase at a position wins. Sibling atoms
 * never match the same character, so their order does not matter.
 */
function trieSource(node: TrieNode): string {
  const branches = [...node.children].map(([atom, child]) => atom + trieSource(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

/** The form in which a matched text and the list entry it matched are equal. */
function phraseKey(text: string): string {
  return text.toLowerCase().trim().replace(/\s+/gu, ' ').replace(APOSTROPHE_ANY, "'").replace(HYPHEN_ANY, '-');
}

function charPattern(ch: string): string {
  if (APOSTROPHES.includes(ch)) return `[${APOSTROPHES}]`;
  if (HYPHENS.includes(ch)) return `[${HYPHENS}]`;
  return SYNTAX_CHAR.test(ch) ? `\\${ch}` : ch;
}

/** `text` lower-cased offset for offset, or null when lower-casing would move offsets (e.g. "İ" becomes two units). */
function foldCase(text: string): string | null {
  if (text === lastText) return lastFolded;
  const folded = text.toLowerCase();
  lastText = text;
  lastFolded = folded.length === text.length ? folded : null;
  return lastFolded;
}
// Several rules scan the same document text in one lint run: fold it once.
let lastText: string | undefined;
let lastFolded: string | null = null;

/**
 * The longest phrase starting at each position, in document order. The scan
 * resumes one character after each match start rather than at its end, so a
 * longer phrase starting inside a shorter match is still seen ("stay clean and
 * sober"); resolveOverlaps then picks between them.
 */
function candidates(text: string, list: CompiledList): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (let m = nextMatch(text, list, 0); m; m = nextMatch(text, list, m.start + 1)) found.push(m);
  return found;
}

/**
 * The first match starting at or after `from`. The start boundary is checked
 * here rather than in the pattern: it depends only on the characters either
 * side of the start, not on which phrase matched, and a pattern that begins
 * with the phrases keeps V8's fast literal search.
 */
function nextMatch(text: string, list: CompiledList, from: number): PhraseMatch | null {
  const folded = foldCase(text);
  const scanned = folded ?? text;
  const re = folded === null ? list.scanAnyCase : list.scan;
  re.lastIndex = from;
  for (let m = re.exec(scanned); m; m = re.exec(scanned)) {
    const start = m.index;
    const end = start + m[0].length;
    // Case-insensitive matching folds a few characters that lower-casing keeps ("ſ" is "s"): no list entry, no match.
    const phrase = insideWord(scanned, start) ? undefined : list.phrases.get(phraseKey(scanned.slice(start, end)));
    if (phrase !== undefined) return { start, end, phrase };
    // Resume one code point on (the `u` flag must not resume inside a surrogate pair).
    re.lastIndex = start + (scanned.codePointAt(start)! > 0xffff ? 2 : 1);
  }
  return null;
}

/** True when `offset` is between two word characters, where no match may start or end. */
function insideWord(text: string, offset: number): boolean {
  return (
    WORD_AT_END.test(text.slice(Math.max(0, offset - 2), offset)) && WORD_AT_START.test(text.slice(offset, offset + 2))
  );
}

/** Keeps the longest of overlapping matches; `found` is sorted by start. */
function resolveOverlaps(found: PhraseMatch[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  let i = 0;
  while (i < found.length) {
    // Gather a cluster of transitively overlapping matches (usually just one).
    let j = i + 1;
    let end = found[i].end;
    while (j < found.length && found[j].start < end) end = Math.max(end, found[j++].end);
    if (j - i === 1) out.push(found[i]);
    else out.push(...longestFirst(found.slice(i, j)));
    i = j;
  }
  return out;
}

function longestFirst(cluster: PhraseMatch[]): PhraseMatch[] {
  const kept: PhraseMatch[] = [];
  const byLength = [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const c of byLength) {
    if (kept.every((k) => c.end <= k.start || k.end <= c.start)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Drops matches that overlap an exception occurrence. `matches` are disjoint
 * and sorted, so their ends increase and the exceptions starting before a
 * match's end only ever grow: one sweep with a running maximum end suffices.
 */
function withoutExceptions(matches: PhraseMatch[], excepted: PhraseMatch[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  let p = 0;
  let maxEnd = -1;
  for (const m of matches) {
    while (p < excepted.length && excepted[p].start < m.end) maxEnd = Math.max(maxEnd, excepted[p++].end);
    if (maxEnd <= m.start) out.push(m);
  }
  return out;
}
