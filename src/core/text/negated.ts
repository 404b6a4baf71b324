// Duties a job description rules out: "You will not hold a caseload", a list
// under "Volunteers will not:", a section headed "What this role does not
// include". Volunteer descriptions often say so explicitly, as plan 39.1 asks,
// and a phrase found there assigns nothing.
import type { JdDocument } from '../document/parse';

const NEGATION =
  /(?<![\p{L}\p{N}_])(?:not|no|never|nor|without|cannot|excluding|excludes?)(?![\p{L}\p{N}_])|n[’']t(?![\p{L}\p{N}_])/iu;
/** Where a clause ends: sentence punctuation, a blank line, a list item, or a gap (comment, code, front-matter key). */
const CLAUSE_END = /[.!?;\u0000]|\n[ \t]*(?:\n|[-*+][ \t]|\d{1,9}[.)][ \t])/g;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s/;

/**
 * Whether the text says the duty is not part of the post: the clause before
 * it, the lead-in line of its list or its section's heading negates it.
 * `text` is the document's prose (documentText), offset for offset.
 */
export function isNegated(doc: JdDocument, text: string, duty: { start: number }): boolean {
  // The clause before the duty.
  const before = text.slice(Math.max(0, duty.start - 200), duty.start);
  let clauseStart = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(before); m; m = CLAUSE_END.exec(before)) clauseStart = m.index + m[0].length;
  if (NEGATION.test(before.slice(clauseStart))) return true;

  const line = doc.lines.positionAt(duty.start).line;
  // The line introducing the list the duty is in, such as "You will not:".
  if (LIST_ITEM.test(doc.lines.lines[line])) {
    for (let l = line - 1; l >= doc.bodyStartLine && l >= line - 50; l--) {
      const source = doc.lines.lines[l];
      if (source.trim() === '' || LIST_ITEM.test(source) || /^\s/.test(source)) continue;
      if (source.trimEnd().endsWith(':') && NEGATION.test(source)) return true;
      break;
    }
  }
  // The heading of the section it is in (headings are in line order: binary search).
  let lo = 0;
  let hi = doc.headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.headings[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && NEGATION.test(doc.headings[lo - 1].text);
}
