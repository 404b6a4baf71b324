// Whole-word phrase scanner used by the rules (stigmatising language, role
// titles, supervision and clinical-duty evidence). It runs on every keystroke
// over documents up to megabytes, so each phrase list is compiled once into a
// single RegExp and the text is scanned in one pass (plus one pass for the
// exceptions, only when something matched).

export interface PhraseMatch {
  /** UTF-16 offset of the first character of the match in the scanned text. */
  start: number;
  /** UTF-16 offset just past the match. */
  end: number;
  /** The entry of the phrase list that matched, as written in the list. */
  phrase: string;
}

interface CompiledList {
  /** Global scanner; `nextMatch` drives it and checks where a match may start. */
  scan: RegExp;
  /** `phrases[i]` is the list entry behind capture group `i + 1`. */
  phrases: string[];
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
  const entries = phrases
    .map((phrase) => ({ phrase, words: phrase.trim().split(/\s+/u).filter(Boolean) }))
    .filter((e) => e.words.length > 0)
    // Irregexp takes the first alternative that matches at a position, so the
    // longest phrases go first: more words first, then more characters.
    .sort((a, b) => b.words.length - a.words.length || b.words.join(' ').length - a.words.join(' ').length);
  if (entries.length === 0) return null;
  const pattern = (words: string[]) => words.map((w) => Array.from(w, charPattern).join('')).join('\\s+');
  const alternatives = entries.map(({ words }) => `(${pattern(words)})`);
  return {
    scan: new RegExp(`(?:${alternatives.join('|')})${NO_WORD_AFTER}`, 'giu'),
    phrases: entries.map((e) => e.phrase),
  };
}

function charPattern(ch: string): string {
  if (APOSTROPHES.includes(ch)) return `[${APOSTROPHES}]`;
  if (HYPHENS.includes(ch)) return `[${HYPHENS}]`;
  return SYNTAX_CHAR.test(ch) ? `\\${ch}` : ch;
}

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
  const re = list.scan;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const insideWord =
      WORD_AT_END.test(text.slice(Math.max(0, start - 2), start)) && WORD_AT_START.test(text.slice(start, start + 2));
    if (!insideWord) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      return { start, end: start + m[group].length, phrase: list.phrases[group - 1] };
    }
    // Inside a word: resume one code point on (the `u` flag must not resume inside a surrogate pair).
    re.lastIndex = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
  }
  return null;
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
