// Word export performance figures (issue 4): printed, never asserted in tests.
// Needs `npm run build` (out/ for the in-process figures, dist/ for the CLI).
//
//   each built-in template on the full drug and alcohol worker job description,
//   in-process and warm: median and 95th percentile, wall clock and CPU time
//   (target: median under 150 ms). Each run exports a document it has not
//   seen (the example reworded afresh: bullets and paragraphs changed), so the
//   capability matching is timed; a last line exports one unchanged document
//   again and again, where every match is a cache hit, for comparison.
//   the first export in the editor: loading dist/export.js once the engine is
//   loaded, and the first export (in the extension the two share the engine,
//   its framework object and its matcher index)
//   `jdkit render` of 100 distinct job descriptions (the examples, reworded
//   differently for each file), whole process (target: under 10 s); then of
//   100 copies of one, where all but the first match from the cache
//
// CPU time is printed beside wall time because on a busy machine the wall
// clock also counts time spent waiting for a core.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineDescription, measureProcess, megabytes, median, ms, p95, reworded, seconds } from './bench-utils.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { exportJd } = require(path.join(root, 'out', 'src', 'export', 'export.js'));
const { BUILT_IN_TEMPLATES } = require(path.join(root, 'out', 'src', 'export', 'templates.js'));

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const example = path.join(root, 'examples', 'drug-and-alcohol-worker.jd.md');
const text = readFileSync(example, 'utf8');

console.log(`machine: ${machineDescription()}, load average ${os.loadavg()[0].toFixed(1)}`);
console.log(`input: ${path.relative(root, example)}, reworded afresh for each run`);
console.log('');

const RUNS = 40;
const WARMUP = 5;
// Variant numbers never repeat across templates, so no template reuses another's matches.
let variant = 0;

/** Median and p95 wall time, median CPU time and output size of RUNS exports after WARMUP untimed ones. */
async function timeExports(template, nextText) {
  const wall = [];
  const cpu = [];
  let bytes = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const input = nextText();
    const c = cpuMs();
    const t = performance.now();
    const { docx } = await exportJd({ text: input, file: example, template });
    if (i < WARMUP) continue;
    wall.push(performance.now() - t);
    cpu.push(cpuMs() - c);
    bytes = docx.length;
  }
  return `median ${ms(median(wall)).padEnd(10)} p95 ${ms(p95(wall)).padEnd(10)} CPU median ${ms(median(cpu)).padEnd(10)} ${(bytes / 1024).toFixed(0)} KB`;
}

for (const template of BUILT_IN_TEMPLATES) {
  const figures = await timeExports(template, () => reworded(text, variant++));
  console.log(
    `${`export ${template} (in-process, fresh text, ${RUNS} runs)`.padEnd(62)} ${figures}   target: median < 150 ms`,
  );
}
const cached = await timeExports('job-description', () => text);
console.log(`${`export job-description (same text each run: cache hits)`.padEnd(62)} ${cached}`);

// The first export in the editor: a fresh process loads dist/engine.js and lints (as the extension does
// before anything is exported), then loads dist/export.js and exports; only the last two steps are timed.
const FIRST_EXPORT = `
const dist = process.argv[1];
const text = require('node:fs').readFileSync(process.argv[2], 'utf8');
const engine = require(dist + '/engine.js');
engine.lintDocument(engine.parseJd(text));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const c = cpu(), t = performance.now();
const word = require(dist + '/export.js');
const loaded = { wall: performance.now() - t, cpu: cpu() - c };
word.exportJd({ text, template: 'job-description' }).then(() =>
  console.log(JSON.stringify({ loaded, exported: { wall: performance.now() - t, cpu: cpu() - c }, heap: process.memoryUsage().heapUsed })));
`;
if (existsSync(path.join(root, 'dist', 'export.js'))) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const result = spawnSync(process.execPath, ['-e', FIRST_EXPORT, path.join(root, 'dist'), example], {
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`the first export failed: ${result.stderr}`);
    runs.push(JSON.parse(result.stdout));
  }
  const at = (pick) => ms(median(runs.map(pick)));
  console.log(
    `${'editor: load dist/export.js after the engine (median of 5)'.padEnd(62)} ${at((r) => r.loaded.wall)} wall, ${at((r) => r.loaded.cpu)} CPU (${(statSync(path.join(root, 'dist', 'export.js')).size / 1024).toFixed(0)} KB)`,
  );
  console.log(
    `${'editor: ... and the first export, job-description'.padEnd(62)} ${at((r) => r.exported.wall)} wall, ${at((r) => r.exported.cpu)} CPU, heap ${megabytes(median(runs.map((r) => r.heap)))} after`,
  );
}

// 100 documents through the CLI, as a user runs it: a fresh process, the bundled CLI.
const cli = path.join(root, 'bin', 'jdkit.js');
if (!existsSync(path.join(root, 'dist', 'cli.js'))) {
  console.log('CLI: dist/cli.js is missing; run `npm run build` first.');
} else {
  const examples = readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.jd.md'));
  const distinct = (i) => reworded(readFileSync(path.join(root, 'examples', examples[i % examples.length]), 'utf8'), i);
  for (const [label, document] of [
    [`100 distinct JDs (${examples.length} examples reworded)`, distinct],
    ['100 copies of one JD (cache hits after the first)', () => text],
  ]) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jdkit-bench-export-'));
    try {
      mkdirSync(path.join(dir, 'jds'));
      for (let i = 0; i < 100; i++)
        writeFileSync(path.join(dir, 'jds', `post-${String(i + 1).padStart(3, '0')}.jd.md`), document(i));
      const runs = [];
      for (let i = 0; i < 3; i++) {
        const run = measureProcess(cli, [
          'render',
          path.join(dir, 'jds'),
          '--template',
          'job-description',
          '--out-dir',
          path.join(dir, 'out'),
          '--force',
        ]);
        if (run.status !== 0) throw new Error(`jdkit render failed: ${run.stderr}`);
        runs.push(run);
      }
      const wall = median(runs.map((r) => r.wall));
      const cpu = median(runs.map((r) => r.cpu));
      console.log(
        `${`CLI: jdkit render ${label}, job-description (median of 3)`.padEnd(62)} ${seconds(wall)} wall, ${seconds(cpu)} CPU   target: < 10 s`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
