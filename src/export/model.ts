// The intermediate document a template's markup is parsed into, and the only
// input of the Word writer: headings, paragraphs, lists and tables, nothing
// else, so every document the writer sees can be made accessible.

export interface TextRun {
  type: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  /** Link target (http, https or mailto), or null. */
  href: string | null;
}

export interface LineBreak {
  type: 'break';
}

export type Inline = TextRun | LineBreak;

export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3 | 4;
  content: Inline[];
}

export interface ParagraphBlock {
  type: 'paragraph';
  content: Inline[];
}

export interface ListItem {
  content: Inline[];
  /** Lists nested inside the item. */
  lists: ListBlock[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
}

export interface TableCell {
  blocks: (ParagraphBlock | ListBlock)[];
}

export interface TableBlock {
  type: 'table';
  /** Relative column widths, each > 0, summing to 1. */
  widths: number[];
  header: TableCell[];
  rows: TableCell[][];
}

export interface PageBreakBlock {
  type: 'page-break';
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | PageBreakBlock;

export interface MarkupDocument {
  /** Core property "subject", from `<document subject="…">`. */
  subject: string | null;
  /** Core property "keywords", from `<document keywords="…">`. */
  keywords: string | null;
  /** From `<document orientation="landscape">`: wide tables such as a shortlisting grid. */
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
}

/** The plain text of inline content, line breaks as spaces. */
export function inlineText(content: readonly Inline[]): string {
  return content.map((i) => (i.type === 'text' ? i.text : ' ')).join('');
}
