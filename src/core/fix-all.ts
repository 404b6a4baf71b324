// "Fix all": the first fix of every diagnostic, as one set of edits that can
// be applied together. A fix whose edits overlap an already chosen fix is
// left out whole (the next lint run offers it again), because half a fix can
// leave the document worse than none.
import type { Diagnostic, Range, TextEdit } from './types';

export function fixAllEdits(diagnostics: readonly Diagnostic[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    const fix = diagnostic.fixes?.[0];
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((edit) => chosen.some((other) => overlaps(edit.range, other.range)))) continue;
    chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => compare(a.range.start, b.range.start) || compare(a.range.end, b.range.end));
}

/**
 * Whether two edits' ranges conflict: they share text, or one inserts at a
 * point the other touches (two insertions at one point would come out in an
 * order nobody chose).
 */
export function overlaps(a: Range, b: Range): boolean {
  if (compare(a.start, b.end) < 0 && compare(b.start, a.end) < 0) return true;
  const aEmpty = compare(a.start, a.end) === 0;
  const bEmpty = compare(b.start, b.end) === 0;
  if (aEmpty && compare(a.start, b.start) >= 0 && compare(a.start, b.end) <= 0) return true;
  return bEmpty && compare(b.start, a.start) >= 0 && compare(b.start, a.end) <= 0;
}

function compare(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}
