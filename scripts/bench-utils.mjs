// Timing helpers shared by the benchmark scripts (bench.mjs, bench-peers.mjs, bench-export.mjs,
// bench-import.mjs, bench-compare.mjs): statistics, in-process timing, whole-process measurement,
// reworded input and the machine description every report starts with.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** The median of samples (the upper one of the middle two for an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
export const ms = (x) => `${x.toFixed(x < 10 ? 3 : 1)} ms`;
export const seconds = (x) => `${(x / 1000).toFixed(x < 10_000 ? 2 : 1)} s`;
export const megabytes = (bytes) => `${Math.round(bytes / 2 ** 20)} MB`;

/** Milliseconds one call of `fn` takes. */
export function timeOnce(fn) {
  const started = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Median and p95 of `runs` timed calls after `warmup` untimed ones. */
export function time(fn, runs, warmup = Math.min(20, runs)) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(timeOnce(fn));
  return { median: median(samples), p95: p95(samples) };
}

const WORDS = [
  'closely',
  'with partners',
  'across the district',
  'each week',
  'as agreed',
  'in the community',
  'safely',
  'with care',
];

/**
 * `text` (a job description) with every bullet and long paragraph changed a
 * little, differently for each `variant`: fresh text, so no result the matcher
 * remembered from another variant is reused.
 */
export function reworded(text, variant) {
  let n = 0;
  return text.replace(/^(- |\w.{40,})(.*)$/gm, (line) =>
    line.startsWith('---')
      ? line
      : `${line.replace(/[.]$/, '')} ${WORDS[(n++ + variant) % WORDS.length]} (${variant + 1}).`,
  );
}

/**
 * The drug and alcohol worker example of the checkout at `root`, and a
 * function giving it with every bullet reworded afresh (freshBullets, seed 13,
 * from its tsc output): the editing case bench.mjs times and bench:compare compares.
 */
export function exampleRewording(root) {
  const require = createRequire(import.meta.url);
  const { freshBullets } = require(path.join(root, 'out', 'scripts', 'generate-fresh-corpus.js'));
  const { reword } = freshBullets(13, path.join(root, 'test', 'fixtures', 'matcher', 'labelled-meaning.json'));
  const example = readFileSync(path.join(root, 'examples', 'drug-and-alcohol-worker.jd.md'), 'utf8');
  return { example, reword, reworded: () => example.replace(/^- (.+)$/gm, (_, text) => `- ${reword(text)}`) };
}

/** One line naming the machine: CPU model, cores, memory, OS, Node. */
export function machineDescription() {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()} (${os.platform()}/${os.arch()}), Node ${process.version}`;
}

// Runs inside the measured process: loads the program as its main module and,
// when the process exits, writes its own resource usage to a file. So the CPU
// time and peak memory are those of the program alone, on any OS, without GNU time.
const MEASURE = `
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [report, program, ...args] = process.argv.slice(1);
process.argv = [process.argv[0], program, ...args];
process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(report, JSON.stringify({ user: usage.userCPUTime / 1000, system: usage.systemCPUTime / 1000, maxRssKb: usage.maxRSS }));
});
await import(pathToFileURL(program).href);
`;

/**
 * Runs `node program ...args` as its own process, stdin closed and output to
 * files, and measures it: wall time (from the parent, start-up included), CPU
 * time (user + system) and peak resident memory (from inside the process).
 * Returns those with the exit status and the output files' text.
 */
export function measureProcess(program, args, { cwd, env = {} } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jdkit-bench-'));
  const report = path.join(dir, 'usage.json');
  try {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', MEASURE, report, program, ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    });
    const wall = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.error) throw result.error;
    let usage;
    try {
      usage = JSON.parse(readFileSync(report, 'utf8'));
    } catch {
      throw new Error(
        `${path.basename(program)} exited (status ${result.status}, signal ${result.signal}) without a usage report:\n${result.stderr.slice(-2000)}`,
      );
    }
    return {
      wall,
      cpu: usage.user + usage.system,
      peakRss: usage.maxRssKb * 1024,
      status: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
