// Lint against parse on fresh input (issue 14), in one process: job descriptions
// whose bullets are all new text (scripts/generate-fresh-corpus.ts: edited and
// reworded statements, duties, hand-written rewordings, bullets that are no
// capability; no text twice), so the matcher answers none of them from its
// lookups or memo. Each run times `parseJd` (YAML front matter + markdown-it,
// all that jdkit's parse does) over 1,000 documents, then the full `lint`
// (every rule, the meaning-level matcher on, as shipped) over the same
// documents, and prints both and their ratio. A warm-up batch runs first; two
// last batches, not in the ratio, measure the matcher's share of the lint and
// what a lint costs when the matcher remembers every bullet (cached).
//
// Usage: node scripts/bench-fresh.mjs [runs=3]   (after `npm run build`)
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './bench-utils.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = (p) => path.join(root, 'out', p);
const { generateFreshCorpus } = require(out('scripts/generate-fresh-corpus.js'));
const { parseJd } = require(out('src/core/document/parse.js'));
const { lint } = require(out('src/core/lint.js'));

const runs = Number(process.argv[2] ?? 3);
const perRun = 1000;
const warmup = 200;
const shareBatch = 300;
const cachedBatch = 300;
// Where the runs end in the corpus, and the share batch, then the cached batch, begin.
const runsEnd = warmup + runs * perRun;
const shareEnd = runsEnd + shareBatch;
/** Documents linted twice in a row for the cached figure: few enough that the matcher's memos keep all their bullets. */
const cachedGroup = 20;
// One corpus, so that no bullet repeats between the warm-up and the runs either.
const corpus = generateFreshCorpus(
  shareEnd + cachedBatch,
  14,
  path.join(root, 'test', 'fixtures', 'matcher', 'labelled-meaning.json'),
);
const bullets = corpus.reduce((n, d) => n + (d.text.match(/^- /gm)?.length ?? 0), 0);
const bytes = corpus.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
console.log(
  `fresh input: ${runs} runs of ${perRun} job descriptions (${(bytes / corpus.length / 1024).toFixed(1)} KB and ${Math.round(bullets / corpus.length)} bullets each on average, no bullet text twice), after ${warmup} to warm up`,
);

/** Wall and CPU milliseconds of `fn` over every text. */
function timeAll(texts, fn) {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const text of texts) fn(text);
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1e3 };
}

for (const doc of corpus.slice(0, warmup)) {
  parseJd(doc.text);
  lint(doc.text);
}
const results = [];
for (let run = 0; run < runs; run++) {
  const texts = corpus.slice(warmup + run * perRun, warmup + (run + 1) * perRun).map((d) => d.text);
  const parse = timeAll(texts, parseJd);
  const full = timeAll(texts, lint);
  results.push({ parse, full });
  console.log(
    `  run ${run + 1}: parse ${parse.wall.toFixed(0)} ms, lint ${full.wall.toFixed(0)} ms wall (${parse.cpu.toFixed(0)} and ${full.cpu.toFixed(0)} ms CPU): lint / parse ${(full.wall / parse.wall).toFixed(2)}`,
  );
}
const m = (f) => median(results.map(f));
console.log(
  `parse only, ${perRun} fresh JDs (median of ${runs})`.padEnd(58),
  `${m((r) => r.parse.wall).toFixed(0)} ms (${(m((r) => r.parse.wall) / perRun).toFixed(3)} ms each)`,
);
console.log(
  `full lint, ${perRun} fresh JDs (median of ${runs})`.padEnd(58),
  `${m((r) => r.full.wall).toFixed(0)} ms (${(m((r) => r.full.wall) / perRun).toFixed(3)} ms each)`,
);
console.log(
  'lint / parse on fresh input (median of runs)'.padEnd(58),
  `${m((r) => r.full.wall / r.parse.wall).toFixed(2)} wall, ${m((r) => r.full.cpu / r.parse.cpu).toFixed(2)} CPU`,
  'target: ≤ 2 (aim 1.5)',
);

// The matcher's share of linting fresh input (its calls timed one by one).
const { getFramework } = require(out('src/core/framework/load.js'));
const matcher = getFramework().matcher;
const match = matcher.match;
let matchMs = 0;
matcher.match = function (...args) {
  const start = process.hrtime.bigint();
  try {
    return match.apply(this, args);
  } finally {
    matchMs += Number(process.hrtime.bigint() - start) / 1e6;
  }
};
const share = timeAll(
  corpus.slice(runsEnd, shareEnd).map((d) => d.text),
  lint,
);
matcher.match = match;
console.log(
  `  … the matcher’s share of that lint time (${shareBatch} more JDs)`.padEnd(58),
  `${((100 * matchMs) / share.wall).toFixed(0)}%`,
);

// The same fresh documents linted a second time straight after the first, in
// small groups, so that every match is a lookup: what the rest of the lint
// (parse, rules, coverage, diagnostics) costs without computing any match.
// The matcher clears a memo that fills up, which may drop some of a group's
// bullets between its two lints: the cached figure is an upper bound.
const cachedTexts = corpus.slice(shareEnd).map((d) => d.text);
let firstMs = 0;
let againMs = 0;
let parseMs = 0;
for (let start = 0; start < cachedTexts.length; start += cachedGroup) {
  const group = cachedTexts.slice(start, start + cachedGroup);
  parseMs += timeAll(group, parseJd).wall;
  firstMs += timeAll(group, lint).wall;
  againMs += timeAll(group, lint).wall;
}
const each = (ms) => `${((1000 * ms) / cachedTexts.length).toFixed(0)} µs each`;
console.log(
  `  … ${cachedTexts.length} more JDs: parse; lint; lint again, cached`.padEnd(58),
  `${each(parseMs)}; ${each(firstMs)}; ${each(againMs)} (cached lint / parse ${(againMs / parseMs).toFixed(2)})`,
);
