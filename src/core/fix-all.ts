// "Fix all": the first fix of every diagnostic, as one set of edits that can
// be applied together, and a plain-English account of what it changed. Fixes
// that need a person's judgement are left for the user (they stay quick
// fixes), and so is every diagnostic with more than one fix: picking the
// first of several would be choosing for the user. A fix whose edits overlap
// an already chosen fix is left out whole (the next lint run offers it
// again), because half a fix can leave the document worse than none.
import { plural } from './text/plural';
import type { Diagnostic, Fix, Range, TextEdit } from './types';

export interface FixAllPlan {
  /** The edits to apply, in document order. */
  edits: TextEdit[];
  /** The diagnostics fixed, each with the fix applied. */
  applied: { diagnostic: Diagnostic; fix: Fix }[];
  /** Diagnostics whose fixes need the user to choose: one needs judgement, or there are several. */
  forYou: Diagnostic[];
  /** Diagnostics whose fix clashes with one applied; the next run offers them again. */
  clashing: Diagnostic[];
}

export function planFixAll(diagnostics: readonly Diagnostic[]): FixAllPlan {
  const plan: FixAllPlan = { edits: [], applied: [], forYou: [], clashing: [] };
  for (const diagnostic of diagnostics) {
    const fixes = diagnostic.fixes?.filter((f) => f.edits.length > 0) ?? [];
    if (fixes.length === 0) continue;
    const fix = fixes[0];
    if (fixes.length > 1 || fix.needsJudgement) {
      plan.forYou.push(diagnostic);
      continue;
    }
    if (fix.edits.some((edit) => plan.edits.some((other) => overlaps(edit.range, other.range)))) {
      plan.clashing.push(diagnostic);
      continue;
    }
    plan.edits.push(...fix.edits);
    plan.applied.push({ diagnostic, fix });
  }
  plan.edits.sort((a, b) => compare(a.range.start, b.range.start) || compare(a.range.end, b.range.end));
  return plan;
}

const LISTED = 5;

/**
 * What fix-all did, for a message: each change by its fix title and line
 * (the first few), then what is left for the user and why.
 */
export function describeFixAll(plan: FixAllPlan): string {
  const parts: string[] = [];
  if (plan.applied.length === 0) parts.push('jdkit changed nothing on its own.');
  else {
    const changes = plan.applied
      .slice(0, LISTED)
      .map(({ diagnostic, fix }) => `${fix.title} (line ${diagnostic.range.start.line + 1})`);
    const more = plan.applied.length - changes.length;
    parts.push(
      `jdkit fixed ${plural(plan.applied.length, 'problem')}: ${changes.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`,
    );
  }
  if (plan.forYou.length > 0) {
    parts.push(
      `${plural(plan.forYou.length, 'problem')} ${plan.forYou.length === 1 ? 'needs' : 'need'} your choice (a quick fix offers the options): ${lines(plan.forYou)}.`,
    );
  }
  if (plan.clashing.length > 0)
    parts.push(
      `${plural(plan.clashing.length, 'fix', 'fixes')} overlapped another and will be offered again: ${lines(plan.clashing)}.`,
    );
  return parts.join(' ');
}

function lines(diagnostics: readonly Diagnostic[]): string {
  const shown = diagnostics.slice(0, LISTED).map((d) => `${d.rule} on line ${d.range.start.line + 1}`);
  const more = diagnostics.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
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
