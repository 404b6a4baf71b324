// What is under the cursor in a job description, for the editor features
// (completion and hover): a front-matter line, a capability bullet line, the
// `###` domain the cursor sits in. Lines being typed are often not valid YAML
// or not yet list items, so these read the line text rather than the parse.
import type { JdDocument } from './document/parse';
import type { Domain } from './framework/schema';
import type { Attribution, BulletMatch } from './match/matcher';
import { normalisedKey } from './match/normalise';
import type { Position, Range } from './types';

export interface FrontMatterLine {
  line: number;
  /** The field name at the start of the line, if the line has `name:`. */
  key: string | null;
  /** Column of the colon after the key, or -1. */
  colon: number;
  /** The name being typed before any colon: from column 0 to the end of the word. */
  keyRange: Range;
  /** After the colon and any spaces, to the end of the line's text. */
  valueRange: Range;
}

const FIELD_LINE = /^([A-Za-z_][\w-]*)[ \t]*:/;
const KEY_PREFIX = /^[\w-]*/;

/** The front-matter line at `position`, or null when the position is not between the fences. */
export function frontMatterLineAt(doc: JdDocument, position: Position): FrontMatterLine | null {
  const fm = doc.frontMatter;
  const line = position.line;
  if (!fm || line <= fm.openingLine || (fm.closingLine >= 0 && line >= fm.closingLine) || line >= doc.lines.lineCount)
    return null;
  const text = doc.lines.lines[line];
  const field = FIELD_LINE.exec(text);
  const colon = field ? field[0].length - 1 : -1;
  const keyEnd = field ? field[1].length : KEY_PREFIX.exec(text)![0].length;
  let valueStart = colon + 1;
  while (field && (text[valueStart] === ' ' || text[valueStart] === '\t')) valueStart++;
  const valueEnd = Math.max(valueStart, text.trimEnd().length);
  return {
    line,
    key: field ? field[1] : null,
    colon,
    keyRange: { start: { line, character: 0 }, end: { line, character: keyEnd } },
    valueRange: field
      ? { start: { line, character: valueStart }, end: { line, character: valueEnd } }
      : { start: position, end: position },
  };
}

/** Field names written in the front matter, read from the lines so that it works while the YAML is half typed. */
export function frontMatterKeys(doc: JdDocument): Set<string> {
  const keys = new Set<string>();
  const fm = doc.frontMatter;
  if (!fm) return keys;
  const last = fm.closingLine >= 0 ? fm.closingLine : doc.lines.lineCount;
  for (let line = fm.openingLine + 1; line < last; line++) {
    const field = FIELD_LINE.exec(doc.lines.lines[line]);
    if (field) keys.add(field[1]);
  }
  return keys;
}

export interface BulletLine {
  line: number;
  /** From after the list marker (and its spaces) to the end of the line. */
  contentRange: Range;
  content: string;
}

/** A list marker followed by a space or the end of the line (an empty `- ` item being typed). */
const BULLET_MARKER = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;

/** The bullet line of the Capabilities section at `position`, or null. Only the line itself: a wrapped bullet's later lines are not offered. */
export function capabilityBulletLineAt(doc: JdDocument, position: Position): BulletLine | null {
  const section = doc.capabilities;
  const line = position.line;
  if (!section || line < section.startLine || line >= section.endLine) return null;
  const text = doc.lines.lines[line];
  const marker = BULLET_MARKER.exec(text);
  if (!marker || position.character < marker[0].length) return null;
  const end = text.length;
  return {
    line,
    contentRange: { start: { line, character: marker[0].length }, end: { line, character: end } },
    content: text.slice(marker[0].length),
  };
}

/** The domain a `###` heading names: the longest domain name found in it as whole words ("### 2. Application of knowledge"). */
export function domainOfHeading(heading: string, domains: readonly Domain[]): Domain | null {
  const key = ` ${normalisedKey(heading)} `;
  let best: Domain | null = null;
  for (const domain of domains) {
    const name = normalisedKey(domain.name);
    if (key.includes(` ${name} `) && (!best || name.length > normalisedKey(best.name).length)) best = domain;
  }
  return best;
}

/** The `###` heading text above `line` inside the Capabilities section, if any. */
export function groupHeadingAt(doc: JdDocument, line: number): string | null {
  const groups = doc.capabilities?.groups ?? [];
  let text: string | null = null;
  for (const group of groups) if (group.line < line) text = group.text;
  return text;
}

/** The statement a bullet is attributed to: one of the document's role (and base roles) when it has one, else the best overall. */
export function attributionOf(match: BulletMatch): Attribution | null {
  return match.own ?? match.best;
}

/** Whether a position lies within a range (ends inclusive, as a cursor at the end of a word is still on it). */
export function rangeContains(range: Range, position: Position): boolean {
  const afterStart =
    position.line > range.start.line ||
    (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd =
    position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}
