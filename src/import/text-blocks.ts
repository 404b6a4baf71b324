// Markdown and plain-text job descriptions → blocks, so they go through the
// same recognition as Word documents. Markdown is read with markdown-it (its
// block tokens); plain text has one paragraph per line, as Word's "Save as
// plain text" writes it, and its tables, cells separated by tabs.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { escapeMarkdown, inline, type Block, type Inline, type ListItem } from './blocks';
import { personSpecTable } from './person-spec';

const markdown = new MarkdownIt('commonmark').enable('table');

export function markdownBlocks(source: string): Block[] {
  const tokens = markdown.parse(source, {});
  const blocks: Block[] = [];
  const lists: { ordered: boolean; items: ListItem[] }[] = [];
  let row: Inline[][] | null = null;
  let table: Inline[][][] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    switch (token.type) {
      case 'heading_open':
        blocks.push({
          type: 'heading',
          level: Number(token.tag.slice(1)),
          inline: markdownInline(tokens[i + 1].content),
        });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open', items: [] });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close': {
        const list = lists.pop()!;
        if (lists.length > 0) lists[lists.length - 1].items.push(...list.items);
        else if (list.items.length > 0) blocks.push({ type: 'list', ...list });
        break;
      }
      case 'table_open':
        table = [];
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        table?.push(row!);
        row = null;
        break;
      case 'table_close':
        if (table && table.length > 0) blocks.push({ type: 'table', rows: table, header: true });
        table = null;
        break;
      case 'inline':
        addInline(token, tokens[i - 1], lists, row, blocks);
        break;
      case 'html_block':
      case 'code_block':
      case 'fence':
        if (!token.content.trimStart().startsWith('<!--') && token.content.trim())
          blocks.push({ type: 'paragraph', inline: inline(token.content.trim()) });
        break;
    }
  }
  return blocks;
}

function addInline(
  token: Token,
  opener: Token,
  lists: { items: ListItem[] }[],
  row: Inline[][] | null,
  blocks: Block[],
): void {
  if (opener.type === 'heading_open') return;
  const content = markdownInline(token.content);
  if (row && (opener.type === 'td_open' || opener.type === 'th_open')) row.push(content.plain ? [content] : []);
  else if (lists.length > 0) lists[lists.length - 1].items.push({ ...content, depth: lists.length - 1 });
  else if (isDetailLines(token.content))
    for (const line of token.content.split('\n')) blocks.push({ type: 'paragraph', inline: markdownInline(line) });
  else if (content.plain) blocks.push({ type: 'paragraph', inline: content });
}

/** Lines that are each "Label: value" (details written one a line) are kept apart; other lines wrap one paragraph. */
function isDetailLines(text: string): boolean {
  const lines = text.split('\n');
  return lines.length > 1 && lines.every((line) => /^\**[\p{L}][^:\n]{0,40}:\**\s*\S/u.test(line.trim()));
}

/** Markdown inline text: kept as it is, with a plain form without emphasis marks. */
function markdownInline(text: string): Inline {
  const oneLine = text.replace(/\s*\n\s*/g, ' ').trim();
  const plain = oneLine
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/\\([\\`*_[\]<>#])/g, '$1');
  return inline(oneLine, plain, /^(\*\*|__)[^*_]+\1$/.test(oneLine));
}

export function plainTextBlocks(source: string): Block[] {
  // Only spaces are trimmed here: a table row's leading tab is its empty first cell (a merged, continued category).
  const lines = source
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/^ +| +$/g, ''))
    .filter((line) => line.trim().length > 0);
  const blocks: Block[] = [];
  for (let start = 0; start < lines.length;) {
    // A run of lines with tabs may be a table; any other line is a run of its own.
    let end = start + 1;
    if (lines[start].includes('\t')) while (end < lines.length && lines[end].includes('\t')) end++;
    const run = lines.slice(start, end);
    const table = tabTable(run);
    if (table) blocks.push({ type: 'table', rows: table, header: true });
    else
      for (const line of run) {
        // Tabs inside a paragraph stay, as in a Word paragraph: they separate details ("Job title:<tab>Nurse<tab>Band:<tab>6").
        const text = line.trim().replace(/\s*\t\s*/g, '\t');
        blocks.push({ type: 'paragraph', inline: inline(escapeMarkdown(text), text) });
      }
    start = end;
  }
  return blocks;
}

/**
 * A table written with its cells separated by tabs, as Word's "Save as plain
 * text" writes one: the lines with tabs, none with more cells than the first
 * (the header), when they read as a person specification, the table whose
 * columns the import needs (a line of details laid out with tabs is read as
 * one, however many); null otherwise, and the lines stay text.
 */
function tabTable(lines: readonly string[]): Inline[][][] | null {
  if (lines.length < 2 || !lines.every((line) => line.includes('\t'))) return null;
  const rows = lines.map((line) => line.split('\t').map(tabCell));
  return rows.every((row) => row.length <= rows[0].length) && personSpecTable(rows) ? rows : null;
}

/** A cell of a table written with tabs: its text, or no lines when empty. */
function tabCell(text: string): Inline[] {
  const cell = text.trim();
  return cell ? [inline(escapeMarkdown(cell), cell)] : [];
}
