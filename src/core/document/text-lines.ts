// Line bookkeeping shared by the parser and the fixes. JavaScript strings are
// UTF-16, so a string index within a line is already the LSP "character".
import type { Position, Range } from '../types';

export class TextLines {
  /** Lines without their end-of-line characters. */
  readonly lines: string[];
  /** Offset of the first character of each line in the full text. */
  readonly offsets: number[];
  /** The end-of-line sequence the document mostly uses, for inserted text. */
  readonly eol: '\n' | '\r\n';

  constructor(readonly text: string) {
    this.lines = [];
    this.offsets = [];
    // The next \n and the next \r, found with indexOf, which is much faster than a RegExp for all three breaks.
    let nl = text.indexOf('\n');
    let cr = text.indexOf('\r');
    let start = 0;
    let crlf = 0;
    let lf = 0;
    while (nl >= 0 || cr >= 0) {
      const atCr = cr >= 0 && (nl < 0 || cr < nl);
      const at = atCr ? cr : nl;
      const width = atCr && nl === cr + 1 ? 2 : 1;
      if (width === 2) crlf++;
      else lf++;
      this.lines.push(text.slice(start, at));
      this.offsets.push(start);
      start = at + width;
      if (nl >= 0 && nl < start) nl = text.indexOf('\n', start);
      if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    }
    this.lines.push(text.slice(start));
    this.offsets.push(start);
    this.eol = crlf > lf ? '\r\n' : '\n';
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** Converts a string offset to a position, clamping to the text. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.offsets[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    const character = Math.min(clamped - this.offsets[lo], this.lines[lo].length);
    return { line: lo, character };
  }

  offsetAt(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.lines.length - 1));
    const character = Math.max(0, Math.min(position.character, this.lines[line].length));
    return this.offsets[line] + character;
  }

  /** The range covering a whole line's text (not its line break). */
  lineRange(line: number): Range {
    return { start: { line, character: 0 }, end: { line, character: this.lines[line].length } };
  }

  rangeOfOffsets(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The end of the document, where appended text goes. */
  get end(): Position {
    const line = this.lines.length - 1;
    return { line, character: this.lines[line].length };
  }
}
