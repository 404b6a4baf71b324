// Recognising the post's details in an imported document: "Label: value"
// lines, key facts between bars ("£25,500 per annum | Permanent", some cells
// perhaps names known by neither label nor value) and two- or
// four-column details tables, with the labels employers use
// ("Responsible to", "Band") mapped to jdkit's front-matter fields
// (FieldSpec.labels in core/fields.ts).
import { FIELD_SPECS } from '../core/fields';
import type { Inline } from './blocks';

const FIELD_BY_LABEL = new Map(
  FIELD_SPECS.flatMap((spec) => (spec.labels ?? []).map((label) => [label, spec.name] as const)),
);

/** A label as written, compared without case, punctuation or extra spaces: "Responsible To:" → "responsible to". */
export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[:*.]+$/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The front-matter field a label names, or null. */
export function fieldForLabel(label: string): string | null {
  return FIELD_BY_LABEL.get(normaliseLabel(label)) ?? null;
}

export interface Detail {
  /** Empty for text among the details that has no label (detailsTable). */
  label: string;
  value: Inline;
}

const LABEL_LINE = /^([\p{L}][\p{L}\p{N} '’/&()-]{0,40}?)\s*[:–—]\s+(\S.*)$/u;

/** "Salary: £28,000" → label and value; null for anything else. Labels are short and start with a letter. */
function labelLine(line: Inline): Detail | null {
  const match = LABEL_LINE.exec(line.plain);
  if (!match || match[1].split(/\s+/).length > 6) return null;
  const colon = line.text.search(/[:–—]/);
  // Keep the value's Markdown (bold, links) where the label's text ends cleanly before the colon.
  const rest = line.text
    .slice(colon + 1)
    .replace(/^\**\s*/, '')
    .trim();
  const value = { text: rest && !rest.startsWith('*') ? rest : match[2], plain: match[2].trim(), bold: false };
  return { label: match[1].trim(), value };
}

/**
 * The details of a line: "Salary: £28,000", several separated by tabs as
 * Word documents lay them out ("Job title:<tab>Recovery worker<tab>Band:<tab>4"),
 * or key facts between bars (barDetails); null when the line is not made of details.
 */
export function labelDetails(line: Inline): Detail[] | null {
  const bars = barDetails(line.plain);
  if (bars) return bars;
  const segments = line.plain
    .split(/\t+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (segments.length < 2) {
    const single = labelLine(line);
    return single ? [single] : null;
  }
  const details: Detail[] = [];
  for (let i = 0; i < segments.length; i++) {
    const whole = labelledSegment(segments[i]);
    const label = whole ? null : /^([\p{L}][\p{L}\p{N} '’/&()-]{0,40}?)\s*[:–—]$/u.exec(segments[i]);
    if (whole) details.push(whole);
    else if (label && i + 1 < segments.length) details.push(plainDetail(label[1], segments[++i]));
    else return null;
  }
  return details;
}

/** "Ref: 215-DDN", a labelled detail within a line; null for anything else. */
function labelledSegment(segment: string): Detail | null {
  const match = LABEL_LINE.exec(segment);
  return match && match[1].split(/\s+/).length <= 6 ? plainDetail(match[1], match[2]) : null;
}

/**
 * Facts adverts give without a label, known by their value, with the label
 * each stands for; a `value` group is the value without its words of label
 * ("Based at Kingsway Clinic").
 */
const UNLABELLED: readonly (readonly [RegExp, string])[] = [
  [/^£\s?\d/, 'Salary'],
  [/^(?:agenda for change |afc )?(?:band|grade)\s+\S+(?:\s+\(?(?:or )?equivalent\)?)?$/i, 'Band'],
  [/^(?:full[ -]time|part[ -]time|\d+(?:\.\d+)?\s*(?:hours|hrs)\b)/i, 'Hours'],
  [/^(?:permanent|fixed[ -]term|temporary|secondment)\b/i, 'Contract'],
  [/^based (?:at|in)\s+(?<value>\S.*)$/i, 'Location'],
];

/** A fact known by its value ("£25,500 per annum" is the salary), or null. */
function unlabelledSegment(segment: string): Detail | null {
  for (const [pattern, label] of UNLABELLED) {
    const match = pattern.exec(segment);
    if (match) return plainDetail(label, match.groups?.value ?? segment);
  }
  return null;
}

/**
 * The fields whose label may stand without a colon in a cell of key facts:
 * places and references, whatever follows ("Location Leeds", "Ref HK-12"),
 * and amounts, dates and terms, whose value must then start with a digit or
 * "£" or be known by itself ("Salary £28,000", "Hours 37.5", "Contract
 * Permanent"). Not the names of people, teams or posts: "Team Leader" and
 * "Contract Manager" between bars are names.
 */
const ANY_VALUE_FIELDS = new Set(['location', 'reference']);
const FACT_FIELDS = new Set([
  'salary',
  'grade',
  'hours',
  'contract',
  'caseload',
  'closing_date',
  'interview_date',
  'start_date',
]);

/** Those fields' labels, longest first, then the value: "Closing date 30 June" is not read as "Closing". */
const BARE_LABEL = new RegExp(
  `^(${FIELD_SPECS.filter((spec) => ANY_VALUE_FIELDS.has(spec.name) || FACT_FIELDS.has(spec.name))
    .flatMap((spec) => spec.labels ?? [])
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s+(\\S.*)$`,
  'i',
);

/** A cell of key facts that is a label then its value, without a colon ("Salary £28,000"); null for anything else. */
function bareLabelSegment(segment: string): Detail | null {
  const match = BARE_LABEL.exec(segment);
  if (!match) return null;
  const [, label, value] = match;
  const anyValue = ANY_VALUE_FIELDS.has(fieldForLabel(label)!);
  return anyValue || /^[£\d]/.test(value) || unlabelledSegment(value) ? plainDetail(label, value) : null;
}

/**
 * Key facts on one line between bars, as adverts give them ("Band 6 |
 * £33,706 – £40,588 | Permanent | Ref: 215-DDN"): each labelled, with a colon
 * or without (bareLabelSegment), or known by its value. Null unless every one
 * is (barCells has the others).
 */
function barDetails(plain: string): Detail[] | null {
  const cells = barCells(plain);
  return cells?.every((c): c is Detail => typeof c !== 'string') ? cells : null;
}

/**
 * The cells of a line of key facts between bars, in order: a detail for each
 * labelled or known by its value, the text of the others ("Humankind | Ashby
 * Recovery Service | £31,000 – £33,500 | Permanent": two names, then details).
 * Null unless at least two are details, so that a line of text with a bar in
 * it is not taken for one.
 */
export function barCells(plain: string): (Detail | string)[] | null {
  const segments = plain.split(/\s+\|\s+/).map((s) => s.trim());
  if (segments.length < 2) return null;
  const cells = segments.map((s) => labelledSegment(s) ?? unlabelledSegment(s) ?? bareLabelSegment(s) ?? s);
  return cells.filter((c) => typeof c !== 'string').length >= 2 ? cells : null;
}

function plainDetail(label: string, value: string): Detail {
  const text = value.trim();
  return { label: label.trim(), value: { text, plain: text, bold: false } };
}

/**
 * The details of a table whose rows are label/value pairs (two columns, or
 * four: label, value, label, value), or null when it is not such a table: at
 * least two labels must name known fields, and most rows must be pairs. Text
 * that is no pair (a note merged across the row, a value under an empty
 * label) is a detail with no label, so that it stays in the body; a label
 * with no value is a blank form field ("Interview date | "), and goes. A
 * first row of field labels only ("Job title | Salary | Hours | Location")
 * heads the columns of a table laid out across: with one row of values under
 * it, each column is a detail; with more, it is no details table.
 */
export function detailsTable(table: { rows: readonly Inline[][][]; header: boolean }): Detail[] | null {
  const [first, ...below] = table.rows;
  if (first !== undefined && namesFieldsOnly(first)) return below.length === 1 ? columnDetails(first, below[0]) : null;
  // A header row is column headings ("About the post | Details") unless it reads as details: Word repeats
  // marked rows on each page, and documents mark their first row of details ("Salary | £31,000") too.
  const rows = table.header && !readsAsDetails(table.rows[0]) ? table.rows.slice(1) : table.rows;
  if (rows.length === 0) return null;
  const width = Math.max(...rows.map((r) => r.length));
  if (width !== 2 && width !== 4) return null;
  const details: Detail[] = [];
  let pairs = 0;
  for (const row of rows) {
    for (let c = 0; c < row.length; c += 2) {
      const label = joinLines(row[c]);
      const value = joinLines(row[c + 1] ?? []);
      if (label.plain) pairs++;
      if (label.plain && value.plain) details.push({ label: label.plain.replace(/[:\s]+$/, ''), value });
      else if (value.plain || (label.plain && !(c + 1 < row.length && readsAsLabel(label.plain))))
        details.push({ label: '', value: label.plain ? label : value });
    }
  }
  const known = details.filter((d) => fieldForLabel(d.label) !== null).length;
  return known >= 2 && known * 2 >= pairs ? details : null;
}

/** Whether every cell of a row (two or more) is a label naming a field: the column headings of a table laid out across. */
function namesFieldsOnly(row: readonly Inline[][]): boolean {
  return row.length >= 2 && row.every((cell) => fieldForLabel(joinLines(cell).plain) !== null);
}

/** The details of a table laid out across: each heading (namesFieldsOnly) with the value under it. */
function columnDetails(labels: readonly Inline[][], values: readonly Inline[][]): Detail[] {
  return labels.flatMap((cell, c) => {
    const value = joinLines(values[c] ?? []);
    return value.plain ? [{ label: joinLines(cell).plain.replace(/[:\s]+$/, ''), value }] : [];
  });
}

/**
 * Whether the text of a cell with an empty cell beside it reads as a label (a blank form field, "Interview
 * date"): one naming a field, ending in a colon, or a few words that end no sentence; else it is a note.
 */
function readsAsLabel(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return fieldForLabel(text) !== null || /:\s*$/.test(text) || (words.length <= 6 && !/[.!?]$/.test(text.trim()));
}

/** The heading of a details table's column of values ("Post | Description" heads the columns, it names no post). */
const VALUE_COLUMN = /^(?:details?|description|information|values?|particulars)$/i;

/** Whether a row of a details table has a label naming a field (in its first or third column) beside a value. */
function readsAsDetails(row: readonly Inline[][]): boolean {
  return row.some(
    (cell, c) =>
      c % 2 === 0 &&
      fieldForLabel(joinLines(cell).plain) !== null &&
      !VALUE_COLUMN.test(joinLines(row[c + 1] ?? []).plain.trim()),
  );
}

/** A cell's lines as one text. */
export function joinLines(lines: readonly Inline[]): Inline {
  return {
    text: lines.map((l) => l.text).join('; '),
    plain: lines.map((l) => l.plain).join('; '),
    bold: lines.length > 0 && lines.every((l) => l.bold),
  };
}
