// Inline comments that switch rules off for part of a document, in the style
// of markdownlint and ESLint:
//   <!-- jdkit-disable rule-id ... -->   from here on (no ids: every rule)
//   <!-- jdkit-enable rule-id ... -->    back on
//   <!-- jdkit-disable-next-line rule-id ... -->
//   <!-- jdkit-disable-line rule-id ... -->
import type { Range } from '../types';
import type { TextLines } from './text-lines';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  line: number;
  range: Range;
}

const DIRECTIVE_HEAD = /^\s*jdkit-(disable-next-line|disable-line|disable|enable)\b/;

/**
 * Finds `<!-- jdkit-… -->` comments with indexOf scans, linear in the line
 * length: a regular expression here backtracked quadratically on a long line
 * holding an unclosed `<!-- jdkit-disable` (1 MB of spaces after it never finished).
 */
export function parseDirectives(lines: TextLines, fromLine: number): Directive[] {
  const directives: Directive[] = [];
  for (let line = fromLine; line < lines.lineCount; line++) {
    const text = lines.lines[line];
    if (!text.includes('jdkit-')) continue;
    // The first "-->" and the first ">" after an opening; reused while still ahead of the next opening.
    let close = -1;
    let gt = -1;
    for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', open + 4)) {
      if (close < open + 4) close = text.indexOf('-->', open + 4);
      if (close < 0) break;
      if (gt < open + 4) gt = text.indexOf('>', open + 4);
      // A ">" inside the comment means it is not a directive.
      const m = gt === close + 2 ? DIRECTIVE_HEAD.exec(text.slice(open + 4, close)) : null;
      if (!m) continue;
      directives.push({
        kind: m[1] as DirectiveKind,
        rules: text
          .slice(open + 4 + m[0].length, close)
          .split(/[\s,]+/)
          .filter(Boolean),
        line,
        range: { start: { line, character: open }, end: { line, character: close + 3 } },
      });
      // Carry on after this comment.
      open = close - 1;
    }
  }
  return directives;
}

/**
 * Answers "is `rule` switched off on `line`?" for a document's directives.
 * Built once per lint run; each query walks only the directives.
 */
export function suppressionChecker(directives: readonly Directive[]): (rule: string, line: number) => boolean {
  if (directives.length === 0) return () => false;
  return (rule, line) => {
    let disabled = false;
    for (const d of directives) {
      const applies = d.rules.length === 0 || d.rules.includes(rule);
      if (!applies) continue;
      if (d.kind === 'disable-line' && d.line === line) return true;
      if (d.kind === 'disable-next-line' && d.line + 1 === line) return true;
      if (d.line > line) continue;
      if (d.kind === 'disable') disabled = true;
      else if (d.kind === 'enable') disabled = false;
    }
    return disabled;
  };
}
