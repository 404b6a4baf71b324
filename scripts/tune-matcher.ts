// Chooses the meaning-level matcher's settings on the development half of
// test/fixtures/matcher/labelled-meaning.json, never on the held-out half:
// tries a grid of settings, keeps those within the limits on false
// attributions, and prints the best by correct cases, then its figures on
// both halves. Run: npx tsc -p . && node out/scripts/tune-matcher.js
import { getFramework } from '../src/core/framework/load';
import { CapabilityMatcher, MEANING_SETTINGS, type MeaningSettings } from '../src/core/match/matcher';
import unrelated from '../test/fixtures/matcher/labelled.json';
import { MEANING_CASES, evaluateCase, figures, type MeaningFigures } from '../test/unit/matcher-meaning-evaluation';

/** At most this share of cases may be given a wrong statement (the target). */
const MAX_FALSE_RATE = 0.03;

const framework = getFramework();
const statements = framework.allStatements.map(({ statement, role, domain }) => ({ id: statement.id, role: role.id, domain: domain.id, text: statement.text }));
const dev = MEANING_CASES.filter((c) => c.split === 'dev');
const heldout = MEANING_CASES.filter((c) => c.split === 'heldout');
/** The wording-level set's sentences that restate no statement: the meaning level must leave them alone too. */
const unrelatedTexts = unrelated.cases.filter((c) => c.category === 'unrelated').map((c) => c.text);

function run(settings: MeaningSettings, cases = dev): MeaningFigures & { unrelatedMatched: number } {
  const matcher = new CapabilityMatcher(statements, framework.thesaurus, settings);
  const unrelatedMatched = unrelatedTexts.filter((text) => matcher.match(text).best !== null).length;
  return { ...figures(cases.map((c) => evaluateCase(framework, matcher, c))), unrelatedMatched };
}

function line(label: string, f: MeaningFigures): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return `${label}: unrelated (wording set) matched ${'unrelatedMatched' in f ? f.unrelatedMatched : '-'}, rewordings ${pct(f.rewordingRecall)}, other roles ${pct(f.otherRoleDetected)}, non-capability matched ${f.nonCapabilityMatched}, false ${f.falseAttributions}/${f.cases} (${pct(f.falseRate)}), correct ${f.correct}/${f.cases}`;
}

let best: { settings: MeaningSettings; result: MeaningFigures } | null = null;
const grid = {
  beta: [0.3, 0.4, 0.5],
  threshold: [0.3, 0.325, 0.35, 0.375, 0.4, 0.425, 0.45, 0.5],
  ownRatio: [0.85, 0.9, 0.95],
  minShared: [2, 3],
  minCoverage: [0],
  headTerms: [3, 4, 5],
  headless: [0.3, 0.4, 0.5, 1],
};
for (const beta of grid.beta) {
  for (const threshold of grid.threshold) {
    for (const ownRatio of grid.ownRatio) {
      for (const [minShared, minCoverage, headTerms, headless] of grid.minShared.flatMap((m) =>
        grid.minCoverage.flatMap((c) => grid.headTerms.flatMap((h) => grid.headless.map((l) => [m, c, h, l]))),
      )) {
        const settings = { beta, threshold, ownRatio, minShared, minCoverage, headTerms, headless };
        const result = run(settings);
        if (result.falseRate > MAX_FALSE_RATE || result.unrelatedMatched > 0) continue;
        if (!best || result.correct > best.result.correct) best = { settings, result };
      }
    }
  }
}

console.log(`current ${JSON.stringify(MEANING_SETTINGS)}`);
console.log(line('  dev', run(MEANING_SETTINGS)));
console.log(line('  held-out', run(MEANING_SETTINGS, heldout)));
if (best) {
  console.log(`best on dev ${JSON.stringify(best.settings)}`);
  console.log(line('  dev', best.result));
  console.log(line('  held-out', run(best.settings, heldout)));
} else console.log(`no settings keep false attributions at or under ${100 * MAX_FALSE_RATE}% on dev`);
