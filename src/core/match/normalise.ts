// Text normalisation for comparing a bullet with framework statements: case,
// quotes, dashes, punctuation, markup and whitespace never decide a match.
import { isTypographicPunctuation } from '../text/punctuation';

/** A letter or digit outside ASCII (after NFKC and lower-casing). */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Splits text into lower-case word tokens, ignoring punctuation and Markdown
 * emphasis: the runs of letters and digits of its NFKC form, with "&" read
 * as "and". One pass over the characters instead of a Unicode split: every
 * bullet is tokenised on every lint.
 */
export function tokenise(text: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  let upper = false;
  // Most bullets are ASCII but for typographic quotes and dashes, which NFKC and lower-casing leave as
  // punctuation: such text is read as it is, lower-casing only the tokens with a capital.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && isAsciiWordCode(c)) {
      if (start < 0) {
        start = i;
        upper = false;
      }
      if (c <= 90 && c >= 65) upper = true;
      continue;
    }
    if (c >= 128 && !isTypographicPunctuation(c)) return tokeniseNormalised(text);
    if (start >= 0) tokens.push(asciiToken(text, start, i, upper));
    start = -1;
    if (c === 38) tokens.push('and');
  }
  if (start >= 0) tokens.push(asciiToken(text, start, text.length, upper));
  return tokens;
}

function asciiToken(text: string, start: number, end: number, upper: boolean): string {
  const token = text.slice(start, end);
  return upper ? token.toLowerCase() : token;
}

/** `tokenise` for text with characters that NFKC or lower-casing may change. */
function tokeniseNormalised(text: string): string[] {
  const s = text.normalize('NFKC').toLowerCase();
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    let width = 1;
    let word: boolean;
    if (c < 128) {
      word = isAsciiWordCode(c);
    } else if (isTypographicPunctuation(c)) {
      word = false;
    } else {
      const point = s.codePointAt(i)!;
      if (point > 0xffff) width = 2;
      word = WORD_CHARACTER.test(String.fromCodePoint(point));
    }
    if (word) {
      if (start < 0) start = i;
    } else {
      if (start >= 0) tokens.push(s.slice(start, i));
      start = -1;
      if (c === 38) tokens.push('and');
    }
    i += width;
  }
  if (start >= 0) tokens.push(s.slice(start));
  return tokens;
}

/**
 * Whether `tokenise` finds any token in the text, without making them: an
 * ASCII letter, digit or "&" settles it; the first character outside ASCII
 * leaves it to `tokenise` (NFKC may make word characters of it).
 */
export function hasWords(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return tokenise(text).length > 0;
    if (isAsciiWordCode(c) || c === 38) return true;
  }
  return false;
}

/** An ASCII letter or digit, the word characters of ASCII text. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** A key equal for two texts exactly when they differ only in case, punctuation, quotes or spacing. */
export function normalisedKey(text: string): string {
  return tokenise(text).join(' ');
}
