// What a job description rules out: duties ("You will not hold a caseload", a
// list under "Volunteers will not:", a section headed "What this role does not
// include"; volunteer descriptions often say so explicitly, as plan 39.1 asks)
// and support ("Clinical supervision is not available"). A phrase found there
// assigns or offers nothing.
import type { JdDocument } from '../document/parse';
import { findPhrases, type PhraseMatch } from './find-phrases';

// ASCII word boundaries (\b), not Unicode ones: the words are English, and a pattern with
// \p{L} and the u flag takes over a millisecond to compile, which the first lint pays.
const NEGATION =
  /\b(?:not|no|never|nor|without|cannot|excluding|excludes?)\b(?! (?:less|fewer|more) than\b| only\b| just\b)|n[’']t\b/i;
/** The clause after a phrase denies it: "Clinical supervision is not available", "… isn't offered", "…: none". */
const DENIED_AFTER =
  /^\s*[:–—-]\s*(?:none|n\/a|not applicable|not provided)\b|^[^,]{0,40}?\b(?:(?:is|are|will|would|can|could|does|do|shall|has|have)(?: currently| yet)? (?:not|never|no longer)|isn[’']t|aren[’']t|won[’']t|can[’']t|cannot|doesn[’']t|don[’']t|unavailable)\b/i;
/** Where a clause ends: sentence punctuation, a blank line, a list item, or a gap (comment, code, front-matter key). */
const CLAUSE_END = /[.!?;\u0000]|\n[ \t]*(?:\n|[-*+][ \t]|\d{1,9}[.)][ \t])/g;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s/;

/**
 * The phrases found in the document's prose (documentText) that the text does
 * not rule out (isNegated); only those `where` accepts, when given, which is
 * tried first, being the cheaper test.
 */
export function findAffirmed(
  doc: JdDocument,
  text: string,
  phrases: readonly string[],
  where: (m: PhraseMatch) => boolean = () => true,
): PhraseMatch[] {
  return findPhrases(text, phrases).filter((m) => where(m) && !isNegated(doc, text, m));
}

/**
 * Whether the text says the duty is not part of the post: the clause before
 * it, the lead-in line of its list or its section's heading negates it.
 * `text` is the document's prose (documentText), offset for offset.
 */
export function isNegated(doc: JdDocument, text: string, duty: { start: number }): boolean {
  if (NEGATION.test(clauseBefore(text, duty.start))) return true;

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

/** The text from the start of the clause `offset` is in up to `offset` (at most 200 characters). */
export function clauseBefore(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 200), offset);
  let clauseStart = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(before); m; m = CLAUSE_END.exec(before)) clauseStart = m.index + m[0].length;
  return before.slice(clauseStart);
}

/** The text from `offset` to the end of its clause (at most 120 characters). */
export function clauseAfter(text: string, offset: number): string {
  const after = text.slice(offset, offset + 120);
  CLAUSE_END.lastIndex = 0;
  const end = CLAUSE_END.exec(after);
  return end ? after.slice(0, end.index) : after;
}

/** Whether the rest of the clause after `offset` denies what comes before it: "… is not available". */
export function negatedAfter(text: string, offset: number): boolean {
  return DENIED_AFTER.test(clauseAfter(text, offset));
}
