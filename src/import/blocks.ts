// The import's view of a document: a flat list of blocks, whatever it was
// read from (Word through mammoth's HTML, or Markdown and plain text). Text
// keeps bold and italic as Markdown; `plain` is the same text without them,
// for recognising headings, labels and person-specification marks.

export interface Inline {
  /** Markdown: **bold**, *italic*, [links](…). */
  text: string;
  plain: string;
  /** The whole text is bold (a heading in documents without heading styles). */
  bold: boolean;
}

export interface ListItem extends Inline {
  depth: number;
}

export type Block =
  | { type: 'heading'; level: number; inline: Inline }
  | { type: 'paragraph'; inline: Inline }
  | { type: 'list'; ordered: boolean; items: ListItem[] }
  /** Each cell is its lines (paragraphs and list items), so a cell listing several criteria keeps them apart. */
  | { type: 'table'; rows: Inline[][][]; /** The first row is marked as a header row. */ header: boolean };

/** Escapes the characters Markdown would read as formatting, so text from a document stays text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

export function inline(text: string, plain = text, bold = false): Inline {
  return { text, plain, bold };
}

// Bullets typed as characters rather than Word numbering: "•", "-", "o", "▪", "–" and friends.
const TYPED_BULLET = /^\s*(?:[•●◦▪▫■□‣⁃∙·*–—-]|o(?=\s))\s*/u;
// "1.", "1)", "(a)", "a)", "i." typed by hand.
const TYPED_NUMBER = /^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+/;

/** The paragraph as a typed list item (its marker removed), or null. */
export function typedListItem(item: Inline): { ordered: boolean; item: Inline } | null {
  const bullet = TYPED_BULLET.exec(item.plain);
  const number = bullet ? null : TYPED_NUMBER.exec(item.plain);
  const marker = bullet ?? number;
  if (!marker || marker[0].length === item.plain.length) return null;
  return { ordered: number !== null, item: stripMarker(item, marker[0].trim()) };
}

/** Removes a leading marker from both forms of the text (the Markdown form may wrap it in ** or *). */
function stripMarker(item: Inline, marker: string): Inline {
  const plain = item.plain.trimStart().slice(marker.length).trimStart();
  // The Markdown form may escape the marker ("\\*") or wrap it in emphasis.
  const at = item.text.indexOf(marker);
  const from = at > 0 && item.text[at - 1] === '\\' ? at - 1 : at;
  const text =
    at >= 0
      ? (item.text.slice(0, from) + item.text.slice(at + marker.length)).replace(/^(\**)\s+/, '$1').trim()
      : plain;
  return { text, plain, bold: item.bold };
}

/** Turns runs of typed bullets among the paragraphs into lists. */
export function gatherTypedLists(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const typed = block.type === 'paragraph' ? typedListItem(block.inline) : null;
    if (!typed) {
      out.push(block);
      continue;
    }
    const last = out[out.length - 1];
    const listItem = { ...typed.item, depth: 0 };
    if (last?.type === 'list' && last.ordered === typed.ordered) last.items.push(listItem);
    else out.push({ type: 'list', ordered: typed.ordered, items: [listItem] });
  }
  return out;
}
