// Shared core types. Positions follow the Language Server Protocol: 0-based
// lines and UTF-16 code-unit characters, so the editor adapter can pass them
// straight through.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** One replacement of the text in `range` by `newText` (an insertion when the range is empty). */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** A named set of edits that together repair one diagnostic. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * The change is one a person should choose (a new job title, one wording
   * among several, removing the employer's text): offered as a quick fix,
   * never applied by "fix all" (ESLint calls these suggestions).
   */
  needsJudgement?: boolean;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Machine-readable detail; `roles` lists the role ids involved where relevant. */
  data?: Record<string, unknown>;
  fixes?: Fix[];
}
