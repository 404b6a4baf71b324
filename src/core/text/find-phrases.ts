// Whole-word phrase scanner for the phrase lists in framework-data: the
// stigmatising-language rule, and the evidence of supervision, registration,
// clinical duties, casework and the population that rules, LintContext and
// the Word export's criteria look for.
// It runs on every keystroke over documents up to megabytes.
//
// Text and phrases are read as tokens: runs of word characters, and single
// other characters, with or without whitespace between them. Each phrase list
// is compiled once into a trie of tokens below each phrase's first token. A
// scan finds where a phrase may start in the lower-cased text (see `starts`)
// and follows the trie token by token from there, so a match always starts
// and ends at token edges, which is the whole-word rule. This replaces one
// trie-shaped RegExp of whole phrases per list, which irregexp took ~30 ms to
// compile on the first lint (large Unicode alternations) and which was slower
// to run; splitting the whole text into tokens in JavaScript instead costs
// more than the three or four scans a lint makes of a text.
//
// In a long text a scan searches for one word of each phrase, its anchor,
// and steps back from each occurrence to where the phrase would start. The
// anchor is the phrase's first token unless the list is compiled with a
// measure of how common words are (phraseList): then it is the phrase's
// rarest word, so that the stigma list is not followed from each of the
// many "people", "drug" and "alcohol" of a job description, only from its
// rare "addict" or "clean". Where a scan looks never changes what it finds.

import { lazily } from '../lazy';
import { isTypographicPunctuation } from './punctuation';

export interface PhraseMatch {
  /** UTF-16 offset of the first character of the match in the scanned text. */
  start: number;
  /** UTF-16 offset just past the match. */
  end: number;
  /** The entry of the phrase list that matched, as written in the list. */
  phrase: string;
}

/** A trie node: the tokens that may follow, by whether whitespace separates them, and the phrase ending here. */
interface TrieNode {
  /** The first list entry with these tokens; entries that differ only in case, spacing or apostrophes share a node. */
  phrase?: string;
  joined?: Map<string, TrieNode>;
  spaced?: Map<string, TrieNode>;
}

/** A compiled phrase list: the trie below each first token, and the search for anchors in long texts. */
interface CompiledList {
  first: Map<string, TrieNode>;
  /** Per phrase a node holds, its number of tokens: how long it is, whatever its spelling ("&" or "and"). */
  tokenCount: Map<string, number>;
  /** Per anchor token, its places in the phrases it anchors, largest first: how many tokens after the phrase's start (0: the first token). */
  anchors: Map<string, number[]>;
  /** Made on the first scan of a long text. */
  finder: RegExp | undefined;
}

/** A phrase list compiled for scanning long texts often (the stigma vocabulary, on every lint): see phraseList. */
export interface PhraseList {
  readonly compiled: CompiledList | null;
}

/**
 * `phrases` compiled once, to be kept by the caller and passed to findPhrases
 * and containsAnyPhrase in place of the array. `commonness` says how common
 * a word is in the texts the list will scan (higher: more common; the same
 * scale for every word): each phrase is then looked for by its least common
 * word. It only decides how fast a scan is, never what it finds.
 */
export function phraseList(phrases: readonly string[], commonness: (word: string) => number): PhraseList {
  return { compiled: build(phrases, commonness) };
}

// Phrase lists are treated as immutable: compiled once per array and per content.
const byList = new WeakMap<readonly string[], CompiledList | null>();
const byKey = new Map<string, CompiledList | null>();

/**
 * Finds every occurrence of the phrases in `text`: whole words only, case-
 * insensitive, any whitespace run (including line breaks) between words, and
 * straight or typographic apostrophes. Where matches overlap the longest
 * listed phrase wins; of two as long, the later (see longestFirst).
 * A match is dropped when it overlaps an occurrence of one of `exceptions`
 * (e.g. "alcoholic" within "alcoholic drinks", or "get clean" within "get
 * clean needles"). Results are in document order.
 */
export function findPhrases(
  text: string,
  phrases: readonly string[] | PhraseList,
  exceptions: readonly string[] | PhraseList = [],
): PhraseMatch[] {
  const list = compile(phrases);
  if (!list) return [];
  const matches = resolveOverlaps(candidates(foldCase(text), list), list.tokenCount);
  if (matches.length === 0) return matches;
  const excepted = compile(exceptions);
  return excepted ? withoutExceptions(matches, candidates(foldCase(text), excepted)) : matches;
}

/** True when any of the phrases occurs in `text`, with the matching rules of `findPhrases`. */
export function containsAnyPhrase(text: string, phrases: readonly string[] | PhraseList): boolean {
  const list = compile(phrases);
  if (!list) return false;
  const folded = foldCase(text);
  return starts(folded, list).some(([, end, node]) => follow(folded, end, node) >= 0);
}

function compile(phrases: readonly string[] | PhraseList): CompiledList | null {
  if (!isArray(phrases)) return phrases.compiled;
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

/** `Array.isArray`, narrowing a readonly array too. */
function isArray(value: readonly string[] | PhraseList): value is readonly string[] {
  return Array.isArray(value);
}

/** The list's trie, each phrase anchored on its first token, or with `commonness` on its least common word. */
function build(phrases: readonly string[], commonness?: (word: string) => number): CompiledList | null {
  const first = new Map<string, TrieNode>();
  const anchors = new Map<string, number[]>();
  const tokenCount = new Map<string, number>();
  for (const phrase of phrases) {
    const folded = phrase.toLowerCase();
    let node: TrieNode | undefined;
    const tokens: { token: string; word: boolean }[] = [];
    for (let start = skipSpace(folded, 0); start < folded.length;) {
      const end = tokenEnd(folded, start);
      const token = normalisedToken(folded.slice(start, end));
      const children: Map<string, TrieNode> = !node
        ? first
        : start > 0 && kindAt(folded, start - 1) === SPACE
          ? (node.spaced ??= new Map<string, TrieNode>())
          : (node.joined ??= new Map<string, TrieNode>());
      let child = children.get(token);
      if (!child) children.set(token, (child = {}));
      node = child;
      tokens.push({ token, word: kindAt(folded, start) === WORD });
      start = skipSpace(folded, end);
    }
    if (!node) continue;
    if (node.phrase === undefined) tokenCount.set((node.phrase = phrase), tokens.length);
    const offset = commonness ? leastCommonWord(tokens, commonness) : 0;
    const places = anchors.get(tokens[offset].token);
    if (!places) anchors.set(tokens[offset].token, [offset]);
    else if (!places.includes(offset)) places.push(offset);
  }
  for (const places of anchors.values()) places.sort((a, b) => b - a);
  return first.size > 0 ? { first, tokenCount, anchors, finder: undefined } : null;
}

/**
 * The place of the phrase's least common word; of equally common words, the
 * longest (fewer words of a text begin like it). 0 when it has no word.
 */
function leastCommonWord(tokens: readonly { token: string; word: boolean }[], commonness: (word: string) => number) {
  let best = -1;
  let bestCommonness = Infinity;
  tokens.forEach(({ token, word }, offset) => {
    if (!word) return;
    const c = commonness(token);
    if (best < 0 || c < bestCommonness || (c === bestCommonness && token.length > tokens[best].token.length)) {
      best = offset;
      bestCommonness = c;
    }
  });
  return Math.max(best, 0);
}

/**
 * The search for tokens (a list's anchors) in lower-cased text: a trie-shaped
 * alternation of their characters (so the engine follows at most one branch
 * at each position), with `\b` where a token starts or ends with an ASCII word
 * character, which skips most occurrences inside longer words natively. Plain
 * characters, no Unicode classes or `i` flag, so it compiles quickly. It only
 * proposes where a token may start; `starts` reads the token there.
 */
function finder(tokens: Iterable<string>): RegExp {
  const ascii: CharNode = { children: new Map(), end: false };
  const other: CharNode = { children: new Map(), end: false };
  for (const token of tokens) {
    let node = /^\w/.test(token) ? ascii : other;
    for (const ch of Array.from(token)) {
      const atom = SPELLINGS.has(ch) ? `[${SPELLINGS.get(ch)!.join('')}]` : ch.replace(SYNTAX_CHAR, '\\$&');
      let child = node.children.get(atom);
      if (!child) node.children.set(atom, (child = { children: new Map(), end: false }));
      node = child;
    }
    node.end = true;
    node.wordEdge = /\w$/.test(token);
  }
  const sources = [ascii.children.size > 0 ? `\\b${charTrieSource(ascii)}` : '', charTrieSource(other)];
  return new RegExp(sources.filter(Boolean).join('|'), 'g');
}

interface CharNode {
  children: Map<string, CharNode>;
  end: boolean;
  /** A token ends here with an ASCII word character, so `\b` must follow. */
  wordEdge?: boolean;
}

const SYNTAX_CHAR = /[\\^$.*+?()[\]{}|/-]/g;

function charTrieSource(node: CharNode): string {
  const branches = [...node.children].map(([atom, child]) => atom + charTrieSource(child));
  if (node.end) branches.push(node.wordEdge ? '\\b' : '');
  if (branches.length === 0) return '';
  return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
}

/**
 * Where a phrase of `list` may start, in document order: the whole tokens of
 * `folded` that are a first token of the list, as [start, end, trie node below].
 * A short text (a title, a bullet) is read token by token: a search costs more
 * to compile than that, and a list may only ever meet short texts. In a long
 * one, only the tokens that an occurrence of an anchor leads back to are read.
 */
function starts(folded: string, list: CompiledList): [number, number, TrieNode][] {
  const found: [number, number, TrieNode][] = [];
  /** Reads the token at `start`, noting it when it is a first token; returns its end. */
  const at = (start: number) => {
    const end = tokenEnd(folded, start);
    const node = list.first.get(normalisedToken(folded.slice(start, end)));
    if (node && !insideWord(folded, start)) found.push([start, end, node]);
    return end;
  };
  if (folded.length <= SHORT_TEXT) {
    for (let start = skipSpace(folded, 0); start < folded.length; start = skipSpace(folded, at(start)));
    return found;
  }
  // Per place of an anchor in its phrases, the starts it leads back to: in document order, as anchors are found.
  const byPlace: number[][] = [];
  const search = (list.finder ??= finder(list.anchors.keys()));
  search.lastIndex = 0;
  for (let m = search.exec(folded); m; m = search.exec(folded)) {
    const start = m.index;
    const end = tokenEnd(folded, start);
    // No token starts before the end of this one (or of the word it is inside).
    search.lastIndex = end;
    // Inside a run of word characters (after one outside ASCII, which \b does not see): no token starts here.
    if (kindAt(folded, start) === WORD && continuesWord(folded, start)) continue;
    const places = list.anchors.get(normalisedToken(folded.slice(start, end)));
    if (!places) continue;
    // One walk back, to the farthest start.
    const back = tokenStartsBefore(folded, start, places[0]);
    for (const place of places) if (place < back.length) (byPlace[place] ??= []).push(back[place]);
  }
  // Anchors close together lead back to one start, or to starts out of order: merged in order, each once.
  mergeInOrder(byPlace, at);
  return found;
}
const SHORT_TEXT = 256;

/** Calls `visit` with every number of the ascending lists, in ascending order, once each. */
function mergeInOrder(lists: readonly (number[] | undefined)[], visit: (n: number) => void): void {
  const next = lists.map(() => 0);
  let last = -1;
  for (;;) {
    let which = -1;
    for (let k = 0; k < lists.length; k++) {
      const list = lists[k];
      if (list && next[k] < list.length && (which < 0 || list[next[k]] < lists[which]![next[which]])) which = k;
    }
    if (which < 0) return;
    const n = lists[which]![next[which]++];
    if (n !== last) visit(n);
    last = n;
  }
}

/**
 * Follows the trie from the token ending at `end`, calling `onPhrase` at each
 * phrase that ends on the way; returns where the longest of them ends, or -1.
 */
function follow(folded: string, end: number, node: TrieNode, onPhrase?: (phrase: string) => void): number {
  let longest = -1;
  for (;;) {
    if (node.phrase !== undefined && !insideWord(folded, end)) {
      longest = end;
      onPhrase?.(node.phrase);
    }
    const start = skipSpace(folded, end);
    const children = start > end ? node.spaced : node.joined;
    if (!children || start === folded.length) return longest;
    const next = tokenEnd(folded, start);
    const child = children.get(normalisedToken(folded.slice(start, next)));
    if (!child) return longest;
    node = child;
    end = next;
  }
}

/**
 * The longest phrase starting at each token, in document order. A longer
 * phrase starting inside a shorter match is still seen ("stay clean and
 * sober"); resolveOverlaps then picks between them.
 */
function candidates(folded: string, list: CompiledList): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const [start, end, node] of starts(folded, list)) {
    let phrase = '';
    const last = follow(folded, end, node, (p) => (phrase = p));
    if (last >= 0) found.push({ start, end: last, phrase });
  }
  return found;
}

/**
 * `text` lower-cased offset for offset. Where lower-casing would move offsets
 * ("İ" becomes two units) each token is lower-cased on its own, and one that
 * still changes length is kept as written: it holds such a character, which
 * no lower-cased list entry contains, so it matches nothing.
 */
function foldCase(text: string): string {
  if (text === lastText) return lastFolded;
  const lower = text.toLowerCase();
  lastText = text;
  lastFolded =
    lower.length === text.length
      ? lower
      : text.replace(TOKENS(), (token) => {
          const folded = token.toLowerCase();
          return folded.length === token.length ? folded : token;
        });
  return lastFolded;
}
// Several rules scan the same document text in one lint run: fold it once.
let lastText: string | undefined;
let lastFolded = '';

// Letters, combining marks, digits and underscore make up words: a match must
// not start or end inside a run of these, so "addict" never matches in "addictive".
const WORD_CLASS = '[\\p{L}\\p{M}\\p{N}_]';
// Only text outside ASCII needs them.
const WORD_AT = lazily(() => new RegExp(WORD_CLASS, 'uy'));
const TOKENS = lazily(() => new RegExp(`${WORD_CLASS}+|[^]`, 'gu'));
const SPACE_AT = /\s/y;
const SPACE = 0;
const WORD = 1;
const OTHER = 2;
// ASCII word characters are \w, and ASCII whitespace is \s.
const ASCII_KIND = Array.from({ length: 128 }, (_, c) =>
  /\w/.test(String.fromCharCode(c)) ? WORD : /\s/.test(String.fromCharCode(c)) ? SPACE : OTHER,
);

// The modifier-letter apostrophe is a letter, so it joins words ("addictʼs" is
// one word, which holds no "addict"), but tokens read it as an apostrophe, a
// token of its own, so that "addictʼs" matches "addict's".
const MODIFIER_APOSTROPHE = 0x2bc;

/** How tokens see the character (code point) at `i`: a word character, whitespace or another. */
function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_KIND[c];
  if (c === MODIFIER_APOSTROPHE || isTypographicPunctuation(c)) return OTHER;
  const wordAt = WORD_AT();
  wordAt.lastIndex = SPACE_AT.lastIndex = i;
  return wordAt.test(text) ? WORD : SPACE_AT.test(text) ? SPACE : OTHER;
}

/** True when `i` is between two word characters, where no match may start or end. */
function insideWord(text: string, i: number): boolean {
  if (i === 0 || i >= text.length) return false;
  return joinsWords(text, codePointBefore(text, i)) && joinsWords(text, i);
}

function joinsWords(text: string, i: number): boolean {
  return kindAt(text, i) === WORD || text.charCodeAt(i) === MODIFIER_APOSTROPHE;
}

/** True when the code point before `i` is a word character, so that no token starts at `i`. */
function continuesWord(text: string, i: number): boolean {
  return i > 0 && kindAt(text, codePointBefore(text, i)) === WORD;
}

/** Where the code point ending at `i` starts. */
function codePointBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c < 0xe000 && i > 1 && text.codePointAt(i - 2)! > 0xffff ? i - 2 : i - 1;
}

/**
 * The starts of the token at `i` and of the `count` tokens before it
 * (whitespace between them skipped, as tokens are read forward): element n
 * is n tokens back. Shorter when the text starts before that.
 */
function tokenStartsBefore(text: string, i: number, count: number): number[] {
  const starts = [i];
  while (starts.length <= count) {
    while (i > 0 && kindAt(text, i - 1) === SPACE) i--;
    if (i === 0) break;
    i = codePointBefore(text, i);
    if (kindAt(text, i) === WORD) while (continuesWord(text, i)) i = codePointBefore(text, i);
    starts.push(i);
  }
  return starts;
}

/** The end of the token starting at `i`: a run of word characters, or one other code point. */
function tokenEnd(text: string, i: number): number {
  const word = kindAt(text, i) === WORD;
  do i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  while (word && i < text.length && kindAt(text, i) === WORD);
  return i;
}

/** The first offset from `i` that is not whitespace (every whitespace character is one UTF-16 unit). */
function skipSpace(text: string, i: number): number {
  while (i < text.length && kindAt(text, i) === SPACE) i++;
  return i;
}

// Straight, typographic and modifier-letter apostrophes are one token; so are
// ASCII, Unicode and non-breaking hyphens (word processors substitute them).
const SPELLINGS = new Map([
  ["'", Array.from("'\u2018\u2019\u02BC")],
  ['-', Array.from('-\u2010\u2011')],
]);
const TOKEN_FOR = new Map([...SPELLINGS].flatMap(([token, spellings]) => spellings.map((s) => [s, token] as const)));

/** A token as the trie holds it: one spelling of an apostrophe or hyphen, and "&" as "and" ("clean & sober"). */
function normalisedToken(token: string): string {
  if (token.length !== 1) return token;
  return token === '&' ? 'and' : (TOKEN_FOR.get(token) ?? token);
}

/** Keeps the longest of overlapping matches; `found` is sorted by start. */
function resolveOverlaps(found: PhraseMatch[], tokenCount: ReadonlyMap<string, number>): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  let i = 0;
  while (i < found.length) {
    // Gather a cluster of transitively overlapping matches (usually just one).
    let j = i + 1;
    let end = found[i].end;
    while (j < found.length && found[j].start < end) end = Math.max(end, found[j++].end);
    if (j - i === 1) out.push(found[i]);
    else out.push(...longestFirst(found.slice(i, j), tokenCount));
    i = j;
  }
  return out;
}

/**
 * The matches of a cluster that overlap none longer, in order. A match is as
 * long as its listed phrase, never as its spelling in the text ("clean &
 * sober" is as long as "clean and sober"): in tokens, then in characters. Of
 * two as long, the later wins: the earlier would leave the words after the
 * shared ones dangling after its replacement ("1 year abstinent time"), where
 * the later leaves the sentence's own lead-in ("1 year time in recovery").
 */
function longestFirst(cluster: PhraseMatch[], tokenCount: ReadonlyMap<string, number>): PhraseMatch[] {
  const kept: PhraseMatch[] = [];
  const tokens = (m: PhraseMatch) => tokenCount.get(m.phrase)!;
  const byLength = [...cluster].sort(
    (a, b) => tokens(b) - tokens(a) || b.phrase.length - a.phrase.length || b.end - a.end,
  );
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
