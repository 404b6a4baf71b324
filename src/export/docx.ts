// The intermediate document → a Word file, with the accessibility Word's
// checker looks for: real heading styles, Word list numbering (each numbered
// list restarting), tables with a repeating header row and fixed widths that
// fit the page, en-GB proofing language, a sans-serif body font at 12 pt,
// alt text on the logo, the organisation in the header and "Page X of Y" in
// the footer.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type ParagraphChild,
} from 'docx';
import type { Block, Inline, ListBlock, ListItem, MarkupDocument, TableBlock, TableCell as CellModel } from './model';

export interface Logo {
  data: Uint8Array;
  type: 'png' | 'jpg';
  width: number;
  height: number;
  altText: string;
}

export interface DocxOptions {
  /** Core properties. */
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
  /** Shown in the page header. */
  organisation: string | null;
  /** Shown on the left of the footer, e.g. the job title. */
  footerText: string;
  /** Heading and table-header colour, six hex digits. */
  colour: string;
  logo: Logo | null;
  /** Custom document properties (word-properties.ts). */
  customProperties: readonly { name: string; value: string }[];
}

export const FONT = 'Arial';
/** Half-points: 12 pt body text. */
const BODY_SIZE = 24;
/** A4 with 2 cm margins, in twips (portrait). */
const PAGE = { width: 11906, height: 16838, margin: 1134 };

/** The width text and tables may take: the page across, less the margins. */
export function contentWidth(orientation: MarkupDocument['orientation']): number {
  return (orientation === 'landscape' ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
}
const LOGO_MAX = { width: 180, height: 48 };
const BULLETS = ['•', '–', '•'];
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
const LIST_INDENT = 360;
const BORDER_COLOUR = '8C8C8C';
/** Cell padding in twips; the 6 pt after each cell paragraph completes the bottom. */
const CELL_MARGINS = { top: 100, bottom: 0, left: 100, right: 100 };
const CELL_LIST_SPACING = { after: 60 };

export async function toDocx(doc: MarkupDocument, options: DocxOptions): Promise<Buffer> {
  const width = contentWidth(doc.orientation);
  const writer = new BlockWriter(options, width);
  const document = new Document({
    title: options.title,
    subject: options.subject,
    creator: options.creator,
    lastModifiedBy: options.creator,
    keywords: options.keywords,
    description: options.description,
    customProperties: options.customProperties,
    styles: styles(options.colour),
    numbering: {
      config: [
        { reference: 'jdkit-bullets', levels: listLevels(false) },
        { reference: 'jdkit-numbers', levels: listLevels(true) },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            // docx swaps the sides for a landscape page.
            size: {
              width: PAGE.width,
              height: PAGE.height,
              orientation: doc.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              header: 567,
              footer: 567,
            },
          },
        },
        headers: { default: header(options, width) },
        footers: { default: footer(options, width) },
        children: writer.blocks(doc.blocks),
      },
    ],
  });
  return Packer.toBuffer(document);
}

function styles(colour: string) {
  const heading = (size: number, before: number, after: number) => ({
    run: { font: FONT, size, bold: true, color: colour },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: BODY_SIZE, language: { value: 'en-GB' } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      heading1: heading(40, 0, 240),
      heading2: heading(32, 360, 120),
      heading3: heading(28, 240, 80),
      heading4: heading(BODY_SIZE, 200, 60),
      listParagraph: { paragraph: { spacing: { after: 60 } } },
      hyperlink: { run: { color: '0B57A4', underline: {} } },
    },
  };
}

function listLevels(ordered: boolean): ILevelsOptions[] {
  return [0, 1, 2].map((level) => ({
    level,
    format: ordered ? NUMBER_FORMATS[level] : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : BULLETS[level],
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: LIST_INDENT * 2 * (level + 1), hanging: LIST_INDENT } } },
  }));
}

function header(options: DocxOptions, width: number): Header {
  const children: ParagraphChild[] = [];
  if (options.organisation)
    children.push(new TextRun({ text: options.organisation, bold: true, color: options.colour }));
  if (options.logo) {
    const { logo } = options;
    const scale = Math.min(LOGO_MAX.width / logo.width, LOGO_MAX.height / logo.height, 1);
    children.push(
      new TextRun({ children: ['\t'] }),
      new ImageRun({
        type: logo.type,
        data: logo.data,
        transformation: { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) },
        altText: { name: 'Logo', title: logo.altText, description: logo.altText },
      }),
    );
  }
  return new Header({
    children: [
      new Paragraph({
        children,
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: BORDER_COLOUR, space: 4 } },
      }),
    ],
  });
}

function footer(options: DocxOptions, width: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        children: [
          new TextRun({ text: options.footerText }),
          new TextRun({ children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

class BlockWriter {
  /** Each list gets its own numbering instance, so every numbered list counts from 1. */
  private nextInstance = 0;

  constructor(
    private readonly options: DocxOptions,
    /** The content width in twips: tables take all of it. */
    private readonly width: number,
  ) {}

  blocks(blocks: readonly Block[]): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    let breakBefore = false;
    for (const block of blocks) {
      switch (block.type) {
        case 'heading':
          out.push(
            new Paragraph({
              heading: HEADINGS[block.level],
              children: runs(block.content),
              pageBreakBefore: breakBefore,
            }),
          );
          break;
        case 'paragraph':
          out.push(new Paragraph({ children: runs(block.content), pageBreakBefore: breakBefore }));
          break;
        case 'list':
          if (breakBefore) out.push(pageBreakParagraph());
          out.push(...this.list(block, 0));
          break;
        case 'table':
          if (breakBefore) out.push(pageBreakParagraph());
          out.push(this.table(block));
          break;
        case 'page-break':
          breakBefore = true;
          continue;
      }
      breakBefore = false;
    }
    return out;
  }

  /** A list's paragraphs; the last one of a top-level list gets the space a paragraph would have after it. */
  private list(list: ListBlock, level: number, spacing?: { after: number }): Paragraph[] {
    const items = this.listItems(list, level);
    return items.map(
      ({ item, reference, level: itemLevel, instance }, i) =>
        new Paragraph({
          numbering: { reference, level: itemLevel, instance },
          children: runs(item.content),
          spacing: spacing ?? (level === 0 && i === items.length - 1 ? { after: 160 } : undefined),
        }),
    );
  }

  private listItems(
    list: ListBlock,
    level: number,
  ): { item: ListItem; reference: string; level: number; instance: number }[] {
    const reference = list.ordered ? 'jdkit-numbers' : 'jdkit-bullets';
    const instance = this.nextInstance++;
    return list.items.flatMap((item) => [
      { item, reference, level: Math.min(level, 2), instance },
      ...item.lists.flatMap((nested) => this.listItems(nested, level + 1)),
    ]);
  }

  private table(table: TableBlock): Table {
    const widths = twipWidths(table.widths, this.width);
    const border = { style: BorderStyle.SINGLE, size: 4, color: BORDER_COLOUR };
    // Table-level margins and borders, and nothing written for defaults, keep the XML (and the time to write it) small.
    const row = (cells: CellModel[], header: boolean) =>
      new TableRow({
        tableHeader: header || undefined,
        cantSplit: true,
        children: cells.map(
          (cell, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: this.options.colour } : undefined,
              children: this.cell(cell, header),
            }),
        ),
      });
    return new Table({
      width: { size: this.width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: CELL_MARGINS,
      borders: {
        top: border,
        bottom: border,
        left: border,
        right: border,
        insideHorizontal: border,
        insideVertical: border,
      },
      rows: [row(table.header, true), ...table.rows.map((cells) => row(cells, false))],
    });
  }

  /** A cell's paragraphs keep the default space after them, which with the cell margins pads the cell evenly. */
  private cell(cell: CellModel, header: boolean): Paragraph[] {
    const out: Paragraph[] = [];
    for (const block of cell.blocks) {
      if (block.type === 'list') out.push(...this.list(block, 0, CELL_LIST_SPACING));
      else
        out.push(
          new Paragraph({ children: runs(block.content, header ? { bold: true, color: 'FFFFFF' } : undefined) }),
        );
    }
    // Word requires at least one paragraph in every cell.
    return out.length > 0 ? out : [new Paragraph({ children: [] })];
  }
}

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

function pageBreakParagraph(): Paragraph {
  return new Paragraph({ pageBreakBefore: true, spacing: { after: 0 }, children: [] });
}

function runs(content: readonly Inline[], force?: { bold: boolean; color: string }): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const inline of content) {
    if (inline.type === 'break') {
      out.push(new TextRun({ break: 1 }));
      continue;
    }
    const run = new TextRun({
      text: inline.text,
      bold: force?.bold || inline.bold || undefined,
      italics: inline.italic || undefined,
      color: force?.color,
      style: inline.href ? 'Hyperlink' : undefined,
    });
    out.push(inline.href ? new ExternalHyperlink({ link: inline.href, children: [run] }) : run);
  }
  return out;
}

/** Column widths in twips that add up exactly to the content width. */
function twipWidths(fractions: readonly number[], total: number): number[] {
  const widths = fractions.map((f) => Math.floor(f * total));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
