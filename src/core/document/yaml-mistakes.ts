// Plain-English explanations of the YAML mistakes people make in front
// matter, with a fix where the intent is clear. The YAML library's messages
// ("Implicit keys need to be on a single line") mean little to an HR reader
// and often point past the mistake, so the front matter is read as entries:
// a line that starts a field (no indentation) and the indented lines after
// it. An entry that does not read as "field: value" on its own holds a
// mistake; the first explanation below that fits it gives the message, and a
// fix is offered only when the entry then reads as fields, so a fix never
// leaves its entry broken.
import { isMap, isScalar, parseDocument } from 'yaml';
import { yamlString } from '../edits/front-matter-edits';
import { FIELD_SPECS } from '../fields';
import { lazily } from '../lazy';
import type { Fix, TextEdit } from '../types';
import type { FrontMatterProblem } from './front-matter';
import type { TextLines } from './text-lines';

/** Entries read on their own, at most: real front matter has a few dozen; a mistake past these keeps the YAML library's message. */
const MAX_ENTRIES = 200;
/** Characters of a suggested line quoted in a message before it is cut short. */
const MAX_SHOWN = 60;
/** YAML indicators a plain value cannot start with, that people do start values with ("@name", "[draft]", "*new*"). */
const RESERVED_START = new Set(['@', '`', '%', '|', '>', '[', '{', '*']);

/** Lines [first, end) of the front matter: a line starting a field and the indented, blank and comment lines after it. */
interface Entry {
  first: number;
  end: number;
}

/** What is wrong with an entry, on `line`, and the whole-line replacements that fix it. */
interface Explanation {
  line: number;
  message: string;
  fix?: { title: string; replace: Map<number, string> };
}

/**
 * Known field names at the start of a line, longest first, written in any case and with a space, hyphen or nothing for
 * "_" ("Closing date"). Built on first use: only front matter with a mistake needs them, and constructing these
 * case-insensitive Unicode patterns takes about 2 ms, on every start.
 */
const fieldsAtStart = lazily(() =>
  [...FIELD_SPECS]
    .map((f) => f.name)
    .sort((a, b) => b.length - a.length)
    .map((name) => ({ name, pattern: new RegExp(`^${name.split('_').join('[ _-]?')}(?![\\p{L}\\p{N}_-])`, 'iu') })),
);
const KNOWN_FIELD = new Set(FIELD_SPECS.map((f) => f.name));
/** `key: value` on one line, with the key plain words. */
const KEY_VALUE = /^([\p{L}\p{N}_][^:]*?):([ \t]+)(\S.*?)[ \t]*$/u;

/**
 * Explanations of the entries in front matter lines [from, to) that do not
 * read as fields on their own, in line order. Empty when none fits: the
 * caller then keeps the YAML library's messages.
 */
export function explainYamlMistakes(lines: TextLines, from: number, to: number): FrontMatterProblem[] {
  const problems: FrontMatterProblem[] = [];
  let explainedWithoutFix = false;
  const all = entries(lines, from, to);
  for (const entry of all.slice(0, MAX_ENTRIES)) {
    // An indented first field reads well alone, but not with the unindented fields after it.
    const misaligned = all.length > 1 && /^\s/.test(lines.lines[entry.first]);
    if (!misaligned && readsAsFields(entryText(lines, entry))) continue;
    const explanation = explain(lines, entry, to);
    // One unfixable line is explained; more are often prose between "---" lines, not fields.
    if (!explanation || (!explanation.fix && explainedWithoutFix)) continue;
    explainedWithoutFix ||= !explanation.fix;
    problems.push({
      message: explanation.message,
      range: lines.lineRange(explanation.line),
      ...(explanation.fix ? { fix: toFix(lines, explanation.fix) } : {}),
    });
  }
  return problems;
}

function entries(lines: TextLines, from: number, to: number): Entry[] {
  const out: Entry[] = [];
  for (let line = from; line < to; line++) {
    const text = lines.lines[line];
    const continues = text.trim() === '' || /^[ \t]/.test(text) || text.startsWith('#');
    if (continues && out.length > 0) out[out.length - 1].end = line + 1;
    else if (text.trim() !== '' && !text.startsWith('#')) out.push({ first: line, end: line + 1 });
  }
  return out;
}

function entryText(lines: TextLines, entry: Entry, replace?: Map<number, string>): string {
  const out: string[] = [];
  for (let line = entry.first; line < entry.end; line++) out.push(replace?.get(line) ?? lines.lines[line]);
  return out.join('\n');
}

/** The text reads as YAML fields: no errors, and a map with plain keys. */
function readsAsFields(text: string): boolean {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  return (
    doc.errors.length === 0 &&
    isMap(doc.contents) &&
    doc.contents.items.every((pair) => isScalar(pair.key) && typeof pair.key.value === 'string')
  );
}

/** The first explanation that fits the entry; one with a fix only when the fixed entry reads as fields. */
function explain(lines: TextLines, entry: Entry, to: number): Explanation | null {
  const candidates = [indentedField, tabs, listDash, missingColon, unclosedQuote, valueNeedsQuotes];
  for (const candidate of candidates) {
    const explanation = candidate(lines, entry, to);
    if (explanation?.fix && readsAsFields(entryText(lines, entry, explanation.fix.replace))) return explanation;
  }
  return noColon(lines, entry);
}

/** `Line 3` for a 0-based line. */
function lineName(line: number): string {
  return `Line ${line + 1}`;
}

/** A suggested line as a message shows it. */
function shown(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** `  role: nurse` under another field: YAML reads an indented line as part of the field above (or, first, as the start of a nested block). */
function indentedField(lines: TextLines, entry: Entry): Explanation | null {
  const replace = new Map<number, string>();
  for (let line = entry.first; line < entry.end; line++) {
    const match = /^[ \t]+(([^\s:]+):(?:\s|$).*)$/.exec(lines.lines[line]);
    if (match && KNOWN_FIELD.has(match[2])) replace.set(line, match[1]);
  }
  const [first] = replace.keys();
  if (first === undefined) return null;
  const name = /^[ \t]*([^\s:]+)/.exec(lines.lines[first])![1];
  const message = /^ *\t/.test(lines.lines[first])
    ? `${lineName(first)} starts with a tab, which YAML does not allow: start the field "${name}" at the beginning of the line.`
    : `${lineName(first)}: the field "${name}" is indented, so YAML does not read it as a field of its own. Start it at the beginning of the line.`;
  return { line: first, message, fix: { title: 'Remove the indentation', replace } };
}

/** A tab in a line's indentation, which YAML does not allow. */
function tabs(lines: TextLines, entry: Entry): Explanation | null {
  const replace = new Map<number, string>();
  for (let line = entry.first; line < entry.end; line++) {
    const text = lines.lines[line];
    const indent = /^[ \t]*/.exec(text)![0];
    if (indent.includes('\t')) replace.set(line, indent.replace(/\t/g, '  ') + text.slice(indent.length));
  }
  const [first] = replace.keys();
  if (first === undefined) return null;
  return {
    line: first,
    message: `${lineName(first)} is indented with a tab, which YAML does not allow: use spaces.`,
    fix: { title: 'Replace the tabs with spaces', replace },
  };
}

/** `- role: nurse`: a dash makes a list item, not a field. */
function listDash(lines: TextLines, entry: Entry): Explanation | null {
  const match = /^-[ \t]+(([^\s:]+):(?:\s|$).*)$/.exec(lines.lines[entry.first]);
  if (!match || !KNOWN_FIELD.has(match[2])) return null;
  return {
    line: entry.first,
    message: `${lineName(entry.first)} starts with "- ", which makes a list item, not a field: ${shown(match[1])}`,
    fix: { title: 'Remove the dash', replace: new Map([[entry.first, match[1]]]) },
  };
}

/** `salary £30,000`, `Closing date 9 May`, `title:Nurse`: a known field name without its colon, or without a space after it. */
function missingColon(lines: TextLines, entry: Entry): Explanation | null {
  const text = lines.lines[entry.first];
  const field = fieldsAtStart().find((f) => f.pattern.test(text));
  if (!field) return null;
  const written = field.pattern.exec(text)![0];
  const rest = text.slice(written.length);
  if (/^\s*:(?:\s|$)/.test(rest)) return null; // the colon is there
  const separator = /^(?::|\s*[=;]\s*|\s+[-–]\s+|\s+)/.exec(rest);
  const value = separator ? rest.slice(separator[0].length).trim() : '';
  if (!value) return null;
  // The value as written, or in quotes when it would not read back as written (e.g. it holds ": "),
  // unless it has quotes of its own, which would then be part of the value.
  const plain = `${field.name}: ${value}`;
  if (!readsAsFields(plain) && /^["']/.test(value)) return null;
  const fixed = readsAsFields(plain) ? plain : `${field.name}: ${yamlString(value, 'QUOTE_DOUBLE')}`;
  const where = lineName(entry.first);
  const replace = new Map([[entry.first, fixed]]);
  if (rest.startsWith(':'))
    return {
      line: entry.first,
      message: `${where}: "${field.name}" needs a space after its colon: ${shown(fixed)}`,
      fix: { title: 'Add a space after the colon', replace },
    };
  if (written.toLowerCase() === field.name)
    return {
      line: entry.first,
      message: `${where}: "${field.name}" needs a colon after it: ${shown(fixed)}`,
      fix: { title: 'Add the colon', replace },
    };
  return {
    line: entry.first,
    message: `${where}: "${written}" should be the field "${field.name}", with a colon after it: ${shown(fixed)}`,
    fix: { title: `Change to "${field.name}:"`, replace },
  };
}

/** `title: "Nurse`: a quote opened and never closed (on this line or the next). */
function unclosedQuote(lines: TextLines, entry: Entry, to: number): Explanation | null {
  const text = lines.lines[entry.first];
  const match = KEY_VALUE.exec(text);
  const quote = match?.[3][0];
  if (!match || (quote !== '"' && quote !== "'")) return null;
  const value = match[3];
  const inside = quote === '"' ? value.slice(1).replace(/\\./g, '') : value.slice(1);
  // A quote closed on a later line is a value spread over lines, not a forgotten quote.
  const next = entry.first + 1 < to ? lines.lines[entry.first + 1] : '';
  if (inside.includes(quote) || next.includes(quote)) return null;
  const fixed = `${text.trimEnd()}${quote}`;
  return {
    line: entry.first,
    message: `${lineName(entry.first)}: the value of "${match[1]}" opens a quote that is never closed: ${shown(fixed)}`,
    fix: { title: 'Close the quote', replace: new Map([[entry.first, fixed]]) },
  };
}

/** `title: Nurse: Band 6`, `title: @nurse`: a second colon, or a first character YAML reserves, needs quotes. */
function valueNeedsQuotes(lines: TextLines, entry: Entry): Explanation | null {
  const text = lines.lines[entry.first];
  const match = KEY_VALUE.exec(text);
  if (!match) return null;
  const [, key, space, value] = match;
  if (value[0] === '"' || value[0] === "'") return null; // quoted already: not a mistake this explains
  let reason: string;
  if (RESERVED_START.has(value[0])) {
    reason =
      value[0] === '*'
        ? 'starts with "*", which YAML reads as a reference to another value'
        : `starts with "${value[0]}", which YAML reserves`;
  } else if (/:(?:\s|$)/.test(value)) reason = 'has a second colon';
  else return null;
  const fixed = `${key}:${space}${yamlString(value, 'QUOTE_DOUBLE')}`;
  return {
    line: entry.first,
    message: `${lineName(entry.first)}: the value of "${key}" ${reason}, so it needs quotes: ${shown(fixed)}`,
    fix: { title: 'Put the value in quotes', replace: new Map([[entry.first, fixed]]) },
  };
}

/** `titel Nurse`: no colon at all, and no known field name to put one after. */
function noColon(lines: TextLines, entry: Entry): Explanation | null {
  const text = lines.lines[entry.first];
  if (text.includes(':') || /^[-#'"[{]/.test(text)) return null;
  return {
    line: entry.first,
    message: `${lineName(entry.first)} has no colon: write each field as its name, a colon and the value, such as "title: Drug and alcohol worker".`,
  };
}

/**
 * Where front matter that is never closed most likely ends: after the
 * "field: value" lines (and their indented continuations) that follow the
 * opening fence. Null when the first line is no field or those lines do not
 * read as fields.
 */
export function likelyEnd(lines: TextLines): number | null {
  let last = 0;
  for (let line = 1; line < lines.lineCount; line++) {
    const text = lines.lines[line];
    if (/^[\p{L}\p{N}_][^:]*:(?:\s|$)/u.test(text) || (last > 0 && /^[ \t]+\S/.test(text))) last = line;
    else break;
  }
  return last > 0 && readsAsFields(entryText(lines, { first: 1, end: last + 1 })) ? last : null;
}

/**
 * `title: *Nurse`, which YAML reads as a reference to a value named "Nurse"
 * that is not there: the value needs quotes. Null when the line is not such a field.
 */
export function explainUnresolvedAlias(lines: TextLines, line: number): FrontMatterProblem | null {
  const entry = { first: line, end: line + 1 };
  const explanation = valueNeedsQuotes(lines, entry);
  if (!explanation?.fix || !readsAsFields(entryText(lines, entry, explanation.fix.replace))) return null;
  return { message: explanation.message, range: lines.lineRange(line), fix: toFix(lines, explanation.fix) };
}

/** The fix as edits: each replaced line changes only between the first and last character that differ. */
function toFix(lines: TextLines, fix: NonNullable<Explanation['fix']>): Fix {
  const edits: TextEdit[] = [];
  for (const [line, newText] of fix.replace) {
    const old = lines.lines[line];
    let start = 0;
    while (start < old.length && start < newText.length && old[start] === newText[start]) start++;
    let end = 0;
    while (
      end < old.length - start &&
      end < newText.length - start &&
      old[old.length - 1 - end] === newText[newText.length - 1 - end]
    )
      end++;
    // Never split a surrogate pair.
    if (start > 0 && /[\uD800-\uDBFF]/.test(old[start - 1])) start--;
    if (end > 0 && /[\uDC00-\uDFFF]/.test(old[old.length - end])) end--;
    edits.push({
      range: { start: { line, character: start }, end: { line, character: old.length - end } },
      newText: newText.slice(start, newText.length - end),
    });
  }
  return { title: fix.title, edits };
}
