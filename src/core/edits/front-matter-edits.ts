// Edits to the YAML front matter, shared by the rules' fixes and the editor:
// replace a field's value, rename a field, add a field, or add a whole front
// matter block. Each edit touches only the text it must, and new values are
// written so that YAML reads them back as the same string.
import { stringify } from 'yaml';
import type { FrontMatterField } from '../document/front-matter';
import type { JdDocument } from '../document/parse';
import type { Range, TextEdit } from '../types';

type QuoteStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';

/**
 * `value` as a one-line YAML scalar: in `style` when given (quoted styles
 * are always valid), otherwise plain when YAML would read it back as the same
 * string, and double-quoted when not (e.g. `123`, `a: b`, `#1`).
 */
export function yamlString(value: string, style: QuoteStyle = 'PLAIN'): string {
  // One line, never folded; a line break can only be written as "\n" inside double quotes.
  const type = /[\r\n]/.test(value) ? 'QUOTE_DOUBLE' : style;
  const written = stringify(value, { lineWidth: 0, defaultStringType: type }).trimEnd();
  // A plain "---" or "..." would end the document, so YAML writes it as a block scalar, over two lines.
  return written.includes('\n')
    ? stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE' }).trimEnd()
    : written;
}

/** The quoting style of a value as written in the source, so a replacement keeps it. */
function styleOf(source: string): QuoteStyle {
  if (source.startsWith('"')) return 'QUOTE_DOUBLE';
  if (source.startsWith("'")) return 'QUOTE_SINGLE';
  return 'PLAIN';
}

/**
 * Replaces the value of `field` with the string `value`, keeping its quotes.
 * An empty value (`title:`) gets the value after the colon; a block scalar
 * (`title: >` and indented lines) is replaced as a whole.
 */
export function replaceFieldValue(doc: JdDocument, field: FrontMatterField, value: string): TextEdit {
  const { lines } = doc;
  const start = lines.offsetAt(field.valueRange.start);
  let end = lines.offsetAt(field.valueRange.end);
  // Block scalars end after their last line break; keep the line break.
  while (end > start && (lines.text[end - 1] === '\n' || lines.text[end - 1] === '\r')) end--;
  const source = lines.text.slice(start, end);
  const range = lines.rangeOfOffsets(start, end);
  const written = yamlString(value, styleOf(source));
  // `title:` has nothing after the colon to replace: add a space too.
  const newText = source === '' && lines.text[start - 1] === ':' ? ` ${written}` : written;
  return { range, newText };
}

/** Renames a field, leaving its value alone. */
export function renameField(field: FrontMatterField, name: string): TextEdit {
  return { range: field.keyRange, newText: name };
}

/**
 * Adds `name: value` on a new line just before the closing `---`, or null when
 * that cannot be done safely: no front matter, never closed, not valid YAML,
 * or not written as plain `field: value` lines (e.g. a `{ … }` flow map).
 */
export function insertField(doc: JdDocument, name: string, value: string): TextEdit | null {
  const frontMatter = doc.frontMatter;
  if (!frontMatter || frontMatter.closingLine < 0 || frontMatter.problems.length > 0) return null;
  for (const field of frontMatter.fields.values()) if (field.keyRange.start.character !== 0) return null;
  const at = { line: frontMatter.closingLine, character: 0 };
  return { range: { start: at, end: at }, newText: `${name}: ${yamlString(value)}${doc.lines.eol}` };
}

/** Sets a field: replaces its value when present, else adds it (null when it cannot be added, see insertField). */
export function setField(doc: JdDocument, name: string, value: string): TextEdit | null {
  const field = doc.frontMatter?.fields.get(name);
  return field ? replaceFieldValue(doc, field, value) : insertField(doc, name, value);
}

/**
 * Adds a front matter block holding `fields` at the top of a document that has
 * none (after a byte-order mark, which must stay first).
 */
export function insertFrontMatter(doc: JdDocument, fields: Record<string, string>): TextEdit {
  const eol = doc.lines.eol;
  const lines = Object.entries(fields).map(([name, value]) => `${name}: ${yamlString(value)}${eol}`);
  const character = doc.lines.lines[0].startsWith('\uFEFF') ? 1 : 0;
  const range: Range = { start: { line: 0, character }, end: { line: 0, character } };
  return { range, newText: `---${eol}${lines.join('')}---${eol}` };
}
