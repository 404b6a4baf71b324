// An edit that adds a bullet to the job description's main duties: after the
// last line of the duties section, or in a new "## Main duties" section just
// before the Capabilities section when there is none. Used by the fix that
// moves an employer's local wording out of the capabilities.
import type { JdDocument } from '../document/parse';
import type { TextEdit } from '../types';

export const MAIN_DUTIES_HEADING = 'Main duties';
/** Headings the Word templates and employers use for the duties section. */
const DUTIES_HEADING =
  /^(?:(?:main|key|principal|core)\s+)?(?:duties|responsibilities|tasks)\b|^duties and responsibilities\b/i;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s/;

/** The edit adding `- text` to the main duties, or null when the document has neither a duties nor a Capabilities section. */
export function addDutyEdit(doc: JdDocument, text: string): TextEdit | null {
  const { lines } = doc;
  const eol = lines.eol;
  const section = doc.sections.find((s) => DUTIES_HEADING.test(s.heading.text));
  if (section) {
    let last = section.endLine - 1;
    while (last > section.heading.line && lines.lines[last].trim() === '') last--;
    const end = lines.lineRange(last).end;
    // A list continues on the next line; after prose or the heading, a blank line starts one.
    const separator = last > section.heading.line && LIST_ITEM.test(lines.lines[last]) ? eol : eol + eol;
    return { range: { start: end, end }, newText: `${separator}- ${text}` };
  }
  const capabilities = doc.capabilities;
  if (!capabilities) return null;
  const start = { line: capabilities.heading.line, character: 0 };
  return { range: { start, end: start }, newText: `## ${MAIN_DUTIES_HEADING}${eol}${eol}- ${text}${eol}${eol}` };
}
