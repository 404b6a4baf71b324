// The default text output, grouped by file like ESLint's "stylish" formatter:
// each file with diagnostics gets its path on its own line, then one row per
// diagnostic with `line:column` (1-based, UTF-16 columns), severity, message and
// rule id in columns, then a blank line; a summary line ends the output. Files
// without diagnostics are not listed (the summary counts them).
//
// With `width` (the CLI passes the terminal's width) long messages wrap inside
// their column. Without it (output to a pipe or a file) a diagnostic is never
// wrapped, so each one stays on one line. Colour only when `color` is set; the
// CLI decides that from the TTY and NO_COLOR / FORCE_COLOR.
// `--format compact` (compact.ts) keeps the one-line `path:line:col` format.
import { plural } from '../text/plural';
import type { Severity } from '../types';
import type { FileReport, HiddenCounts, StreamFormatter, Summary } from './report';

export interface TextOptions {
  /** Wrap messages so that rows fit in this many columns; undefined: never wrap. */
  width?: number;
  /** Colour severities and underline paths with ANSI escape codes. */
  color?: boolean;
}

const INDENT = '  ';
const GAP = '  ';
/** Without wrapping, rule ids line up after messages up to this wide; a longer message pushes its rule id to the right. */
export const UNWRAPPED_MESSAGE_COLUMN = 100;
/** However narrow the terminal, messages are not wrapped narrower than this. */
export const MIN_MESSAGE_WIDTH = 20;

/** One file's block: its path, one row per diagnostic (more when a message wraps), a blank line; '' without diagnostics. */
export function formatTextFile(report: FileReport, options: TextOptions = {}): string {
  if (report.diagnostics.length === 0) return '';
  const style = styles(options.color === true);
  const rows = report.diagnostics.map((d) => ({
    line: String(d.range.start.line + 1),
    column: String(d.range.start.character + 1),
    severity: d.severity,
    message: cleanMessage(d.message),
    rule: d.rule,
  }));
  const widest = (values: number[]) => Math.max(0, ...values);
  const lineWidth = widest(rows.map((r) => r.line.length));
  const columnWidth = widest(rows.map((r) => r.column.length));
  const severityWidth = widest(rows.map((r) => r.severity.length));
  const ruleWidth = widest(rows.map((r) => r.rule.length));
  const messageIndent = INDENT.length + lineWidth + 1 + columnWidth + GAP.length + severityWidth + GAP.length;
  const longestMessage = widest(rows.map((r) => displayWidth(r.message)));
  const messageWidth =
    options.width === undefined
      ? Math.min(longestMessage, UNWRAPPED_MESSAGE_COLUMN)
      : Math.min(longestMessage, Math.max(MIN_MESSAGE_WIDTH, options.width - messageIndent - GAP.length - ruleWidth));

  const out = [style.path(report.path)];
  for (const r of rows) {
    const [first, ...rest] = options.width === undefined ? [r.message] : wrap(r.message, messageWidth);
    const position = `${pad(lineWidth - r.line.length)}${style.position(`${r.line}:${r.column}`)}${pad(columnWidth - r.column.length)}`;
    const severity = `${style.severity[r.severity](r.severity)}${pad(severityWidth - r.severity.length)}`;
    out.push(
      `${INDENT}${position}${GAP}${severity}${GAP}${first}${pad(messageWidth - displayWidth(first))}${GAP}${style.rule(r.rule)}`,
    );
    for (const line of rest) out.push(`${pad(messageIndent)}${line}`);
  }
  return `${out.join('\n')}\n\n`;
}

/**
 * The closing line. With `hidden` (from --quiet) and something hidden, it says
 * what was shown and what was hidden: "0 problems shown (10 warnings hidden) in 1 file."
 */
export function formatTextSummary(summary: Summary, hidden?: HiddenCounts): string {
  const files = plural(summary.files, 'file');
  const shown = summary.errors + summary.warnings + summary.information + summary.hints;
  const hiddenCounts = hidden ? counts({ errors: 0, ...hidden }).filter(([n]) => n > 0) : [];
  if (hiddenCounts.length > 0) {
    const shownPart = counts(summary)
      .filter(([n]) => n > 0)
      .map(([, text]) => text)
      .join(', ');
    const hiddenPart = `${hiddenCounts.map(([, text]) => text).join(', ')} hidden`;
    return `${plural(shown, 'problem')} shown (${[shownPart, hiddenPart].filter(Boolean).join('; ')}) in ${files}.\n`;
  }
  if (shown === 0) return `No problems found in ${files}.\n`;
  return `${plural(shown, 'problem')} (${counts(summary)
    .map(([, text]) => text)
    .join(', ')}) in ${files}.\n`;
}

/** The default formatter; see the top of this file. */
export function textFormatter(options: TextOptions = {}): StreamFormatter {
  const style = styles(options.color === true);
  return {
    begin: () => '',
    file: (report) => formatTextFile(report, options),
    end: (summary, hidden) => {
      const line = formatTextSummary(summary, hidden).slice(0, -1);
      const colour =
        summary.errors > 0 ? style.severity.error : summary.warnings > 0 ? style.severity.warning : (s: string) => s;
      return `${summary.errors + summary.warnings > 0 ? style.bold(colour(line)) : line}\n`;
    },
  };
}

/**
 * `text` in lines of at most `width` columns, broken at spaces; a word wider
 * than `width` (a long URL) is cut. Always at least one line.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (displayWidth(line) > width) {
      const [head, tail] = cut(line, width);
      lines.push(head);
      line = tail;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** How many terminal columns `text` takes: wide East Asian characters and emoji take two, combining marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const WIDE =
  /^[\p{Emoji_Presentation}\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]$/u;

function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  return WIDE.test(char) ? 2 : 1;
}

/** The longest start of `text` that fits in `width` columns (at least one character), and the rest. */
function cut(text: string, width: number): [string, string] {
  const chars = Array.from(text);
  let used = 0;
  let count = 0;
  while (count < chars.length && (count === 0 || used + charWidth(chars[count]) <= width))
    used += charWidth(chars[count++]);
  return [chars.slice(0, count).join(''), chars.slice(count).join('')];
}

/** A message on one line: whitespace runs (new lines, tabs) become one space, control characters are made visible. */
function cleanMessage(message: string): string {
  return message
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
}

function counts(summary: Pick<Summary, 'errors' | 'warnings' | 'information' | 'hints'>): [number, string][] {
  return [
    [summary.errors, plural(summary.errors, 'error')],
    [summary.warnings, plural(summary.warnings, 'warning')],
    [summary.information, `${summary.information} information`],
    [summary.hints, plural(summary.hints, 'hint')],
  ];
}

function pad(width: number): string {
  return ' '.repeat(Math.max(0, width));
}

type Paint = (text: string) => string;

interface Styles {
  path: Paint;
  position: Paint;
  rule: Paint;
  bold: Paint;
  severity: Record<Severity, Paint>;
}

function sgr(open: number, close: number): Paint {
  return (text) => `\x1b[${open}m${text}\x1b[${close}m`;
}

const PLAIN: Paint = (text) => text;
const DIM = sgr(2, 22);
const COLOURED: Styles = {
  path: sgr(4, 24),
  position: DIM,
  rule: DIM,
  bold: sgr(1, 22),
  severity: { error: sgr(31, 39), warning: sgr(33, 39), information: sgr(36, 39), hint: DIM },
};
const UNCOLOURED: Styles = {
  path: PLAIN,
  position: PLAIN,
  rule: PLAIN,
  bold: PLAIN,
  severity: { error: PLAIN, warning: PLAIN, information: PLAIN, hint: PLAIN },
};

function styles(color: boolean): Styles {
  return color ? COLOURED : UNCOLOURED;
}
