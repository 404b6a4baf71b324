// `npm run bench`: prints the engine's performance figures (issue 2 §7).
// Figures are measured here, never asserted in tests. Needs `npm run build`.
//
//   framework load + index build  (fresh process each time)
//   lint of the full drug and alcohol worker example (warm, in-process)
//   completion in a Capabilities bullet (warm, in-process)
//   the CLI linting 1,000 generated job descriptions (whole process)
//   how lint cost grows with document size (1 KB to 1 MB)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { machineDescription, measureProcess, median, megabytes, ms, time } from './bench-utils.mjs';

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
for (let i = 0; i < 10; i++) loads.push(JSON.parse(execFileSync(process.execPath, ['-e', loadScript], { encoding: 'utf8' })));
report('framework load + validation (cold, median of 10)', ms(median(loads.map((l) => l.load))));
report('matcher index build (cold, median of 10)', ms(median(loads.map((l) => l.index))));

// 2. Lint of the full drug and alcohol worker example, warm.
const { lint } = require(out('src/core/lint.js'));
const example = readFileSync(path.join(root, 'examples', 'drug-and-alcohol-worker.jd.md'), 'utf8');
const lintExample = time(() => lint(example), 300);
report('lint drug-and-alcohol-worker example (warm)', `${ms(lintExample.median)} (p95 ${ms(lintExample.p95)})`, 'target: median < 2 ms');

// 3. Completion in a Capabilities bullet.
const completionModule = out('src/core/completion.js');
if (existsSync(completionModule)) {
  const completion = require(completionModule);
  const complete = completion.complete ?? completion.completionsAt ?? completion.getCompletions;
  const { parseJd } = require(out('src/core/document/parse.js'));
  const lines = example.split('\n');
  const bulletLine = lines.findIndex((l) => l.startsWith('- ')) ;
  const withTyping = [...lines.slice(0, bulletLine + 1), '- safeguarding conc', ...lines.slice(bulletLine + 1)].join('\n');
  const position = { line: bulletLine + 1, character: '- safeguarding conc'.length };
  const completionTime = time(() => complete(parseJd(withTyping), position), 300);
  report('completion in a Capabilities bullet (warm, incl. parse)', `${ms(completionTime.median)} (p95 ${ms(completionTime.p95)})`, 'target: < 5 ms');
}

// 4. The CLI over 1,000 generated job descriptions.
const corpus = path.join(root, 'bench-results', 'corpus');
execFileSync(process.execPath, [out('scripts/generate-corpus.js'), '--count', '1000', '--out', corpus], { stdio: 'inherit' });
const cliRuns = [];
for (let i = 0; i < 3; i++) {
  const result = measureProcess(path.join(root, 'bin', 'jdkit.js'), ['lint', `${corpus}/*.jd.md`, '--format', 'json']);
  if (result.status === 2) throw new Error(`jdkit lint failed: ${result.stderr}`);
  cliRuns.push(result);
}
report('CLI: jdkit lint 1,000 generated JDs (wall, median of 3)', ms(median(cliRuns.map((r) => r.wall))), 'target: < 3 s');
report('  … its CPU time (user + system) and peak memory', `${ms(median(cliRuns.map((r) => r.cpu)))}, ${megabytes(median(cliRuns.map((r) => r.peakRss)))}`);

// 5. Growth with document size.
const filler = 'We value lived experience and offer protected time for learning, reflective practice and regular supervision. ';
for (const kb of [1, 10, 100, 1000]) {
  const head = example.slice(0, Math.min(example.length, kb * 1024));
  let doc = head;
  while (doc.length < kb * 1024) doc += filler;
  const t = time(() => lint(doc), kb >= 1000 ? 10 : 50, kb >= 1000 ? 2 : 10);
  report(`lint cost at ${kb >= 1000 ? `${kb / 1000} MB` : `${kb} KB`}`, `${ms(t.median)} (p95 ${ms(t.p95)})`);
}

// 6. Fresh input: job descriptions in the employer's own words (issue 9). Every
// bullet is a hand-written rewording, duty, other role's duty or ordinary
// bullet from the labelled meaning set, made unique per document, so nothing
// is answered from the matcher's memo, as when someone types or a reviewer
// lints a library of old job descriptions. Reports the matcher's share.
{
  const { getFramework } = require(out('src/core/framework/load.js'));
  const labelled = JSON.parse(readFileSync(path.join(root, 'test', 'fixtures', 'matcher', 'labelled-meaning.json'), 'utf8')).cases;
  const matcher = getFramework().matcher;
  const match = matcher.match.bind(matcher);
  let matchMs = 0;
  matcher.match = (...args) => {
    const start = process.hrtime.bigint();
    try {
      return match(...args);
    } finally {
      matchMs += Number(process.hrtime.bigint() - start) / 1e6;
    }
  };
  const daw = labelled.filter((c) => c.role === 'drug-and-alcohol-worker');
  const docs = Array.from({ length: 200 }, (_, i) => {
    const pick = (from, n) => Array.from({ length: n }, (_, k) => from[(i * 7 + k * 3) % from.length]);
    const unique = (c, k) => `- ${c.text.replace(/\.$/, '')} (${['north', 'south', 'east', 'west'][k % 4]} team ${i})`;
    return [
      '---',
      'title: Drug and alcohol worker',
      'role: drug-and-alcohol-worker',
      '---',
      '## Main duties',
      '',
      ...pick(daw.filter((c) => c.section === 'duties'), 15).map(unique),
      '',
      '## Capabilities',
      '',
      ...pick(daw.filter((c) => c.section === 'capabilities'), 25).map(unique),
      '',
    ].join('\n');
  });
  const times = [];
  let totalMs = 0;
  matchMs = 0;
  for (const doc of docs) {
    const start = process.hrtime.bigint();
    lint(doc);
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    times.push(elapsed);
    totalMs += elapsed;
  }
  matcher.match = match;
  report('lint a JD in the employer’s words (40 fresh bullets, median of 200)', ms(median(times)));
  report('  … the matcher’s share of that lint time', `${((100 * matchMs) / totalMs).toFixed(0)}%`);
}
