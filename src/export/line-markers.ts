// Maps template output back to template lines. Before compiling, every
// template line that does not start inside a `{{…}}` gets an invisible marker
// naming its file and line; the markers pass through Handlebars as literal
// text, so in the output each marker says where the text after it came from.
// The markup parser strips them and uses them to name the template line of a
// markup error (an unclosed <p>, a table row with a missing cell), which
// would otherwise only have a line number in output nobody sees.
//
// The marker characters are C0 controls that the context builder removes from
// every value and templates may not contain, so they cannot be forged.

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** True for characters a template or a context value must not contain: C0 controls other than tab, line feed and carriage return (Word rejects them too). */
export const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
export const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

export interface MarkedSource {
  source: string;
  /** For each 1-based line, how many characters the marker added at its start (0: none). */
  shift: number[];
}

/** Adds a marker at the start of every line of `source` that is outside a mustache. */
export function markLines(source: string, fileIndex: number): MarkedSource {
  const lines = source.split('\n');
  const shift = [0];
  let inside: string | null = null; // the closing delimiter of the open mustache or comment
  const out = lines.map((line, i) => {
    const marker = inside === null ? `${OPEN}${fileIndex}:${i + 1}${CLOSE}` : '';
    shift.push(marker.length);
    inside = scanLine(line, inside);
    return marker + line;
  });
  return { source: out.join('\n'), shift };
}

/** The mustache state at the end of `line`, given the state at its start. */
function scanLine(line: string, inside: string | null): string | null {
  let at = 0;
  for (;;) {
    if (inside !== null) {
      const close = line.indexOf(inside, at);
      if (close < 0) return inside;
      at = close + inside.length;
      inside = null;
    }
    const open = line.indexOf('{{', at);
    if (open < 0) return null;
    if (line[open - 1] === '\\') {
      at = open + 2;
      continue;
    }
    inside = line.startsWith('{{!--', open) ? '--}}' : '}}';
    at = open + 2;
  }
}

export interface OutputLocation {
  fileIndex: number;
  /** 1-based template line. */
  line: number;
}

export interface StrippedOutput {
  text: string;
  /** Where the text at `offset` (into `text`) came from; null before the first marker. */
  locate(offset: number): OutputLocation | null;
}

/** Removes the markers from template output, remembering where each came from. */
export function stripMarkers(output: string): StrippedOutput {
  const offsets: number[] = [];
  const locations: OutputLocation[] = [];
  const parts: string[] = [];
  let length = 0;
  let from = 0;
  for (let open = output.indexOf(OPEN); open >= 0; open = output.indexOf(OPEN, from)) {
    const close = output.indexOf(CLOSE, open);
    const match = close > 0 ? /^(\d+):(\d+)$/.exec(output.slice(open + 1, close)) : null;
    if (!match) break; // cannot happen: controls are removed from values and rejected in templates
    parts.push(output.slice(from, open));
    length += open - from;
    offsets.push(length);
    locations.push({ fileIndex: Number(match[1]), line: Number(match[2]) });
    from = close + 1;
  }
  parts.push(output.slice(from));
  const text = parts.join('');
  return {
    text,
    locate(offset) {
      // The last marker at or before the offset.
      let lo = 0;
      let hi = offsets.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (offsets[mid] <= offset) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found < 0 ? null : locations[found];
    },
  };
}
