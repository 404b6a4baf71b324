// Where a job description's prose speaks of the post itself: what it does and
// what it receives. Two sections do not: the Capabilities section lists the
// framework's statements (what a postholder is able to do, "provide clinical
// supervision to others"), and the person specification says what an
// applicant brings ("Experience of care planning").
import { isRequirementsHeading, type JdDocument, type Section } from '../document/parse';
import { documentText } from './document-text';
import type { PhraseMatch } from './find-phrases';
import { findAffirmed } from './negated';

/** A test of whether a span of the document's prose (documentText) lies outside those two sections. */
export function aboutThePost(doc: JdDocument, text: string): (span: { start: number; end: number }) => boolean {
  const requirements = doc.sections.filter((s) => isRequirementsHeading(s.heading.text));
  return outside(doc, text, [...(doc.capabilities ? [doc.capabilities] : []), ...requirements]);
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
