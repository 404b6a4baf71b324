// Scores the capability matcher on the hand-labelled meaning set
// (test/fixtures/matcher/labelled-meaning.json): rewordings of the document
// role's statements, other roles' duties and bullets that are no capability.
// Shared by test/unit/matcher-meaning.test.ts and scripts/tune-matcher.ts.
import labelled from '../fixtures/matcher/labelled-meaning.json';
import { isMixAndMatch } from '../../src/core/coverage';
import type { Framework } from '../../src/core/framework/load';
import type { Population, RoleId } from '../../src/core/framework/schema';
import type { Attribution, BulletMatch, CapabilityMatcher } from '../../src/core/match/matcher';

export interface MeaningCase {
  category: string;
  split: 'dev' | 'heldout';
  role: RoleId;
  population?: Population;
  section: 'capabilities' | 'duties';
  text: string;
  expected: string[];
  note?: string;
}

export const MEANING_CASES = (labelled as { cases: MeaningCase[] }).cases;

/** Categories whose bullets restate one of the document role's statements. */
export const REWORDINGS = ['reworded-light', 'reworded', 'duty'];

export interface MeaningOutcome {
  case: MeaningCase;
  match: BulletMatch;
  /** A rewording attributed to its statement, an other-role duty reported as that role's, a non-capability left alone. */
  correct: boolean;
  /** Reported as mix-and-match: some other role's statement, none of the document role's (coverage.ts isMixAndMatch). */
  mixAndMatch: boolean;
  /** A statement was attributed and it is not one the case expects. */
  falseAttribution: boolean;
}

/** Statements sharing a text are indistinguishable, so any of them counts. */
function isExpected(a: Attribution | null, expected: readonly string[]): boolean {
  return a !== null && a.sameText.some((s) => expected.includes(s.id));
}

export function evaluateCase(framework: Framework, matcher: CapabilityMatcher, c: MeaningCase): MeaningOutcome {
  const preferred = new Set<RoleId>([c.role, ...framework.baseRoles(c.role, c.population).map((r) => r.id)]);
  const match = matcher.match(c.text, preferred);
  const attributed = match.own ?? match.best;
  const mixAndMatch = isMixAndMatch(match);
  let correct: boolean;
  if (REWORDINGS.includes(c.category)) correct = match.own !== null && isExpected(match.own, c.expected);
  else if (c.category === 'other-role') correct = mixAndMatch && isExpected(match.best, c.expected);
  else correct = attributed === null;
  return {
    case: c,
    match,
    correct,
    mixAndMatch,
    falseAttribution: attributed !== null && !isExpected(attributed, c.expected),
  };
}

export interface MeaningFigures {
  cases: number;
  correct: number;
  /** Rewordings: share attributed to the right statement at rank 1. */
  rewordingRecall: number;
  /** Other roles' duties: share reported as mix-and-match. */
  otherRoleDetected: number;
  /** Non-capability bullets given any statement. */
  nonCapabilityMatched: number;
  falseAttributions: number;
  /** False attributions over all cases. */
  falseRate: number;
}

export function figures(outcomes: readonly MeaningOutcome[]): MeaningFigures {
  const of = (categories: string[]) => outcomes.filter((o) => categories.includes(o.case.category));
  const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  const rewordings = of(REWORDINGS);
  const otherRole = of(['other-role']);
  const falseAttributions = outcomes.filter((o) => o.falseAttribution).length;
  return {
    cases: outcomes.length,
    correct: outcomes.filter((o) => o.correct).length,
    rewordingRecall: share(rewordings.filter((o) => o.correct).length, rewordings.length),
    otherRoleDetected: share(otherRole.filter((o) => o.mixAndMatch).length, otherRole.length),
    nonCapabilityMatched: of(['non-capability']).filter((o) => o.match.best !== null).length,
    falseAttributions,
    falseRate: share(falseAttributions, outcomes.length),
  };
}

export function describeAttribution(a: Attribution | null): string {
  return a ? `${a.statement.id} ${a.kind} ${a.score.toFixed(3)}` : 'none';
}
