// Small builders over the docx library for the import fixtures. Text is
// written once in a tiny markup (**bold**, _italic_) that becomes Word runs
// here, HTML runs for LibreOffice, and plain text for the expected results,
// so a fixture and what it claims cannot drift apart.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IRunOptions,
} from 'docx';

/** The text without its markup: what an import must keep, formatting aside. */
export function plain(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/(^|[^\w])_(.+?)_(?=$|[^\w])/g, '$1$2');
}

/** The spans of text marked bold (`**…**`) or italic (`_…_`) in the markup. */
export function marked(texts: readonly string[], kind: 'bold' | 'italic'): string[] {
  const pattern = kind === 'bold' ? /\*\*(.+?)\*\*/g : /(?:^|[^\w])_(.+?)_(?=$|[^\w])/g;
  return texts.flatMap((t) => [...t.matchAll(pattern)].map((m) => plain(m[1])));
}

type Part = { text: string; bold?: boolean; italic?: boolean };

function parts(text: string): Part[] {
  const out: Part[] = [];
  for (const piece of text.split(/(\*\*.+?\*\*|(?<![\w])_.+?_(?![\w]))/)) {
    if (!piece) continue;
    if (piece.startsWith('**')) out.push({ text: piece.slice(2, -2), bold: true });
    else if (piece.length > 2 && piece.startsWith('_') && piece.endsWith('_'))
      out.push({ text: piece.slice(1, -1), italic: true });
    else out.push({ text: piece });
  }
  return out;
}

/** Word runs for marked-up text; `base` applies to every run (e.g. a whole bold paragraph). */
export function runs(text: string, base: IRunOptions = {}): TextRun[] {
  return parts(text).map(
    (p) =>
      new TextRun({
        ...base,
        text: p.text,
        bold: base.bold || p.bold || undefined,
        italics: base.italics || p.italic || undefined,
      }),
  );
}

/** HTML for marked-up text, escaped. */
export function html(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return parts(text)
    .map((p) => (p.bold ? `<b>${escape(p.text)}</b>` : p.italic ? `<i>${escape(p.text)}</i>` : escape(p.text)))
    .join('');
}

export interface ParaOptions {
  bold?: boolean;
  /** Half-points. */
  size?: number;
  centre?: boolean;
}

export function para(text: string, options: ParaOptions = {}): Paragraph {
  return new Paragraph({
    alignment: options.centre ? AlignmentType.CENTER : undefined,
    children: runs(text, { bold: options.bold, size: options.size }),
  });
}

/** An empty paragraph: Word authors space their documents with these, and an importer must skip them. */
export function blank(): Paragraph {
  return new Paragraph({ children: [] });
}

export function heading(level: 1 | 2, text: string): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: runs(text),
  });
}

/** A label and its value on one line: "**Label:** value", or "Label:<tab>value" as many templates lay them out. */
export function labelLine(label: string, value: string, style: 'bold-label' | 'tab'): Paragraph {
  if (style === 'tab')
    return new Paragraph({ children: [new TextRun({ text: `${label}:` }), new TextRun({ children: ['\t', value] })] });
  return new Paragraph({
    children: [new TextRun({ text: `${label}:`, bold: true }), new TextRun({ text: ` ${value}` })],
  });
}

export const BULLETS = 'jdkit-fixture-bullets';
export const NUMBERS = 'jdkit-fixture-numbers';

/**
 * Paragraphs in Word list numbering: what Word's own bullet and numbering
 * buttons make. Each list gets its own instance so numbered lists restart.
 */
export class Lists {
  private instance = 0;

  list(items: readonly string[], ordered: boolean): Paragraph[] {
    const instance = this.instance++;
    return items.map(
      (item) =>
        new Paragraph({
          numbering: { reference: ordered ? NUMBERS : BULLETS, level: 0, instance },
          children: runs(item),
        }),
    );
  }
}

/** Lists typed by hand: a marker character and a space or tab, in a plain paragraph. */
export function typedList(items: readonly string[], marker: (index: number) => string): Paragraph[] {
  return items.map((item, i) => new Paragraph({ children: runs(`${marker(i)}${item}`) }));
}

export type Cell =
  | string
  | { paragraphs: string[] }
  | { bullets: string[]; lists: Lists }
  | { text: string; rowSpan?: number; columnSpan?: number; bold?: boolean; font?: string };

function cellParagraphs(cell: Cell): Paragraph[] {
  if (typeof cell === 'string') return [para(cell)];
  if ('paragraphs' in cell) return cell.paragraphs.length > 0 ? cell.paragraphs.map((p) => para(p)) : [blank()];
  if ('bullets' in cell) return cell.lists.list(cell.bullets, false);
  return [new Paragraph({ children: runs(cell.text, { bold: cell.bold, font: cell.font }) })];
}

export interface GridOptions {
  /** Column widths in twips (A4 with 2.5 cm margins has about 9,000). */
  widths: number[];
  /** The first row is a header row: bold, repeated on each page. */
  header?: boolean;
  /** The first column's cells are bold labels, as in a details table. */
  boldFirstColumn?: boolean;
}

/** A table with borders, as Word's default "Table Grid" style draws it. */
export function grid(rows: readonly Cell[][], options: GridOptions): Table {
  const bolden = (cell: Cell, bold: boolean): Cell =>
    bold && typeof cell === 'string' ? { text: cell, bold: true } : cell;
  return new Table({
    width: { size: options.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: options.widths,
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: (options.header && r === 0) || undefined,
          children: row.map((cell, c) => {
            const bold = (options.header === true && r === 0) || (options.boldFirstColumn === true && c === 0);
            const spans =
              typeof cell === 'object' && 'text' in cell ? { rowSpan: cell.rowSpan, columnSpan: cell.columnSpan } : {};
            return new TableCell({ ...spans, children: cellParagraphs(bolden(cell, bold)) });
          }),
        }),
    ),
  });
}

const LIST_INDENT = { left: 720, hanging: 360 };

export async function pack(children: FileChild[], title = 'Job description'): Promise<Buffer> {
  const document = new Document({
    creator: 'jdkit test fixtures',
    title,
    styles: { default: { document: { run: { font: 'Arial', size: 22, language: { value: 'en-GB' } } } } },
    // Word's own bullet is the Symbol font's private-use character U+F0B7, which is what real documents carry.
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '\uf0b7',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: LIST_INDENT }, run: { font: 'Symbol' } },
            },
          ],
        },
        {
          reference: NUMBERS,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: LIST_INDENT } },
            },
          ],
        },
      ],
    },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children }],
  });
  return Packer.toBuffer(document);
}
