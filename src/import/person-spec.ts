// Person-specification tables in the layouts Word job descriptions use:
//   A. Category | Essential | Desirable, the criteria written in the last two;
//   B. (Category |) Criterion | Essential | Desirable, with ticks or crosses;
//   C. (Category |) Criterion | E/D (| How assessed), one criterion a row.
// Each becomes essential and desirable criteria, kept apart, by category. The
// category and criterion columns are told apart by their headings ("Attribute",
// "Area" against "Criteria") where they have them, else by their place.
import { withAssessment } from '../core/text/how-assessed';
import type { Inline } from './blocks';
import { joinLines } from './details';

export interface Criteria {
  /** Category ("Qualifications"), or '' when the table has none. */
  category: string;
  essential: Inline[];
  desirable: Inline[];
}

const ESSENTIAL = /^(essential\b|e$)/i;
const DESIRABLE = /^(desirable\b|d$)/i;
const ASSESSED_COLUMN = /(how|method of|means of) assess|assessed by|^assessment$|evidenced? by/i;
const PRIORITY_COLUMN = /^(e\s*\/\s*d|e or d|essential\s*(\/|or)\s*desirable|priority)$/i;
const CRITERION_COLUMN = /criteri|requirement|specification|description/i;
const CATEGORY_COLUMN = /^(attributes?|categor(y|ies)|areas?|headings?|domains?|factors?)$/i;
const YES = /^(✓|✔|√|☑|x|y|yes|e|d|essential|desirable|\*|•)$/i;

/**
 * The criteria of a person-specification table, or null when the table is
 * not one. The header is the first row naming the Essential and Desirable (or
 * E/D) columns: a title row merged across the table may sit above it. A "How
 * assessed" column is kept with each criterion.
 */
export function personSpecTable(rows: readonly Inline[][][]): Criteria[] | null {
  for (let h = 0; h < Math.min(rows.length - 1, 3); h++) {
    const header = rows[h].map((cell) => joinLines(cell).plain.trim());
    const essential = header.findIndex((c) => ESSENTIAL.test(c) && !PRIORITY_COLUMN.test(c));
    const desirable = header.findIndex((c) => DESIRABLE.test(c));
    const priority = header.findIndex((c) => PRIORITY_COLUMN.test(c));
    const assessed = header.findIndex((c) => ASSESSED_COLUMN.test(c));
    const body = rows.slice(h + 1).map((row) => ({
      cells: assessed >= 0 ? row.map((cell, i) => (i === assessed ? [] : cell)) : [...row],
      how: assessed >= 0 ? joinLines(row[assessed] ?? []).plain.trim() : '',
    }));
    const criteria =
      essential >= 0 && desirable >= 0
        ? byColumns(header, body, essential, desirable, assessed)
        : priority >= 0
          ? byPriority(header, body, priority, assessed)
          : null;
    if (criteria) return readsEveryColumn(body, criteria) ? criteria : null;
  }
  return null;
}

/**
 * The criterion and category columns among `named`, the columns of text before
 * the marks: by their headings where they say, else the criterion is the last
 * and a category the first before it.
 */
function textColumns(header: readonly string[], named: readonly number[]): { criterion: number; category: number } {
  const criterion = named.find((i) => CRITERION_COLUMN.test(header[i])) ?? named.at(-1) ?? -1;
  const others = named.filter((i) => i !== criterion);
  const category = others.find((i) => CATEGORY_COLUMN.test(header[i])) ?? others.find((i) => i < criterion) ?? -1;
  return { criterion, category };
}

/**
 * Whether some text of every column that has any went into the criteria, as a
 * criterion or a category. A table read by the wrong columns would lose the
 * criteria and count something else: it is kept as a table instead.
 */
function readsEveryColumn(body: readonly Row[], criteria: readonly Criteria[]): boolean {
  const kept = criteria.flatMap((c) => [c.category, ...[...c.essential, ...c.desirable].map((l) => l.plain)]);
  const width = Math.max(0, ...body.map((row) => row.cells.length));
  return [...Array(width).keys()].every((column) => {
    const texts = body
      .flatMap(({ cells }) => (cells[column] ?? []).map((l) => l.plain.replace(/[:\s]+$/, '').trim()))
      .filter((text) => !isMarkText(text));
    return texts.length === 0 || texts.some((text) => kept.some((k) => k.includes(text)));
  });
}

/** A body row: its cells (the "How assessed" column emptied) and that column's text. */
interface Row {
  cells: Inline[][];
  how: string;
}

/** Layouts A and B: criteria in, or ticked in, the Essential and Desirable columns. */
function byColumns(
  header: readonly string[],
  body: readonly Row[],
  essential: number,
  desirable: number,
  assessed: number,
): Criteria[] {
  const first = Math.min(essential, desirable);
  const ticked = body.every(({ cells }) => [essential, desirable].every((c) => isMark(cells[c] ?? [])));
  // A ticked criterion is in a column before the marks (the How assessed column aside); a category column,
  // empty in a row that continues a merged category, may come before it.
  const { criterion: found, category: categoryColumn } = textColumns(
    header,
    [...Array(first).keys()].filter((i) => i !== assessed),
  );
  const criterionColumn = Math.max(found, 0);
  const out = new Map<string, Criteria>();
  let category = '';
  for (const { cells: row, how } of body) {
    const label = first > 0 ? joinLines(row[0] ?? []) : null;
    if (ticked) {
      // B: a row ticked in neither column is a category line.
      const criterion = row[criterionColumn] ?? [];
      const categoryCell = categoryColumn >= 0 ? joinLines(row[categoryColumn] ?? []).plain : '';
      if (categoryCell) category = categoryCell.replace(/[:\s]+$/, '');
      const isEssential = hasMark(row[essential]);
      const isDesirable = hasMark(row[desirable]);
      if (!isEssential && !isDesirable) {
        if (!categoryCell) category = joinLines(criterion).plain;
        continue;
      }
      add(out, category, isEssential ? 'essential' : 'desirable', criterion, how);
    } else if (
      label?.plain &&
      (hasMark(row[essential]) || hasMark(row[desirable])) &&
      isMark(row[essential] ?? []) &&
      isMark(row[desirable] ?? [])
    ) {
      // A ticked row in a table of written criteria: the column before the marks is the criterion.
      add(out, category, hasMark(row[essential]) ? 'essential' : 'desirable', row[criterionColumn] ?? [], how);
    } else {
      // A: the first column names the category (empty in a continued, merged row).
      if (label?.plain) category = label.plain.replace(/[:\s]+$/, '');
      add(out, category, 'essential', row[essential] ?? [], how);
      add(out, category, 'desirable', row[desirable] ?? [], how);
    }
  }
  return [...out.values()];
}

/** Layout C: one criterion a row, "E"/"D" (or Essential/Desirable) in a priority column. */
function byPriority(header: readonly string[], body: readonly Row[], priority: number, assessed: number): Criteria[] {
  // The columns of text before the E/D column, or the one after it when it comes first.
  const text = [...Array(Math.max(header.length, ...body.map((r) => r.cells.length))).keys()].filter(
    (i) => i !== priority && i !== assessed,
  );
  const before = text.filter((i) => i < priority);
  const { criterion, category: categoryColumn } = textColumns(header, before.length > 0 ? before : text.slice(0, 1));
  const out = new Map<string, Criteria>();
  let category = '';
  for (const { cells: row, how } of body) {
    const named = categoryColumn >= 0 ? joinLines(row[categoryColumn] ?? []).plain : '';
    if (named) category = named.replace(/[:\s]+$/, '');
    const mark = joinLines(row[priority] ?? []).plain.trim();
    const lines = row[criterion] ?? [];
    if (lines.length === 0) continue;
    if (!mark && row.filter((cell) => cell.length > 0).length === 1) {
      // A row with only a name is a category line ("Experience").
      category = joinLines(lines).plain.replace(/[:\s]+$/, '');
      continue;
    }
    add(out, category, /^d/i.test(mark) ? 'desirable' : 'essential', lines, how);
  }
  return [...out.values()];
}

/** Adds the criteria of a cell; the "How assessed" text goes with each, in brackets, so nothing is lost. */
function add(
  out: Map<string, Criteria>,
  category: string,
  priority: 'essential' | 'desirable',
  lines: readonly Inline[],
  how = '',
): void {
  const items = lines
    .filter((l) => l.plain && !(YES.test(l.plain.trim()) || NO.test(l.plain.trim())))
    .map((l) => (how ? { ...l, text: withAssessment(l.text, how), plain: withAssessment(l.plain, how) } : l));
  if (items.length === 0) return;
  let entry = out.get(category);
  if (!entry) out.set(category, (entry = { category, essential: [], desirable: [] }));
  entry[priority].push(...items);
}

// Ticks, crosses and letters: anything this short in an Essential or Desirable column is a mark, not a
// criterion (a Wingdings tick comes through as "ü"); a few marks say no.
const NO = /^(no|n|-|–|—|✗|✘)$/i;

function isMarkText(text: string): boolean {
  const t = text.trim();
  return t.length <= 3 || YES.test(t);
}

/** Whether a cell is empty or holds only a tick, cross or letter (layout B). */
function isMark(cell: readonly Inline[]): boolean {
  return cell.every((line) => isMarkText(line.plain));
}

function hasMark(cell: readonly Inline[] | undefined): boolean {
  return (cell ?? []).some((line) => isMarkText(line.plain) && line.plain.trim() !== '' && !NO.test(line.plain.trim()));
}
