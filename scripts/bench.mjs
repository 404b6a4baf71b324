// `npm run bench`: prints the engine's performance figures (issue 2 §7).
// Figures are measured here, never asserted in tests. Needs `npm run build`.
//
//   framework load + index build  (fresh process each time)
//   lint of the full drug and alcohol worker example (warm, in-process), its
//     bullets edited or reworded into new text for every run, and (cached) as it is
//   completion in a Capabilities bullet (warm, in-process)
//   the CLI linting 1,000 generated job descriptions (whole process; mostly
//     framework wording, so mostly the matcher's lookups), and 1,000 whose
//     bullets are all new text, in one thread and in worker threads
//   how lint cost grows with document size (1 KB to 1 MB), the capability list
//     growing with new bullets as well as the prose
// Fresh input against parsing alone: scripts/bench-fresh.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import {
  exampleRewording,
  machineDescription,
  measureProcess,
  median,
  megabytes,
  ms,
  p95,
  time,
  timeOnce,
} from './bench-utils.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = (p) => path.join(root, 'out', p);

const rows = [];
const report = (name, value, target = '') => {
  rows.push([name, value, target]);
  console.log(`${name.padEnd(58)} ${value.padEnd(26)} ${target}`);
};

console.log(`machine: ${machineDescription()}`);
console.log('');

// 1. Framework load and index build, cold, in fresh processes.
const loadScript = `
const t0 = process.hrtime.bigint();
const { getFramework } = require(${JSON.stringify(out('src/core/framework/load.js'))});
const f = getFramework();
const t1 = process.hrtime.bigint();
f.matcher;
const t2 = process.hrtime.bigint();
console.log(JSON.stringify({ load: Number(t1 - t0) / 1e6, index: Number(t2 - t1) / 1e6 }));`;
const loads = [];
for (let i = 0; i < 10; i++)
  loads.push(JSON.parse(execFileSync(process.execPath, ['-e', loadScript], { encoding: 'utf8' })));
report('framework load (cold, median of 10)', ms(median(loads.map((l) => l.load))));
report('matcher index build (cold, median of 10)', ms(median(loads.map((l) => l.index))));

// 2. Lint of the full drug and alcohol worker example, warm: every bullet
// edited or reworded into text no earlier run had (the matcher cannot answer
// from its lookups or memo), and, as the cached case, the example as it is.
const { lint } = require(out('src/core/lint.js'));
const { example, reword, reworded } = exampleRewording(root);
const freshTimes = Array.from({ length: 320 }, reworded)
  .map((doc) => timeOnce(() => lint(doc)))
  .slice(20);
report(
  'lint drug-and-alcohol-worker example, bullets reworded (fresh)',
  `${ms(median(freshTimes))} (p95 ${ms(p95(freshTimes))})`,
  'target: median < 2 ms',
);
const lintExample = time(() => lint(example), 300);
report(
  '  … the example as it is (cached: exact statements, looked up)',
  `${ms(lintExample.median)} (p95 ${ms(lintExample.p95)})`,
);

// 3. Completion in a Capabilities bullet.
const completionModule = out('src/core/completion.js');
if (existsSync(completionModule)) {
  const completion = require(completionModule);
  const complete = completion.complete ?? completion.completionsAt ?? completion.getCompletions;
  const { parseJd } = require(out('src/core/document/parse.js'));
  const lines = example.split('\n');
  const bulletLine = lines.findIndex((l) => l.startsWith('- '));
  const withTyping = [...lines.slice(0, bulletLine + 1), '- safeguarding conc', ...lines.slice(bulletLine + 1)].join(
    '\n',
  );
  const position = { line: bulletLine + 1, character: '- safeguarding conc'.length };
  const completionTime = time(() => complete(parseJd(withTyping), position), 300);
  report(
    'completion in a Capabilities bullet (warm, incl. parse)',
    `${ms(completionTime.median)} (p95 ${ms(completionTime.p95)})`,
    'target: < 5 ms',
  );
}

// 4. The CLI over 1,000 generated job descriptions.
const corpus = path.join(root, 'bench-results', 'corpus');
execFileSync(process.execPath, [out('scripts/generate-corpus.js'), '--count', '1000', '--out', corpus], {
  stdio: 'inherit',
});
const cliRuns = [];
for (let i = 0; i < 3; i++) {
  const result = measureProcess(path.join(root, 'bin', 'jdkit.js'), ['lint', `${corpus}/*.jd.md`, '--format', 'json']);
  if (result.status === 2) throw new Error(`jdkit lint failed: ${result.stderr}`);
  cliRuns.push(result);
}
report(
  'CLI: jdkit lint 1,000 generated JDs (mostly cached; wall, median of 3)',
  ms(median(cliRuns.map((r) => r.wall))),
  'target: < 3 s',
);
report(
  '  … its CPU time (user + system) and peak memory',
  `${ms(median(cliRuns.map((r) => r.cpu)))}, ${megabytes(median(cliRuns.map((r) => r.peakRss)))}`,
);

// 4b. The CLI over 1,000 job descriptions whose bullets are all new text (as
// in bench-fresh.mjs): in one thread, and in worker threads (--concurrency).
// Each run is a new process, so no run answers a bullet from an earlier one.
const freshDir = path.join(root, 'bench-results', 'fresh-corpus');
rmSync(freshDir, { recursive: true, force: true });
mkdirSync(freshDir, { recursive: true });
const { generateFreshCorpus } = require(out('scripts/generate-fresh-corpus.js'));
generateFreshCorpus(1000, 21, path.join(root, 'test', 'fixtures', 'matcher', 'labelled-meaning.json')).forEach(
  (doc, i) => writeFileSync(path.join(freshDir, `jd-${String(i).padStart(4, '0')}.jd.md`), doc.text),
);
for (const concurrency of ['off', '2', 'auto']) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const args = ['lint', freshDir, '--format', 'json', '--concurrency', concurrency];
    const result = measureProcess(path.join(root, 'bin', 'jdkit.js'), args);
    if (result.status === 2) throw new Error(`jdkit lint failed: ${result.stderr}`);
    runs.push(result);
  }
  report(
    `CLI: jdkit lint 1,000 fresh JDs, --concurrency ${concurrency} (median of 3)`,
    `${ms(median(runs.map((r) => r.wall)))} wall, ${ms(median(runs.map((r) => r.cpu)))} CPU`,
  );
}

// 5. Growth with document size: the example with its bullets reworded as in 2,
// cut to size below its 17 KB; above, its capability list grows with new
// bullets (reworded statements) and its prose with a paragraph, about half the
// added size each, so that the matcher's work grows too.
const filler =
  'We value lived experience and offer protected time for learning, reflective practice and regular supervision. ';
const capabilitiesEnd = example.indexOf('\n## ', example.indexOf('## Capabilities') + 1);
const statements = [...example.matchAll(/^- (.+)$/gm)].map((m) => m[1]);
const grown = (bytes) => {
  if (bytes <= example.length) return reworded().slice(0, bytes);
  const extra = [];
  let prose = '';
  for (let size = example.length, k = 0; size < bytes; k++) {
    const bullet = `- ${reword(statements[k % statements.length])}\n`;
    extra.push(bullet);
    prose += filler;
    size += bullet.length + filler.length;
  }
  return `${example.slice(0, capabilitiesEnd)}\n${extra.join('')}${example.slice(capabilitiesEnd)}\n${prose}\n`;
};
for (const kb of [1, 10, 100, 1000]) {
  const runs = kb >= 1000 ? 10 : 50;
  const docs = Array.from({ length: runs + 2 }, () => grown(kb * 1024));
  const times = docs.map((doc) => timeOnce(() => lint(doc))).slice(2);
  report(
    `lint cost at ${kb >= 1000 ? `${kb / 1000} MB` : `${kb} KB`} (fresh bullets)`,
    `${ms(median(times))} (p95 ${ms(p95(times))})`,
  );
}
