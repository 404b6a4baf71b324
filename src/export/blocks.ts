// The Markdown of a job-description section as template data: paragraphs,
// lists and sub-headings, each with plain `text` and with `markup` (the same
// text as escaped jdkit markup, keeping bold, italic and links). HTML in the
// Markdown (jdkit directives are HTML comments) is left out.
import Handlebars from 'handlebars';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { FORBIDDEN_CONTROLS } from './line-markers';

export interface TextBlock {
  type: 'paragraph';
  text: string;
  markup: string;
}

export interface ListItemData {
  text: string;
  markup: string;
  /** 0 for a top-level item, 1 for an item of a list nested in it, and so on. */
  depth: number;
}

export interface ListData {
  type: 'list';
  ordered: boolean;
  items: ListItemData[];
}

export interface SubheadingData {
  type: 'heading';
  /** 1 for a `###` heading under the section's `##`, 2 for `####`, and so on. */
  level: number;
  text: string;
  markup: string;
}

export type BlockData = TextBlock | ListData | SubheadingData;

const markdown = new MarkdownIt('commonmark', { html: true });

/** Removes characters that cannot appear in a Word document (and would forge line markers). */
export function clean(text: string): string {
  return text.replace(FORBIDDEN_CONTROLS, '');
}

/** Escapes text for jdkit markup as Handlebars escapes `{{values}}` (its own function, so the two cannot drift apart). */
const escapeMarkup: (text: string) => string = Handlebars.Utils.escapeExpression;

/** Blocks of a Markdown fragment whose headings start at `sectionLevel + 1`. */
export function markdownBlocks(source: string, sectionLevel = 2): BlockData[] {
  const tokens = markdown.parse(clean(source), {});
  const blocks: BlockData[] = [];
  let list: ListData | null = null;
  let listDepth = -1;
  let item: ListItemData | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    switch (token.type) {
      case 'heading_open': {
        const inline = inlineData(tokens[i + 1]);
        if (inline.text)
          blocks.push({ type: 'heading', level: Math.max(1, Number(token.tag.slice(1)) - sectionLevel), ...inline });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (listDepth < 0) {
          list = { type: 'list', ordered: token.type === 'ordered_list_open', items: [] };
          blocks.push(list);
        }
        listDepth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        if (listDepth < 0) list = null;
        break;
      case 'list_item_open':
        item = { text: '', markup: '', depth: listDepth };
        list!.items.push(item);
        break;
      case 'list_item_close':
        item = null;
        break;
      case 'inline': {
        if (tokens[i - 1]?.type === 'heading_open') break;
        const inline = inlineData(token);
        if (!inline.text) break;
        if (list) {
          // An item's later paragraphs continue it; one after a nested list starts a new entry at the item's depth.
          if (!item) {
            item = { text: '', markup: '', depth: listDepth };
            list.items.push(item);
          }
          item.text = item.text ? `${item.text} ${inline.text}` : inline.text;
          item.markup = item.markup ? `${item.markup} ${inline.markup}` : inline.markup;
        } else blocks.push({ type: 'paragraph', ...inline });
        break;
      }
      case 'fence':
      case 'code_block': {
        const text = token.content.replace(/\s+/g, ' ').trim();
        if (text) blocks.push({ type: 'paragraph', text, markup: escapeMarkup(text) });
        break;
      }
    }
  }
  for (const block of blocks) if (block.type === 'list') block.items = block.items.filter((i) => i.text);
  return blocks.filter((b) => b.type !== 'list' || b.items.length > 0);
}

/** Plain text and markup of an inline token. */
function inlineData(token: Token | undefined): { text: string; markup: string } {
  let text = '';
  let markup = '';
  const links: boolean[] = [];
  for (const child of token?.children ?? []) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        text += child.content;
        markup += escapeMarkup(child.content);
        break;
      case 'softbreak':
        text += ' ';
        markup += ' ';
        break;
      case 'hardbreak':
        text += ' ';
        markup += '<br/>';
        break;
      case 'strong_open':
        markup += '<b>';
        break;
      case 'strong_close':
        markup += '</b>';
        break;
      case 'em_open':
        markup += '<i>';
        break;
      case 'em_close':
        markup += '</i>';
        break;
      case 'link_open': {
        const href = child.attrGet('href') ?? '';
        // Only web and mail links become links; others (relative paths) keep their text.
        const linked = /^(?:https?:\/\/|mailto:)[^\s<>"]+$/i.test(href) && links.length === 0;
        links.push(linked);
        if (linked) markup += `<a href="${escapeMarkup(href)}">`;
        break;
      }
      case 'link_close':
        if (links.pop()) markup += '</a>';
        break;
      case 'image':
        text += child.content;
        markup += escapeMarkup(child.content);
        break;
    }
  }
  return { text: text.replace(/\s+/g, ' ').trim(), markup: markup.replace(/\s+/g, ' ').trim() };
}
