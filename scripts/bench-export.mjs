// Word export performance figures (issue 4): printed, never asserted in tests.
// Needs `npm run build` (out/ for the in-process figures, dist/ for the CLI).
//
//   each built-in template on the full drug and alcohol worker job description,
//   in-process and warm: median and 95th percentile, wall clock and CPU time
//   (target: median under 150 ms)
//   `jdkit render` of 100 job descriptions, whole process (target: under 10 s)
//
// CPU time is printed beside wall time because on a busy machine the wall
// clock also counts time spent waiting for a core.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, ms, p95, seconds } from './bench-utils.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { exportJd } = require(path.join(root, 'out', 'src', 'export', 'export.js'));
const { BUILT_IN_TEMPLATES } = require(path.join(root, 'out', 'src', 'export', 'templates.js'));

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const example = ['examples/drug-and-alcohol-worker.jd.md', 'test/fixtures/export/drug-and-alcohol-worker.jd.md']
  .map((f) => path.join(root, f))
  .find((f) => existsSync(f));
const text = readFileSync(example, 'utf8');

console.log(`machine: ${os.cpus()[0].model}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}, Node ${process.version}, ${os.platform()}`);
console.log(`input: ${path.relative(root, example)}`);
console.log('');

const RUNS = 40;
const WARMUP = 5;
for (const template of BUILT_IN_TEMPLATES) {
  const wall = [];
  const cpu = [];
  let bytes = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const c = cpuMs();
    const t = performance.now();
    const { docx } = await exportJd({ text, file: example, template });
    if (i < WARMUP) continue;
    wall.push(performance.now() - t);
    cpu.push(cpuMs() - c);
    bytes = docx.length;
  }
  console.log(
    `${`export ${template} (in-process, warm, ${RUNS} runs)`.padEnd(58)} median ${ms(median(wall)).padEnd(10)} p95 ${ms(p95(wall)).padEnd(10)} CPU median ${ms(median(cpu)).padEnd(10)} ${(bytes / 1024).toFixed(0)} KB   target: median < 150 ms`,
  );
}

// 100 documents through the CLI, as a user runs it: a fresh process, the bundled CLI.
const cli = path.join(root, 'bin', 'jdkit.js');
if (!existsSync(path.join(root, 'dist', 'cli.js'))) {
  console.log('CLI: dist/cli.js is missing; run `npm run build` first.');
} else {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jdkit-bench-export-'));
  try {
    for (let i = 1; i <= 100; i++) cpSync(example, path.join(dir, 'jds', `post-${String(i).padStart(3, '0')}.jd.md`));
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const result = spawnSync(process.execPath, [cli, 'render', path.join(dir, 'jds'), '--template', 'job-description', '--out-dir', path.join(dir, 'out'), '--force'], {
        encoding: 'utf8',
      });
      runs.push(performance.now() - t);
      if (result.status !== 0) throw new Error(`jdkit render failed: ${result.stderr}`);
    }
    console.log(`${'CLI: jdkit render 100 JDs, job-description (wall, median of 3)'.padEnd(58)} ${seconds(median(runs))}   target: < 10 s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
