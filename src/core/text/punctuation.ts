// Job descriptions pasted from word processors are full of typographic
// dashes, quotation marks, bullets and ellipses, often their only characters
// outside ASCII. Scanners decide such a character without a Unicode property
// pattern, whose compilation costs about half a millisecond on the first
// lint after every start, and whose test is slower than a comparison.

/**
 * U+2010 to U+2027 (hyphens and dashes, quotation marks, daggers, bullets,
 * leaders and the ellipsis): general punctuation, which is no letter, mark,
 * digit, underscore or whitespace.
 */
export function isTypographicPunctuation(code: number): boolean {
  return code >= 0x2010 && code <= 0x2027;
}
