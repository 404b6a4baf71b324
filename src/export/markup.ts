// The markup templates produce: a small, strict subset of HTML, parsed into
// the intermediate document (model.ts). HTML-like because Handlebars escapes
// values for HTML, so a value can never inject structure, and because
// template authors already know it. Strict (every element closed, a fixed
// set of elements, each only where it makes sense) so that a broken template
// fails with its file, line and problem instead of producing a broken
// document. See docs/templates.md for the element list.
import { decodeHTMLStrict } from 'entities';
import { ExportError, type SourceLocation } from './errors';
import { FORBIDDEN_CONTROL, stripMarkers, type StrippedOutput } from './line-markers';
import type {
  Block,
  HeadingBlock,
  Inline,
  ListBlock,
  ListItem,
  MarkupDocument,
  ParagraphBlock,
  TableBlock,
  TableCell,
  TextRun,
} from './model';
import { plural } from '../core/text/plural';

interface ElementNode {
  kind: 'element';
  name: string;
  attributes: Map<string, string>;
  children: MarkupNode[];
  offset: number;
}

interface TextNode {
  kind: 'text';
  text: string;
  offset: number;
}

type MarkupNode = ElementNode | TextNode;

/** Elements and the attributes each accepts. */
const ELEMENTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['document', ['subject', 'keywords', 'orientation']],
  ['h1', []],
  ['h2', []],
  ['h3', []],
  ['h4', []],
  ['p', []],
  ['ul', []],
  ['ol', []],
  ['li', []],
  ['table', ['widths']],
  ['tr', []],
  ['th', []],
  ['td', []],
  ['b', []],
  ['strong', []],
  ['i', []],
  ['em', []],
  ['a', ['href']],
  ['br', []],
  ['page-break', []],
]);
const VOID = new Set(['br', 'page-break']);
const HEADING = /^h([1-4])$/;

/** Why an element cannot stand between blocks. */
const PLACEMENT: Record<string, string> = {
  document: 'must wrap the whole output, or be left out',
  li: 'must be inside <ul> or <ol>',
  tr: 'must be inside <table>',
  th: 'must be inside a <tr> row of a <table>',
  td: 'must be inside a <tr> row of a <table>',
  ...Object.fromEntries(
    ['b', 'strong', 'i', 'em', 'a', 'br'].map((e) => [
      e,
      'must be inside a paragraph, heading, list item or table cell',
    ]),
  ),
};

const ALLOWED_LINK = /^(?:https?:\/\/[^\s<>"]+|mailto:[^\s<>"]+)$/i;

export interface MarkupFiles {
  /** Display names of the template files, by the file index used in line markers. */
  files: readonly string[];
}

/** Parses template output (with or without line markers) into the intermediate document. */
export function parseMarkup(output: string, { files }: MarkupFiles = { files: [] }): MarkupDocument {
  return new MarkupParser(stripMarkers(output), files).parse();
}

class MarkupParser {
  private readonly text: string;

  constructor(
    private readonly output: StrippedOutput,
    private readonly files: readonly string[],
  ) {
    this.text = output.text;
  }

  parse(): MarkupDocument {
    const control = FORBIDDEN_CONTROL.exec(this.text);
    if (control)
      this.fail(
        control.index,
        `the output contains the control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}, which Word documents cannot hold`,
      );
    const roots = this.tree();
    const significant = roots.filter((n) => n.kind === 'element' || n.text.trim() !== '');
    let subject: string | null = null;
    let keywords: string | null = null;
    let orientation: MarkupDocument['orientation'] = 'portrait';
    let body = roots;
    const root = significant[0];
    if (significant.length === 1 && root.kind === 'element' && root.name === 'document') {
      subject = root.attributes.get('subject')?.trim() || null;
      keywords = root.attributes.get('keywords')?.trim() || null;
      const wanted = root.attributes.get('orientation')?.trim() || 'portrait';
      if (wanted !== 'portrait' && wanted !== 'landscape')
        this.fail(0, `<document orientation="${wanted}">: use "portrait" or "landscape"`);
      orientation = wanted;
      body = root.children;
    }
    const blocks = this.blocks(body);
    this.checkHeadings(blocks);
    return { subject, keywords, orientation, blocks };
  }

  // ---- Well-formedness: text → tree ----------------------------------------

  private tree(): MarkupNode[] {
    const { text } = this;
    const root: ElementNode = { kind: 'element', name: '#root', attributes: new Map(), children: [], offset: 0 };
    const stack: ElementNode[] = [root];
    let at = 0;
    const addText = (end: number) => {
      if (end > at) stack[stack.length - 1].children.push({ kind: 'text', text: this.decode(at, end), offset: at });
    };
    while (at < text.length) {
      const lt = text.indexOf('<', at);
      if (lt < 0) {
        addText(text.length);
        break;
      }
      addText(lt);
      at = lt;
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        if (end < 0) this.fail(lt, 'a comment "<!--" is never closed with "-->"');
        at = end + 3;
        continue;
      }
      const next = text[lt + 1] ?? '';
      if (next === '/') {
        const close = /<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>/y;
        close.lastIndex = lt;
        const match = close.exec(text);
        if (!match) this.fail(lt, 'a closing tag must look like </p>');
        const name = match[1].toLowerCase();
        const open = stack[stack.length - 1];
        if (open === root) this.fail(lt, `</${name}> closes an element that was never opened`);
        if (open.name !== name) {
          const where = this.describeLocation(open.offset);
          this.fail(
            lt,
            `</${name}> found where </${open.name}> was expected: the <${open.name}> opened ${where} is not closed`,
          );
        }
        stack.pop();
        at = close.lastIndex;
      } else if (/[a-zA-Z]/.test(next)) {
        const element = this.openTag(lt);
        stack[stack.length - 1].children.push(element.node);
        at = element.end;
        if (!element.selfClosing && !VOID.has(element.node.name)) stack.push(element.node);
      } else {
        // A "<" that starts no tag, as in "a < b", is text.
        stack[stack.length - 1].children.push({ kind: 'text', text: '<', offset: lt });
        at = lt + 1;
      }
    }
    if (stack.length > 1) {
      const open = stack[stack.length - 1];
      this.fail(open.offset, `<${open.name}> is never closed: add </${open.name}>`);
    }
    return root.children;
  }

  private openTag(lt: number): { node: ElementNode; end: number; selfClosing: boolean } {
    const { text } = this;
    const nameMatch = /[a-zA-Z][a-zA-Z0-9-]*/y;
    nameMatch.lastIndex = lt + 1;
    const name = nameMatch.exec(text)![0].toLowerCase();
    const allowed = ELEMENTS.get(name);
    if (!allowed) {
      this.fail(
        lt,
        `<${name}> is not a jdkit markup element; use one of ${[...ELEMENTS.keys()].map((e) => `<${e}>`).join(', ')}`,
      );
    }
    const attributes = new Map<string, string>();
    let at = nameMatch.lastIndex;
    const attribute = /\s+([a-zA-Z][a-zA-Z0-9-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
    for (;;) {
      attribute.lastIndex = at;
      const match = attribute.exec(text);
      if (!match) break;
      const attrName = match[1].toLowerCase();
      if (!allowed.includes(attrName)) {
        this.fail(
          at,
          `<${name}> has no attribute "${attrName}"${allowed.length ? `; it accepts ${allowed.map((a) => `"${a}"`).join(', ')}` : ''}`,
        );
      }
      if (attributes.has(attrName)) this.fail(at, `<${name}> has the attribute "${attrName}" twice`);
      const valueStart = match.index + match[0].length - (match[2] ?? match[3]).length - 1;
      attributes.set(attrName, this.decode(valueStart, valueStart + (match[2] ?? match[3]).length));
      at = attribute.lastIndex;
    }
    const end = /\s*(\/?)>/y;
    end.lastIndex = at;
    const close = end.exec(text);
    if (!close)
      this.fail(
        at,
        `the tag <${name}> is malformed: attributes must be written name="value", and the tag must end with ">"`,
      );
    return {
      node: { kind: 'element', name, attributes, children: [], offset: lt },
      end: end.lastIndex,
      selfClosing: close[1] === '/',
    };
  }

  /** The text between two offsets with character references decoded. */
  private decode(start: number, end: number): string {
    const raw = this.text.slice(start, end);
    if (!raw.includes('&')) return raw;
    return raw.replace(
      /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{0,31});/g,
      (whole, ref: string, index: number) => {
        // Numeric references are decoded here, not by `entities`: HTML turns some silently into other characters
        // (&#150; into "–", &#0; into U+FFFD) where jdkit reports those a Word document cannot hold.
        if (ref[0] === '#') {
          const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
          if (
            code > 0x10ffff ||
            (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
            (code >= 0xd800 && code <= 0xdfff)
          ) {
            this.fail(start + index, `the character reference ${whole} is not a character a Word document can hold`);
          }
          return String.fromCodePoint(code);
        }
        // HTML's named references; the strict decoder needs the ";", so it decodes the whole reference or leaves it as it is.
        const named = decodeHTMLStrict(whole);
        if (named === whole) {
          this.fail(
            start + index,
            `unknown character reference ${whole}: type the character itself (templates are UTF-8) or write it as &#NNNN;`,
          );
        }
        return named;
      },
    );
  }

  // ---- Content models: tree → blocks ---------------------------------------

  private blocks(nodes: readonly MarkupNode[]): Block[] {
    const blocks: Block[] = [];
    for (const node of nodes) {
      if (node.kind === 'text') {
        if (node.text.trim() !== '')
          this.fail(
            node.offset + node.text.search(/\S/),
            `text outside a paragraph ("${preview(node.text)}"): put it inside <p>…</p> or a heading`,
          );
        continue;
      }
      const heading = HEADING.exec(node.name);
      if (heading) {
        const content = this.inline(node.children, node.name);
        if (content.length === 0)
          this.fail(node.offset, `<${node.name}> is empty: a heading needs text, or leave it out`);
        const block: HeadingBlock = { type: 'heading', level: Number(heading[1]) as HeadingBlock['level'], content };
        this.headingOffsets.set(block, node.offset);
        blocks.push(block);
        continue;
      }
      switch (node.name) {
        case 'p': {
          const paragraph = this.paragraph(node);
          if (paragraph) blocks.push(paragraph);
          break;
        }
        case 'ul':
        case 'ol': {
          const list = this.list(node);
          if (list) blocks.push(list);
          break;
        }
        case 'table':
          blocks.push(this.table(node));
          break;
        case 'page-break':
          blocks.push({ type: 'page-break' });
          break;
        default:
          this.misplaced(node, PLACEMENT[node.name] ?? 'is not allowed here');
      }
    }
    return blocks;
  }

  private readonly headingOffsets = new Map<HeadingBlock, number>();

  private paragraph(node: ElementNode): ParagraphBlock | null {
    const content = this.inline(node.children, 'p');
    return content.length > 0 ? { type: 'paragraph', content } : null;
  }

  private list(node: ElementNode): ListBlock | null {
    const items: ListItem[] = [];
    for (const child of node.children) {
      if (child.kind === 'text') {
        if (child.text.trim() !== '')
          this.fail(
            child.offset + child.text.search(/\S/),
            `text directly inside <${node.name}> ("${preview(child.text)}"): put it inside <li>…</li>`,
          );
        continue;
      }
      if (child.name !== 'li') this.misplaced(child, `cannot be directly inside <${node.name}>; only <li> can`);
      const inlineNodes: MarkupNode[] = [];
      const lists: ListBlock[] = [];
      for (const part of child.children) {
        if (part.kind === 'element' && (part.name === 'ul' || part.name === 'ol')) {
          const nested = this.list(part);
          if (nested) lists.push(nested);
        } else inlineNodes.push(part);
      }
      const content = this.inline(inlineNodes, 'li');
      if (content.length > 0 || lists.length > 0) items.push({ content, lists });
    }
    return items.length > 0 ? { type: 'list', ordered: node.name === 'ol', items } : null;
  }

  private table(node: ElementNode): TableBlock {
    const rows: { cells: TableCell[]; header: boolean; offset: number }[] = [];
    for (const child of node.children) {
      if (child.kind === 'text') {
        if (child.text.trim() !== '')
          this.fail(
            child.offset + child.text.search(/\S/),
            `text directly inside <table> ("${preview(child.text)}"): put it in a cell, <tr><td>…</td></tr>`,
          );
        continue;
      }
      if (child.name !== 'tr') this.misplaced(child, 'cannot be directly inside <table>; only <tr> rows can');
      const cells: TableCell[] = [];
      const kinds = new Set<string>();
      for (const cell of child.children) {
        if (cell.kind === 'text') {
          if (cell.text.trim() !== '')
            this.fail(
              cell.offset + cell.text.search(/\S/),
              `text directly inside <tr> ("${preview(cell.text)}"): put it inside <td>…</td>`,
            );
          continue;
        }
        if (cell.name !== 'th' && cell.name !== 'td')
          this.misplaced(cell, 'cannot be directly inside <tr>; only <th> and <td> cells can');
        kinds.add(cell.name);
        cells.push({ blocks: this.cellBlocks(cell) });
      }
      if (kinds.size > 1)
        this.fail(
          child.offset,
          'a row mixes <th> and <td> cells: the first row holds the column headings (<th>), the others data (<td>)',
        );
      rows.push({ cells, header: kinds.has('th'), offset: child.offset });
    }
    if (rows.length === 0 || !rows[0].header) {
      this.fail(
        rows[0]?.offset ?? node.offset,
        'a table must start with a header row of <th> cells: Word repeats it on every page and screen readers use it to name the columns',
      );
    }
    const [header, ...body] = rows;
    const columns = header.cells.length;
    if (columns === 0) this.fail(header.offset, 'the header row has no cells');
    for (const row of body) {
      if (row.header) this.fail(row.offset, 'only the first row of a table may be a header row of <th> cells');
      if (row.cells.length !== columns) {
        this.fail(
          row.offset,
          `this row has ${plural(row.cells.length, 'cell')} but the header row has ${columns}: every row needs one cell per column (cells cannot be merged)`,
        );
      }
    }
    return { type: 'table', widths: this.widths(node, columns), header: header.cells, rows: body.map((r) => r.cells) };
  }

  private widths(node: ElementNode, columns: number): number[] {
    const attribute = node.attributes.get('widths');
    if (attribute === undefined) return Array<number>(columns).fill(1 / columns);
    const parts = attribute.split(/[\s,]+/).filter(Boolean);
    const values = parts.map(Number);
    if (values.length !== columns || values.some((v) => !Number.isFinite(v) || v <= 0)) {
      this.fail(
        node.offset,
        `widths="${attribute}" must be ${columns} positive numbers, one per column, such as widths="${Array<number>(
          columns,
        )
          .fill(Math.floor(100 / columns))
          .join(',')}" (relative widths)`,
      );
    }
    const total = values.reduce((a, b) => a + b, 0);
    return values.map((v) => v / total);
  }

  /** A cell holds paragraphs and lists; loose inline content becomes paragraphs. */
  private cellBlocks(cell: ElementNode): (ParagraphBlock | ListBlock)[] {
    const blocks: (ParagraphBlock | ListBlock)[] = [];
    let loose: MarkupNode[] = [];
    const flush = () => {
      const content = this.inline(loose, cell.name);
      if (content.length > 0) blocks.push({ type: 'paragraph', content });
      loose = [];
    };
    for (const child of cell.children) {
      if (child.kind === 'element' && (child.name === 'p' || child.name === 'ul' || child.name === 'ol')) {
        flush();
        const block = child.name === 'p' ? this.paragraph(child) : this.list(child);
        if (block) blocks.push(block);
      } else loose.push(child);
    }
    flush();
    return blocks;
  }

  /** Inline content: text with bold, italic, links and line breaks, whitespace collapsed as HTML does. */
  private inline(nodes: readonly MarkupNode[], parent: string): Inline[] {
    const out: Inline[] = [];
    const walk = (list: readonly MarkupNode[], bold: boolean, italic: boolean, href: string | null) => {
      for (const node of list) {
        if (node.kind === 'text') {
          out.push({ type: 'text', text: node.text.replace(/[ \t\n\r\f]+/g, ' '), bold, italic, href });
          continue;
        }
        switch (node.name) {
          case 'b':
          case 'strong':
            walk(node.children, true, italic, href);
            break;
          case 'i':
          case 'em':
            walk(node.children, bold, true, href);
            break;
          case 'a': {
            if (href !== null) this.fail(node.offset, 'a link cannot contain another link');
            const target = node.attributes.get('href')?.trim() ?? '';
            if (!ALLOWED_LINK.test(target)) {
              this.fail(
                node.offset,
                `<a href="${preview(target)}">: a link must start with https://, http:// or mailto:`,
              );
            }
            walk(node.children, bold, italic, target);
            break;
          }
          case 'br':
            out.push({ type: 'break' });
            break;
          default:
            this.misplaced(node, `cannot be inside <${parent}>, which holds text`);
        }
      }
    };
    walk(nodes, false, false, null);
    return normaliseSpaces(out);
  }

  private misplaced(node: ElementNode, problem: string): never {
    this.fail(node.offset, `<${node.name}> ${problem}`);
  }

  // ---- Document rules -------------------------------------------------------

  /** Exactly one level-1 heading, first; no skipped levels (Word's navigation pane and screen readers rely on both). */
  private checkHeadings(blocks: readonly Block[]): void {
    const headings = blocks.filter((b): b is HeadingBlock => b.type === 'heading');
    if (headings.length === 0 || headings[0].level !== 1) {
      this.fail(
        headings[0] ? this.headingOffsets.get(headings[0])! : 0,
        'the document must start with one <h1> heading, its title',
      );
    }
    let previous = 0;
    for (const heading of headings) {
      if (heading.level === 1 && previous !== 0)
        this.fail(
          this.headingOffsets.get(heading)!,
          'a document has exactly one <h1> heading, its title: use <h2> for sections',
        );
      if (heading.level > previous + 1) {
        this.fail(
          this.headingOffsets.get(heading)!,
          `<h${heading.level}> follows <h${previous}>: heading levels must not be skipped, use <h${previous + 1}>`,
        );
      }
      previous = heading.level;
    }
  }

  // ---- Errors ---------------------------------------------------------------

  private location(offset: number): SourceLocation {
    const marked = this.output.locate(offset);
    if (marked) return { file: this.files[marked.fileIndex] ?? 'template', line: marked.line };
    // No markers: the line in the output itself.
    return { file: this.files[0] ?? 'template output', line: lineOf(this.text, offset) };
  }

  private describeLocation(offset: number): string {
    const { file, line } = this.location(offset);
    return `at ${file}:${line}`;
  }

  private fail(offset: number, problem: string): never {
    throw new ExportError(problem, this.location(offset));
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function preview(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}

/** Drops leading, trailing and doubled spaces (also around line breaks) and empty runs; merges runs of the same format. */
function normaliseSpaces(items: Inline[]): Inline[] {
  const out: Inline[] = [];
  let pendingSpace = false;
  for (const item of items) {
    if (item.type === 'break') {
      pendingSpace = false;
      out.push(item);
      continue;
    }
    let text = item.text;
    if (text.startsWith(' ')) {
      text = text.slice(1);
      pendingSpace = true;
    }
    if (text === '') continue;
    const endsWithSpace = text.endsWith(' ');
    if (endsWithSpace) text = text.slice(0, -1);
    const previous = out[out.length - 1];
    // A space between runs goes in the plainer one: never into a link's underline, and into bold or italic only when both are.
    if (pendingSpace && previous?.type === 'text') {
      const plain = (r: TextRun) => !r.bold && !r.italic && r.href === null;
      if (plain(previous) || (!plain(item) && previous.href === null)) previous.text += ' ';
      else text = ` ${text}`;
    }
    pendingSpace = endsWithSpace;
    if (
      previous?.type === 'text' &&
      previous.bold === item.bold &&
      previous.italic === item.italic &&
      previous.href === item.href
    )
      previous.text += text;
    else out.push({ ...item, text });
  }
  while (out.length > 0 && out[out.length - 1].type === 'break') out.pop();
  while (out.length > 0 && out[0].type === 'break') out.shift();
  return out;
}
