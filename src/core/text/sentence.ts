// The sentence of a document's prose (documentText) around a phrase found in
// it, for quoting the employer's own words. A sentence ends at ".", "!" or
// "?" before a space, and cannot run past its paragraph, list item or heading,
// nor across what is not prose (NUL in documentText).

/** The end of the sentence before: punctuation and spacing, a blank line, a gap, or the line break before a list item or heading. */
const BEFORE = /[.!?]["”’)]?\s+|\n[ \t]*\n|\u0000|\n(?=[ \t]*(?:[-*+]|\d{1,9}[.)]|#{1,6})[ \t])/g;
/** The end of the sentence: its punctuation (kept), or where a paragraph, list item, heading or the prose ends. */
const AFTER = /[.!?]["”’)]?(?=\s|$)|\n[ \t]*\n|\u0000|\n(?=[ \t]*(?:[-*+]|\d{1,9}[.)]|#{1,6})[ \t])/;
/** How far to look either side: a sentence longer than this is cut there. */
const REACH = 600;

/** The sentence around [start, end) of `text`, without a list marker or heading marks before it. */
export function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - REACH);
  let sentenceStart = from;
  for (const m of text.slice(from, start).matchAll(BEFORE)) sentenceStart = from + m.index + m[0].length;
  const after = text.slice(end, end + REACH);
  const stop = AFTER.exec(after);
  const sentenceEnd = end + (stop ? (/^[.!?]/.test(stop[0]) ? stop.index + stop[0].length : stop.index) : after.length);
  return text
    .slice(sentenceStart, sentenceEnd)
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)]|#{1,6})[ \t]+/, '')
    .trim();
}
