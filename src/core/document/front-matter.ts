// YAML front matter between `---` fences at the top of a job description.
// Parsed with the `yaml` library so every key and value keeps its source range.
import { isAlias, isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import type { Fix, Range } from '../types';
import type { TextLines } from './text-lines';
import { explainUnresolvedAlias, explainYamlMistakes, likelyEnd } from './yaml-mistakes';

export interface FrontMatterField {
  key: string;
  /** The value as plain data (aliases expanded within a bound), or undefined when it cannot be converted. */
  value: unknown;
  keyRange: Range;
  /** Range of the value; for an empty value, the empty range after the colon. */
  valueRange: Range;
}

export interface FrontMatterProblem {
  message: string;
  range: Range;
  /** Where the intent is clear, e.g. a field name without its colon. */
  fix?: Fix;
}

/** A document's front matter. Shared between parses of documents with the same front matter (see parseFrontMatter): never modified. */
export interface FrontMatter {
  /** From the opening fence to the closing fence (or the end of the text when unclosed). */
  range: Range;
  openingLine: number;
  /** Line of the closing fence, or -1 when the block is never closed. */
  closingLine: number;
  /** Fields in source order, keyed by name (a Map, so a key such as `__proto__` is only a name). */
  fields: Map<string, FrontMatterField>;
  problems: FrontMatterProblem[];
}

/** Aliases may expand to at most this many nodes per value: stops "billion laughs" documents. */
const MAX_ALIAS_COUNT = 100;
/** Front matter beyond this size is not parsed: real front matter is a few hundred bytes. */
const MAX_FRONT_MATTER_CHARS = 64 * 1024;

/**
 * Closed front matter parsed lately, by its text from the opening fence to
 * the closing one, which is all its parse depends on: the editor parses a
 * document on every keystroke, nearly always with the front matter it had,
 * and the yaml library takes about a third of a parse. A few, for the
 * documents open at once.
 */
const recent = new Map<string, FrontMatter>();
const RECENT_LIMIT = 8;

const FENCE = /^---\s*$/;
const CLOSING_FENCE = /^(---|\.\.\.)\s*$/;

/** Finds and parses front matter; returns null when the document does not start with a `---` fence. */
export function parseFrontMatter(lines: TextLines): FrontMatter | null {
  // A byte-order mark before the fence is invisible to the user, so allow it.
  const first = lines.lines[0].replace(/^\uFEFF/, '');
  if (!FENCE.test(first)) return null;

  let closingLine = -1;
  for (let i = 1; i < lines.lineCount; i++) {
    if (CLOSING_FENCE.test(lines.lines[i])) {
      closingLine = i;
      break;
    }
  }
  const lastLine = closingLine >= 0 ? closingLine : lines.lineCount - 1;
  const end = lines.offsets[lastLine] + lines.lines[lastLine].length;
  // Unclosed, the problem reported depends on the lines after it (likelyEnd); too large, it is not read.
  if (closingLine < 0 || end > MAX_FRONT_MATTER_CHARS) return parseBlock(lines, closingLine, lastLine);
  // A copy, made by joining, so that the key does not keep the whole document alive as a slice of it would.
  const key = `\n${lines.text.slice(0, end)}`;
  let frontMatter = recent.get(key);
  if (frontMatter) recent.delete(key);
  else {
    frontMatter = parseBlock(lines, closingLine, lastLine);
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  }
  // The latest last: the first entry is the one used longest ago.
  recent.set(key, frontMatter);
  return frontMatter;
}

/** The front matter from line 0 to `lastLine`, closed on `closingLine` (−1: never). */
function parseBlock(lines: TextLines, closingLine: number, lastLine: number): FrontMatter {
  const frontMatter: FrontMatter = {
    range: { start: { line: 0, character: 0 }, end: { line: lastLine, character: lines.lines[lastLine].length } },
    openingLine: 0,
    closingLine,
    fields: new Map(),
    problems: [],
  };
  if (closingLine < 0) {
    const message =
      'The front matter opened with "---" on line 1 is never closed: add a line "---" after the last field.';
    // Where the fields show where the closing fence belongs, the problem is reported there, with a fix.
    const end = likelyEnd(lines);
    if (end === null) frontMatter.problems.push({ message, range: lines.lineRange(0) });
    else {
      const at = lines.lineRange(end).end;
      const fix = {
        title: `Add "---" after line ${end + 1}`,
        edits: [{ range: { start: at, end: at }, newText: `${lines.eol}---` }],
      };
      frontMatter.problems.push({ message, range: lines.lineRange(end), fix });
    }
    return frontMatter;
  }

  const contentStart = lines.offsets[1] ?? lines.text.length;
  const contentEnd = lines.offsets[closingLine];
  if (contentEnd - contentStart > MAX_FRONT_MATTER_CHARS) {
    frontMatter.problems.push({
      message: `The front matter is over ${MAX_FRONT_MATTER_CHARS / 1024} KB, so it was not read. Keep only the job's fields there.`,
      range: lines.lineRange(0),
    });
    return frontMatter;
  }
  // The yaml library does not take a lone CR (old Mac files) as a line break; a
  // line feed in its place keeps every offset the same.
  const source = lines.text.slice(contentStart, contentEnd).replace(/\r(?!\n)/g, '\n');
  const toRange = (start: number, end: number): Range => lines.rangeOfOffsets(contentStart + start, contentStart + end);

  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false, strict: true });
  const contents = doc.contents;
  const empty = contents === null || (isScalar(contents) && contents.value === null);
  if (doc.errors.length > 0 || (!empty && !isMap(contents))) {
    // Plain words for the common mistakes; the YAML library's messages for the rest.
    const explained = explainYamlMistakes(lines, 1, closingLine);
    if (explained.length > 0) frontMatter.problems.push(...explained);
    else if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const range = toRange(error.pos[0], Math.max(error.pos[1], error.pos[0]));
        frontMatter.problems.push({ message: yamlErrorMessage(lines, range, error), range });
      }
    } else {
      const [start, end] = (contents as YamlNode).range ?? [0, source.length];
      frontMatter.problems.push({
        message: 'The front matter must be a list of "field: value" lines.',
        range: toRange(start, end),
      });
    }
    return frontMatter;
  }
  if (!isMap(contents)) return frontMatter;

  for (const pair of contents.items) {
    const keyNode = pair.key as YamlNode | null;
    const keyRange = keyNode?.range ? toRange(keyNode.range[0], keyNode.range[1]) : frontMatter.range;
    if (!isScalar(keyNode) || typeof keyNode.value !== 'string') {
      frontMatter.problems.push({
        message: 'Front matter field names must be plain words such as "title".',
        range: keyRange,
      });
      continue;
    }
    const valueNode = pair.value as YamlNode | null;
    const valueRange = valueNode?.range
      ? toRange(valueNode.range[0], valueNode.range[1])
      : { start: keyRange.end, end: keyRange.end };
    let value: unknown;
    try {
      value = valueNode ? valueNode.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) : null;
    } catch {
      const unresolved =
        isAlias(valueNode) && valueNode.resolve(doc) === undefined
          ? explainUnresolvedAlias(lines, keyRange.start.line)
          : null;
      frontMatter.problems.push(
        unresolved ?? {
          message: `The value of "${keyNode.value}" uses too many YAML aliases to be read safely.`,
          range: valueRange,
        },
      );
      continue;
    }
    frontMatter.fields.set(keyNode.value, { key: keyNode.value, value, keyRange, valueRange });
  }
  return frontMatter;
}

/** The YAML library's message with the line it is on, or plain words for a field given twice. */
function yamlErrorMessage(lines: TextLines, range: Range, error: { code: string; message: string }): string {
  const where = `Line ${range.start.line + 1}`;
  const key = /^([^:]+?)\s*:/.exec(lines.lines[range.start.line].slice(range.start.character))?.[1];
  if (error.code === 'DUPLICATE_KEY' && key) return `${where}: the field "${key}" is given twice. Keep one of them.`;
  return `${where}: the front matter is not valid YAML: ${error.message.split('\n', 1)[0]}`;
}
