// Evaluates the capability matcher on hand-labelled bullets
// (test/fixtures/matcher/labelled.json) and prints precision and recall per
// category. The thresholds in src/core/match/matcher.ts were chosen on this set.
import assert from 'node:assert/strict';
import labelled from '../fixtures/matcher/labelled.json';
import { getFramework } from '../../src/core/framework/load';
import type { Population, RoleId } from '../../src/core/framework/schema';
import type { Attribution, BulletMatch } from '../../src/core/match/matcher';

interface LabelledCase {
  category: string;
  role?: string;
  population?: string;
  text: string;
  own: string | null;
  best: string | null;
  note?: string;
}

interface Outcome {
  case: LabelledCase;
  match: BulletMatch;
  /** The case expects some statement. */
  positive: boolean;
  /** The matcher matched some statement. */
  predicted: boolean;
  correct: boolean;
}

interface Figures {
  cases: number;
  positives: number;
  predicted: number;
  truePositives: number;
  correct: number;
  precision: number;
  recall: number;
  accuracy: number;
}

/** Statements sharing a text are indistinguishable, so any of them is the expected one. */
function attributedTo(attribution: Attribution | null, id: string | null): boolean {
  return id === null ? attribution === null : attribution !== null && attribution.sameText.some((s) => s.id === id);
}

function evaluate(c: LabelledCase): Outcome {
  const framework = getFramework();
  const preferred = new Set<RoleId>();
  if (c.role) {
    preferred.add(c.role as RoleId);
    for (const base of framework.baseRoles(c.role as RoleId, c.population as Population | undefined))
      preferred.add(base.id);
  }
  const match = framework.matcher.match(c.text, preferred);
  const ownOk = attributedTo(match.own, c.own);
  const bestOk = attributedTo(match.best, c.best);
  // A reworded bullet may sit closer to another role's variant than to the
  // document role's statement; what the rules act on is then `own`.
  const ownDecides = c.own !== null && (c.category === 'edited' || c.category === 'paraphrased');
  return {
    case: c,
    match,
    positive: c.best !== null,
    predicted: match.best !== null,
    correct: ownOk && (bestOk || ownDecides),
  };
}

function figures(outcomes: Outcome[]): Figures {
  const positives = outcomes.filter((o) => o.positive).length;
  const predicted = outcomes.filter((o) => o.predicted).length;
  const truePositives = outcomes.filter((o) => o.positive && o.predicted && o.correct).length;
  const correct = outcomes.filter((o) => o.correct).length;
  return {
    cases: outcomes.length,
    positives,
    predicted,
    truePositives,
    correct,
    precision: predicted === 0 ? 1 : truePositives / predicted,
    recall: positives === 0 ? 1 : truePositives / positives,
    accuracy: correct / outcomes.length,
  };
}

function describeAttribution(a: Attribution | null): string {
  return a ? `${a.statement.id}${a.kind === 'exact' ? '' : ` ${a.score.toFixed(3)}`}` : 'none';
}

describe('capability matcher on the labelled set', () => {
  const cases = (labelled as { cases: LabelledCase[] }).cases;
  const outcomes = cases.map(evaluate);
  const byCategory = new Map<string, Outcome[]>();
  for (const o of outcomes) byCategory.set(o.case.category, [...(byCategory.get(o.case.category) ?? []), o]);
  const of = (category: string) => figures(byCategory.get(category) ?? []);

  before(() => {
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
    const rows = [...byCategory.keys(), 'overall'].map((category) => {
      const f = category === 'overall' ? figures(outcomes) : of(category);
      return `  ${category.padEnd(12)} ${String(f.cases).padStart(5)} ${String(f.positives).padStart(9)} ${String(f.predicted).padStart(9)} ${pct(f.precision)}   ${pct(f.recall)}  ${pct(f.accuracy)}`;
    });
    console.log(`\n  category     cases positives  matched  precision  recall  correct\n${rows.join('\n')}`);
    const wrong = outcomes.filter((o) => !o.correct);
    if (wrong.length > 0) {
      console.log('\n  incorrect cases:');
      for (const o of wrong) {
        console.log(
          `  [${o.case.category}] ${o.case.role ?? 'no role'}: expected own ${o.case.own ?? 'none'} best ${o.case.best ?? 'none'}, ` +
            `got own ${describeAttribution(o.match.own)} best ${describeAttribution(o.match.best)} — ${o.case.text.slice(0, 90)}`,
        );
      }
    }
  });

  it('has at least 200 cases covering every category', () => {
    assert.ok(cases.length >= 200);
    for (const category of ['exact', 'formatting', 'edited', 'paraphrased', 'cross-role', 'unrelated']) {
      assert.ok((byCategory.get(category)?.length ?? 0) >= 20, category);
    }
  });

  it('never matches unrelated sentences', () => {
    assert.equal(of('unrelated').predicted, 0);
  });

  it('has a precision of at least 0.99 overall', () => {
    assert.ok(figures(outcomes).precision >= 0.99, `precision ${figures(outcomes).precision}`);
  });

  it('finds every exact and reformatted statement', () => {
    assert.equal(of('exact').recall, 1);
    assert.equal(of('formatting').recall, 1);
  });

  it('finds at least 90% of edited statements', () => {
    assert.ok(of('edited').recall >= 0.9, `recall ${of('edited').recall}`);
  });

  it('attributes at least 95% of other roles’ statements correctly', () => {
    assert.ok(of('cross-role').accuracy >= 0.95, `accuracy ${of('cross-role').accuracy}`);
  });
});
