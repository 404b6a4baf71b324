// mammoth's HTML of a Word document → blocks. mammoth writes headings for
// heading styles, <ul>/<ol> for Word numbering, <strong>/<em> for bold and
// italic runs and <table> for tables; this walks that small vocabulary with
// htmlparser2's DOM and ignores the rest (images, anchors used as bookmarks).
import type { AnyNode, Element } from 'domhandler';
import { ElementType, parseDocument } from 'htmlparser2';
import { escapeMarkdown, inline, type Block, type Inline, type ListItem } from './blocks';

// White space as HTML collapses it: not the no-break spaces the author typed on purpose, and
// not tabs, which separate "Label:<tab>value" pairs on a line (kept as one tab).
const HTML_SPACE = /[ \r\n\f]+/g;

export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  for (const node of parseDocument(html).children) addBlock(node, blocks);
  return blocks;
}

function isElement(node: AnyNode): node is Element {
  return node.type === ElementType.Tag;
}

function addBlock(node: AnyNode, blocks: Block[]): void {
  if (!isElement(node)) {
    const text = textOf(node).trim();
    if (text) blocks.push({ type: 'paragraph', inline: inline(escapeMarkdown(text), text) });
    return;
  }
  const heading = /^h([1-6])$/.exec(node.name);
  if (heading) {
    const content = oneLine(inlineOf(node));
    if (content.plain) blocks.push({ type: 'heading', level: Number(heading[1]), inline: content });
  } else if (node.name === 'p') {
    // A line break (Shift+Enter in Word) starts a new line: "Salary: …" and "Hours: …" are two details.
    for (const line of splitLines(inlineOf(node))) blocks.push({ type: 'paragraph', inline: line });
  } else if (node.name === 'ul' || node.name === 'ol') {
    const items: ListItem[] = [];
    listItems(node, 0, items);
    if (items.length > 0) blocks.push({ type: 'list', ordered: node.name === 'ol', items });
  } else if (node.name === 'table') {
    const { rows, header } = tableRows(node);
    if (rows.length > 0) blocks.push({ type: 'table', rows, header });
  } else for (const child of node.children) addBlock(child, blocks);
}

function listItems(list: Element, depth: number, out: ListItem[]): void {
  for (const li of list.children.filter(isElement)) {
    if (li.name !== 'li') continue;
    const own = oneLine(inlineOf(li, (child) => child.name !== 'ul' && child.name !== 'ol'));
    if (own.plain) out.push({ ...own, depth });
    for (const nested of li.children.filter(isElement))
      if (nested.name === 'ul' || nested.name === 'ol') listItems(nested, depth + 1, out);
  }
}

/**
 * The table as a grid: a cell merged across rows or columns (rowspan,
 * colspan) fills its first slot, the others stay empty, so every row's
 * columns line up ("Qualifications" merged down its criteria).
 */
function tableRows(table: Element): { rows: Inline[][][]; header: boolean } {
  const rows: { cells: Inline[][]; header: boolean }[] = [];
  /** For each column, how many more rows a cell above still covers. */
  const covered: number[] = [];
  const visit = (node: Element) => {
    for (const child of node.children.filter(isElement)) {
      if (child.name === 'tr') {
        const cells = child.children.filter(isElement).filter((c) => c.name === 'td' || c.name === 'th');
        const grid: Inline[][] = [];
        const skipCovered = () => {
          while ((covered[grid.length] ?? 0) > 0) {
            covered[grid.length]--;
            grid.push([]);
          }
        };
        for (const cell of cells) {
          skipCovered();
          const span = Math.max(1, Math.min(64, Number(cell.attribs.colspan) || 1));
          const down = Math.max(1, Math.min(1000, Number(cell.attribs.rowspan) || 1));
          for (let i = 0; i < span; i++) {
            covered[grid.length] = down - 1;
            grid.push(i === 0 ? cellLines(cell) : []);
          }
        }
        skipCovered();
        rows.push({ cells: grid, header: cells.length > 0 && cells.every((c) => c.name === 'th') });
      } else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visit(child);
    }
  };
  visit(table);
  const kept = rows.filter((row) => row.cells.some((cell) => cell.length > 0));
  return { rows: kept.map((r) => r.cells), header: kept[0]?.header ?? false };
}

/** A cell's paragraphs and list items, each a line. */
function cellLines(cell: Element): Inline[] {
  const blocks: Block[] = [];
  for (const child of cell.children) addBlock(child, blocks);
  return blocks
    .flatMap((b) => (b.type === 'list' ? b.items : b.type === 'table' ? b.rows.flat(2) : [b.inline]))
    .filter((l) => l.plain);
}

/** The Markdown and plain text of an element's inline content. */
function inlineOf(element: Element, include: (child: Element) => boolean = () => true): Inline {
  let text = '';
  let plain = '';
  let boldChars = 0;
  const walk = (node: AnyNode, bold: boolean) => {
    if (!isElement(node)) {
      const t = textOf(node).replace(HTML_SPACE, ' ');
      text += escapeMarkdown(t);
      plain += t;
      if (bold) boldChars += t.replace(/\s/g, '').length;
      return;
    }
    if (!include(node)) return;
    if (node.name === 'br') {
      text += '\n';
      plain += '\n';
      return;
    }
    const mark =
      node.name === 'strong' || node.name === 'b' ? '**' : node.name === 'em' || node.name === 'i' ? '*' : '';
    const before = text.length;
    const beforePlain = plain.length;
    for (const child of node.children) walk(child, bold || mark === '**');
    if (mark && plain.slice(beforePlain).trim()) text = wrap(text, before, mark);
    else if (
      node.name === 'a' &&
      node.attribs.href &&
      /^(https?:|mailto:)/.test(node.attribs.href) &&
      plain.slice(beforePlain).trim()
    ) {
      text = `${text.slice(0, before)}[${text.slice(before)}](${node.attribs.href})`;
    }
  };
  for (const child of element.children) walk(child, false);
  const trimmed = plain
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\t+/g, '\t')
    .replace(/ +/g, ' ')
    .trim();
  return {
    text: tidy(text),
    plain: trimmed,
    bold: trimmed.length > 0 && boldChars >= trimmed.replace(/\s/g, '').length,
  };
}

/** Wraps the text added since `from` in `mark`, keeping its outer spaces outside ("** x**" is not bold in Markdown). */
function wrap(text: string, from: number, mark: string): string {
  const inner = text.slice(from);
  const lead = /^\s*/.exec(inner)![0];
  const trail = /\s*$/.exec(inner)![0];
  return `${text.slice(0, from)}${lead}${mark}${inner.trim()}${mark}${trail}`;
}

/** Joins adjacent runs of the same mark (Word splits runs freely: "**Key** **duties**"). */
function tidy(text: string): string {
  return text
    .replace(/\*\*([ \t]*)\*\*/g, '$1')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\t+/g, '\t')
    .replace(/ +/g, ' ')
    .trim();
}

/** The lines of a paragraph with line breaks, each its own inline text; emphasis is closed per line where the lines agree. */
function splitLines(content: Inline): Inline[] {
  if (!content.plain) return [];
  const plains = content.plain.split('\n');
  const texts = content.text.split('\n');
  if (plains.length === 1 || plains.length !== texts.length)
    return [{ ...content, text: content.text.replace(/\n/g, ' '), plain: content.plain.replace(/\n/g, ' ') }];
  return plains
    .map((plain, i) => ({ text: texts[i].trim(), plain: plain.trim(), bold: content.bold }))
    .filter((line) => line.plain)
    .map((line) => ({ ...line, text: balanceEmphasis(line.text) }));
}

/** Line breaks and tabs as spaces: for headings and list items, which are one line. */
function oneLine(content: Inline): Inline {
  return {
    ...content,
    text: content.text.replace(/\s*[\n\t]\s*/g, ' '),
    plain: content.plain.replace(/\s*[\n\t]\s*/g, ' '),
  };
}

/** Drops a "**" a line break left without its partner. */
function balanceEmphasis(text: string): string {
  return (text.match(/\*\*/g) ?? []).length % 2 === 0 ? text : text.replace(/^\*\*|\*\*$/, '');
}

function textOf(node: AnyNode): string {
  if (node.type === ElementType.Text) return node.data;
  if (isElement(node)) return node.children.map(textOf).join('');
  return '';
}
