// The command line's --fix: what "Fix all" does in the editor, applied to a
// document's text until nothing more can be fixed. Each pass lints the text
// and applies the fixes fix-all would (planFixAll: one fix per problem, none
// that needs a person's judgement, none that clashes with another); a fix can
// make another possible (the missing statements inserted, the next pass sees
// them), so passes repeat, at most MAX_PASSES times as ESLint does, in case
// two fixes undo each other.
import { applyEdits } from './edits/apply-edits';
import { planFixAll } from './fix-all';
import { lint, type LintOptions, type LintResult } from './lint';

/** ESLint's limit: enough for fixes that make others possible, and a stop for fixes that undo each other. */
const MAX_PASSES = 10;

export interface AppliedFix {
  rule: string;
  /** The fix's title, as the editor's quick fix shows it. */
  title: string;
  /** 0-based line of the problem, in the text of the pass that fixed it. */
  line: number;
}

export interface FixedDocument {
  /** The text with the fixes applied (the input itself when none applied). */
  output: string;
  fixes: AppliedFix[];
  /** The lint of `output`: the problems left. */
  result: LintResult;
}

export function fixDocument(text: string, options: LintOptions = {}): FixedDocument {
  let output = text;
  const fixes: AppliedFix[] = [];
  let result = lint(output, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const plan = planFixAll(result.diagnostics);
    if (plan.edits.length === 0) break;
    output = applyEdits(output, plan.edits);
    for (const { diagnostic, fix } of plan.applied)
      fixes.push({ rule: diagnostic.rule, title: fix.title, line: diagnostic.range.start.line });
    result = lint(output, options);
  }
  return { output, fixes, result };
}
