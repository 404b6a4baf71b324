// Where a job description's prose speaks of the post itself: what it does and
// what it receives. Two sections do not: the Capabilities section lists the
// framework's statements (what a postholder is able to do, "provide clinical
// supervision to others"), and the person specification says what an
// applicant brings ("Experience of care planning"), but for a paragraph in it
// in which the employer speaks.
import { isRequirementsHeading, type JdDocument, type Section } from '../document/parse';
import { documentText } from './document-text';
import type { PhraseMatch } from './find-phrases';
import { findAffirmed } from './negated';
import { lazily } from '../lazy';

/**
 * A paragraph (not a criterion in a list or table) of a person specification
 * in which the employer or the post speaks, or which tells the postholder
 * what they will receive: "The Trust provides clinical supervision…", "You
 * will receive…", which documents and the Word import often leave after the
 * criteria. It is about the post, not what an applicant brings ("You will
 * have experience of…" is a criterion).
 */
const SPEAKS_OF_THE_POST =
  /^[*_]*(?:we|our|in return|all (?:staff|employees|colleagues)|you(?: will|['’]ll)? (?:receive|get|be (?:offered|given|supported))|(?:the|this) (?:trust|service|organi[sz]ation|employer|charity|company|team|post|role))\b/i;
/** A line that starts a list item, a table row or a heading, or is blank: not a line of a paragraph. */
const NOT_PARAGRAPH = /^\s*(?:$|[-*+]\s|\d+[.)]\s|\||#)/;

/**
 * A test of whether a span of the document's prose (documentText) lies
 * outside those two sections, or in a paragraph of the person specification
 * in which the employer or the post speaks (SPEAKS_OF_THE_POST).
 */
function aboutThePost(doc: JdDocument, text: string): (span: { start: number; end: number }) => boolean {
  const requirements = doc.sections.filter((s) => isRequirementsHeading(s.heading.text));
  const notCapabilities = outsideCapabilities(doc, text);
  const notRequirements = outside(doc, text, requirements);
  // Read only for a span inside the person specification: most phrases are found elsewhere, or not at all.
  const spoken = lazily(() =>
    requirements.flatMap((s) => paragraphs(doc, text, s)).filter((p) => SPEAKS_OF_THE_POST.test(p.text)),
  );
  return (span) =>
    notCapabilities(span) &&
    (notRequirements(span) || spoken().some((p) => span.start >= p.start && span.end <= p.end));
}

/** The section's paragraphs: runs of lines outside its list items, tables and headings. */
function paragraphs(doc: JdDocument, text: string, section: Section): { start: number; end: number; text: string }[] {
  const offsetOf = (line: number) => doc.lines.offsets[line] ?? text.length;
  // The section's lines that belong to a list item (with its nested lists and lazy continuation lines).
  const inItem = new Uint8Array(section.endLine - section.startLine);
  for (const b of doc.duties)
    for (let line = Math.max(b.startLine, section.startLine); line < Math.min(b.endLine, section.endLine); line++)
      inItem[line - section.startLine] = 1;
  const found: { start: number; end: number; text: string }[] = [];
  let first = -1;
  for (let line = section.startLine; line <= section.endLine; line++) {
    const isParagraph =
      line < section.endLine &&
      inItem[line - section.startLine] === 0 &&
      !NOT_PARAGRAPH.test(text.slice(offsetOf(line), offsetOf(line + 1)));
    if (isParagraph && first < 0) first = line;
    if (!isParagraph && first >= 0) {
      const start = offsetOf(first);
      const end = offsetOf(line);
      found.push({ start, end, text: text.slice(start, end).trimStart() });
      first = -1;
    }
  }
  return found;
}

/** The phrases the prose about the post (aboutThePost) uses, where the text does not rule them out (findAffirmed). */
export function affirmedAboutThePost(doc: JdDocument, phrases: readonly string[]): PhraseMatch[] {
  const { text } = documentText(doc);
  return findAffirmed(doc, text, phrases, aboutThePost(doc, text));
}

/** A test of whether a span of the prose lies outside the Capabilities section, whose framework statements are no evidence of what the employer asks. */
export function outsideCapabilities(doc: JdDocument, text: string): (span: { start: number; end: number }) => boolean {
  return outside(doc, text, doc.capabilities ? [doc.capabilities] : []);
}

function outside(
  doc: JdDocument,
  text: string,
  sections: readonly Section[],
): (span: { start: number; end: number }) => boolean {
  const offsetOf = (line: number) => doc.lines.offsets[line] ?? text.length;
  const excluded = sections.map((s) => ({ start: offsetOf(s.startLine), end: offsetOf(s.endLine) }));
  return (span) => !excluded.some((s) => span.start < s.end && span.end > s.start);
}
