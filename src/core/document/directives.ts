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

const DIRECTIVE = /<!--\s*jdkit-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/g;

export function parseDirectives(lines: TextLines, fromLine: number): Directive[] {
  const directives: Directive[] = [];
  for (let line = fromLine; line < lines.lineCount; line++) {
    const text = lines.lines[line];
    if (!text.includes('jdkit-')) continue;
    DIRECTIVE.lastIndex = 0;
    for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
      directives.push({
        kind: m[1] as DirectiveKind,
        rules: m[2].split(/[\s,]+/).filter(Boolean),
        line,
        range: { start: { line, character: m.index }, end: { line, character: m.index + m[0].length } },
      });
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
