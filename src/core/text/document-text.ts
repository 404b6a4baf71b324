// The prose of a job description, as the text-scanning rules (stigmatising
// language, registration, supervision, volunteer duties) search it: the
// front-matter values and the Markdown body, without HTML comments (jdkit
// directives are comments) and without fenced code blocks (a deliberate
// "verbatim, not our wording" marker). Indented code blocks are kept: in a job
// description they are almost always accidentally indented prose, which
// readers still see. Also where those rules report what a document lacks.
//
// The text keeps every offset of the document: what is not prose is replaced
// by NUL characters, which are neither word characters nor whitespace, so no
// phrase can match across a gap and a match's offsets are document offsets.
import type { JdDocument } from '../document/parse';
import type { Range } from '../types';

export interface DocumentText {
  /** The document's text, offset for offset, with everything that is not prose blanked out. */
  readonly text: string;
  /** The document range of the offsets [start, end) into `text`. */
  range(start: number, end: number): Range;
  /** The words at [start, end) as a message quotes them: a line break or run of spaces as one space. */
  written(start: number, end: number): string;
  /**
   * A fenced code block or HTML comment still open at the end of the document:
   * the line it opens on and the line that would close it. Text appended after
   * that line would land inside it.
   */
  readonly unclosed: { line: number; closer: string } | null;
}

const GAP = '\u0000';
/** CommonMark fence opener: up to 3 spaces, then 3+ backticks or tildes, then the info string. */
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;

// Computed once per parsed document: every rule of a lint run shares it.
const cache = new WeakMap<JdDocument, DocumentText>();

export function documentText(doc: JdDocument): DocumentText {
  let text = cache.get(doc);
  if (!text) {
    text = build(doc);
    cache.set(doc, text);
  }
  return text;
}

function build(doc: JdDocument): DocumentText {
  const { lines } = doc;
  const body = bodyProse(doc);
  const kept = [...frontMatterValues(doc), ...body.kept];
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < kept.length; i += 2) {
    const [start, end] = [kept[i], kept[i + 1]];
    if (start > at) parts.push(GAP.repeat(start - at));
    parts.push(lines.text.slice(start, end));
    at = end;
  }
  if (at < lines.text.length) parts.push(GAP.repeat(lines.text.length - at));
  const text = parts.join('');
  return {
    text,
    range: (start, end) => lines.rangeOfOffsets(start, end),
    written: (start, end) => text.slice(start, end).replace(/\s+/g, ' '),
    unclosed: body.unclosed,
  };
}

/** Offsets [start, end, start, end, ...] of the front-matter values that can hold words, in order. */
function frontMatterValues(doc: JdDocument): number[] {
  const out: number[] = [];
  for (const field of doc.frontMatter?.fields.values() ?? []) {
    const { value } = field;
    if (value === null || typeof value === 'number' || typeof value === 'boolean') continue;
    // The value's source text (quotes, block-scalar indentation) rather than its parsed
    // string, so that offsets stay exact; quotes and indentation are not words.
    out.push(doc.lines.offsetAt(field.valueRange.start), doc.lines.offsetAt(field.valueRange.end));
  }
  return out;
}

/**
 * Offsets [start, end, ...] of the body outside HTML comments and fenced code.
 * One pass over the lines with indexOf scans, linear in the document size. An
 * unclosed comment or fence runs to the end, as Markdown renders it.
 */
function bodyProse(doc: JdDocument): { kept: number[]; unclosed: DocumentText['unclosed'] } {
  const { lines } = doc;
  const out: number[] = [];
  let keepFrom: number | null = lines.offsets[doc.bodyStartLine] ?? lines.text.length;
  const stop = (offset: number) => {
    if (keepFrom !== null && offset > keepFrom) out.push(keepFrom, offset);
    keepFrom = null;
  };
  let fence: { marker: string; line: number; indent: string } | null = null;
  let inComment = false;
  let commentLine = -1;
  for (let i = doc.bodyStartLine; i < lines.lineCount; i++) {
    const line = lines.lines[i];
    const base = lines.offsets[i];
    const nextLine = lines.offsets[i + 1] ?? lines.text.length;
    if (fence) {
      if (closesFence(line, fence.marker)) {
        fence = null;
        keepFrom = nextLine;
      }
      continue;
    }
    if (!inComment) {
      const open = FENCE_OPEN.exec(line);
      // A backtick fence's info string cannot contain backticks (that is inline code).
      if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
        stop(base);
        fence = { marker: open[1], line: i, indent: /^ */.exec(line)![0] };
        continue;
      }
    }
    let column = 0;
    for (;;) {
      if (inComment) {
        const close = line.indexOf('-->', column);
        if (close < 0) break;
        column = close + 3;
        inComment = false;
        keepFrom = base + column;
      } else {
        const open = line.indexOf('<!--', column);
        if (open < 0) break;
        stop(base + open);
        column = open + 4;
        inComment = true;
        commentLine = i;
      }
    }
  }
  stop(lines.text.length);
  // A closing fence indented like its opener also closes one inside a list item.
  const unclosed = fence
    ? { line: fence.line, closer: fence.indent + fence.marker }
    : inComment
      ? { line: commentLine, closer: '-->' }
      : null;
  return { kept: out, unclosed };
}

/** A closing fence: up to 3 spaces, at least as many of the opener's character, then only spaces. */
function closesFence(line: string, marker: string): boolean {
  const trimmed = line.trimEnd();
  const indent = trimmed.length - trimmed.trimStart().length;
  if (indent > 3) return false;
  const run = trimmed.slice(indent);
  return run.length >= marker.length && [...run].every((c) => c === marker[0]);
}

/**
 * Where a rule reports something the document lacks: the text of the first
 * heading matching `heading` (the section where it belongs), else the title's
 * value, else the first line.
 */
export function anchorRange(doc: JdDocument, heading: RegExp): Range {
  const found = doc.headings.find((h) => heading.test(h.text));
  if (found) return found.textRange;
  return doc.frontMatter?.fields.get('title')?.valueRange ?? doc.lines.lineRange(0);
}
