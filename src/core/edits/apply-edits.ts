// Applies text edits the way an editor does: the CLI's --fix writes the result, and tests check a fix by the text it produces.
import { TextLines } from '../document/text-lines';
import type { TextEdit } from '../types';

/**
 * The text after applying `edits`, whose ranges refer to the original text and
 * must not overlap. Insertions at the same position appear in the order given.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new TextLines(text);
  const byOffset = edits
    .map((edit, index) => ({
      start: lines.offsetAt(edit.range.start),
      end: lines.offsetAt(edit.range.end),
      text: edit.newText,
      index,
    }))
    // Last edit first, so earlier offsets stay valid; at equal offsets the later edit goes in first.
    .sort((a, b) => b.start - a.start || b.end - a.end || b.index - a.index);
  let result = text;
  let limit = text.length;
  for (const edit of byOffset) {
    if (edit.end > limit) throw new Error(`edit ${edit.index} overlaps another edit`);
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    limit = edit.start;
  }
  return result;
}
