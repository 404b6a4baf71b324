// Compares this build's lint with another build's, both in one process, on
// the same documents: fresh job descriptions (as bench-fresh.mjs makes them)
// and the drug and alcohol worker example with every bullet reworded (as
// bench.mjs times it). On a shared machine whose speed drifts by a tenth
// from one run to the next, separate runs cannot show a change of a few per
// cent; documents linted by each build in turn can.
//
// The build loaded second runs a few per cent slower in a process, whichever
// it is, so each comparison runs in two child processes, one per load order:
// with m1 = other / this when this build loads first and m2 = this / other
// when the other does, the ratio is √(m1 / m2) and the order's own effect
// √(m1 · m2).
//
// Usage: node scripts/bench-compare.mjs <other checkout> [documents=800]
//   (both built: `npm run build` here, `npx tsc -p .` there; e.g. a
//   `git worktree add` of the commit to compare with)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleRewording, machineDescription, median, ms, timeOnce } from './bench-utils.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const labelled = path.join(root, 'test', 'fixtures', 'matcher', 'labelled-meaning.json');
const lintModule = (checkout) => path.join(checkout, 'out', 'src', 'core', 'lint.js');
/** Documents each build lints before the timed ones. */
const WARM_UP = 100;

if (process.argv[2] === '--child') child(process.argv[3], process.argv[4], Number(process.argv[5]));
else parent(process.argv[2], Number(process.argv[3] ?? 800));

function parent(other, documents) {
  if (!other || !existsSync(lintModule(other)) || !existsSync(lintModule(root)))
    throw new Error('usage: node scripts/bench-compare.mjs <other checkout> [documents]; build both first');
  const otherRoot = path.resolve(other);
  console.log(`machine: ${machineDescription()}`);
  console.log(`this build: ${root}; the other: ${otherRoot}; ${documents} documents a scenario, after ${WARM_UP}`);
  const run = (first, second) =>
    JSON.parse(
      execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', first, second, String(documents)], {
        encoding: 'utf8',
      }),
    );
  const thisFirst = run(root, otherRoot);
  const otherFirst = run(otherRoot, root);
  for (const scenario of Object.keys(thisFirst)) {
    const [a, b] = [thisFirst[scenario], otherFirst[scenario]];
    const m1 = a.ratio; // other / this
    const m2 = b.ratio; // this / other
    const ratio = Math.sqrt(m2 / m1);
    console.log(
      `${scenario.padEnd(44)} this ${ms(a.first)}, ${ms(b.second)}; other ${ms(a.second)}, ${ms(b.first)}` +
        ` — this / other ${ratio.toFixed(3)} (${ratio < 1 ? `${((1 - ratio) * 100).toFixed(1)}% less` : `${((ratio - 1) * 100).toFixed(1)}% more`}; load order ${((Math.sqrt(m1 * m2) - 1) * 100).toFixed(1)}%)`,
    );
  }
}

/**
 * Lints the same documents with both builds, each document by one and then
 * the other (which goes first alternates), after a warm-up; prints per
 * scenario the median milliseconds a document for each build and the median
 * of the documents' second / first ratios.
 */
function child(firstRoot, secondRoot, documents) {
  const lintFirst = require(lintModule(firstRoot)).lint;
  const lintSecond = require(lintModule(secondRoot)).lint;
  const { generateFreshCorpus } = require(path.join(root, 'out', 'scripts', 'generate-fresh-corpus.js'));
  const count = WARM_UP + documents;
  const fresh = generateFreshCorpus(count, 21, labelled).map((d) => d.text);
  const reworded = Array.from({ length: count }, exampleRewording(root).reworded);
  const result = {};
  for (const [scenario, texts] of [
    ['fresh job descriptions', fresh],
    ['the example, bullets reworded', reworded],
  ]) {
    const first = [];
    const second = [];
    const ratios = [];
    texts.forEach((text, i) => {
      let byFirst;
      let bySecond;
      if (i % 2 === 0) {
        byFirst = timeOnce(() => lintFirst(text));
        bySecond = timeOnce(() => lintSecond(text));
      } else {
        bySecond = timeOnce(() => lintSecond(text));
        byFirst = timeOnce(() => lintFirst(text));
      }
      if (i < WARM_UP) return;
      first.push(byFirst);
      second.push(bySecond);
      ratios.push(bySecond / byFirst);
    });
    result[scenario] = { first: median(first), second: median(second), ratio: median(ratios) };
  }
  process.stdout.write(JSON.stringify(result));
}
