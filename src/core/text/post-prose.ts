// Where a job description's prose speaks of the post itself: what it does and
// what it receives. Two sections do not: the Capabilities section lists the
// framework's statements (what a postholder is able to do, "provide clinical
// supervision to others"), and the person specification says what an
// applicant brings ("Experience of care planning").
import { isRequirementsHeading, type JdDocument } from '../document/parse';

/** A test of whether a span of the document's prose (documentText) lies outside those two sections. */
export function aboutThePost(doc: JdDocument, text: string): (span: { start: number; end: number }) => boolean {
  const offsetOf = (line: number) => doc.lines.offsets[line] ?? text.length;
  const excluded = [
    ...(doc.capabilities ? [doc.capabilities] : []),
    ...doc.sections.filter((s) => isRequirementsHeading(s.heading.text)),
  ].map((s) => ({ start: offsetOf(s.startLine), end: offsetOf(s.endLine) }));
  return (span) => !excluded.some((s) => span.start < s.end && span.end > s.start);
}
