// Where the supervision a post receives belongs in a job description, and the
// edit that puts it there: bullets at the end of the document's supervision
// section, or else a new section where the templates have it, after the last
// section about the work and before the terms, pay and how to apply (or at
// the end). Used by the missing-supervision rule for its range and its fix.
import type { Heading, JdDocument } from '../document/parse';
import { documentText } from '../text/document-text';
import type { Range, TextEdit } from '../types';
import { blankBeforeNext, lastContentLine, separatorBefore } from './insert-statements';

/** A section heading about supervision: "Supervision and support", "Support and supervision". */
const SUPERVISION_HEADING = /\bsupervision\b/i;
/** Sections the templates put after "Supervision and support": terms, pay and benefits, contacts and applying. */
const AFTER_SUPERVISION =
  /^(?:terms|conditions|(?:our )?benefits|what we offer|salary|pay\b|pension|how to apply|applying|contact|further information|additional information|equal|equality|diversity)/i;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s/;

export interface SupervisionEdit {
  /** The document's supervision heading, which the edit adds bullets under; null when the edit adds a new section. */
  heading: Heading | null;
  /**
   * Where to report missing supervision: the supervision heading; else the
   * heading of the section the new one follows (or precedes, when it comes
   * first); else the job title; else the first line.
   */
  range: Range;
  edit: TextEdit;
}

/**
 * Adds `bullets` to the document's supervision section when it has one, or
 * else `section` (lines, heading first) as a new section.
 */
export function supervisionEdit(
  doc: JdDocument,
  section: readonly string[],
  bullets: readonly string[],
): SupervisionEdit {
  const { lines } = doc;
  const eol = lines.eol;
  // Text added after a comment or code fence left open would be swallowed by it: close it first.
  const open = documentText(doc).unclosed;
  const closeBefore = (line: number) => (open && line >= open.line ? eol + open.closer : '');

  // A level-1 heading is the document's title, not a section; bullets under a heading in Capabilities would be capabilities.
  const capabilities = doc.capabilities;
  const inCapabilities = (line: number) =>
    capabilities !== null && line >= capabilities.heading.line && line < capabilities.endLine;
  const heading = doc.headings.find((h) => h.level > 1 && SUPERVISION_HEADING.test(h.text) && !inCapabilities(h.line));
  if (heading) {
    const next = doc.headings.find((h) => h.line > heading.line && h.level <= heading.level);
    const last = lastContentLine(lines, heading.line, next ? next.line : lines.lineCount);
    // A list continues on the next line; after prose or the heading, a blank line starts one.
    const separator = last > heading.line && LIST_ITEM.test(lines.lines[last]) ? eol : eol + eol;
    const at = lines.lineRange(last).end;
    const newText =
      closeBefore(last) + separator + bullets.map((b) => `- ${b}`).join(eol) + blankBeforeNext(lines, last + 1);
    return { heading, range: heading.textRange, edit: { range: { start: at, end: at }, newText } };
  }

  const block = section.join(eol);
  // The trailing run of sections about terms, pay and applying: the new section goes before it.
  let first = doc.sections.length;
  while (first > 0 && AFTER_SUPERVISION.test(doc.sections[first - 1].heading.text)) first--;
  const before = doc.sections[first]?.heading ?? null;
  const after = doc.sections[first - 1]?.heading ?? null;
  const range = (after ?? before)?.textRange ?? doc.frontMatter?.fields.get('title')?.valueRange ?? lines.lineRange(0);
  if (!before) {
    const separator = open ? closeBefore(open.line) + eol + eol : separatorBefore(lines, eol);
    return {
      heading: null,
      range,
      edit: { range: { start: lines.end, end: lines.end }, newText: separator + block + eol },
    };
  }
  const last = lastContentLine(lines, doc.bodyStartLine - 1, before.line);
  if (last < 0) {
    const at = { line: before.line, character: 0 };
    return { heading: null, range, edit: { range: { start: at, end: at }, newText: block + eol + eol } };
  }
  const at = lines.lineRange(last).end;
  return {
    heading: null,
    range,
    edit: {
      range: { start: at, end: at },
      newText: closeBefore(last) + eol + eol + block + blankBeforeNext(lines, last + 1),
    },
  };
}
