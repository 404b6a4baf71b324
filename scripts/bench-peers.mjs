// `npm run bench:peers`: jdkit side by side with the prose linters HR leads
// reach for today, alex (insensitive wording) and write-good (issue 5).
//
// 1. Generates the seeded corpus (scripts/generate-corpus.ts, mostly framework
//    wording; with --fresh, scripts/generate-fresh-corpus.ts, every bullet new
//    text) in a temporary folder outside the repository, so no peer picks up a
//    config file.
//
// What each tool does with the same files: jdkit parses the front matter and
// the Markdown structure and checks the document against the capability
// framework (every capability bullet and duty compared with the 799
// statements, by wording and by meaning; role, coverage, stigmatising
// language, supervision, registration…). alex parses the Markdown into a
// syntax tree and checks every word of the prose against its lists of
// insensitive and profane words. write-good checks the plain text for generic
// style (passive voice, weasel words, adverbs, clichés). They are not doing
// the same job: the comparison is of cost on the same input.
// 2. Whole processes, alternating the order in each repetition: `jdkit lint`
//    (all rules, JSON), alex's CLI and write-good's CLI over the same files.
//    Median wall time, CPU time (user + system) and peak resident memory each,
//    and the ratios jdkit / peer.
// 3. In process, per document, on an evenly spaced sample of the corpus:
//    jdkit's lint(), alex's markdown() and write-good's function, interleaved
//    document by document. Median and p95.
//
// Needs `npm run build`. Figures are printed as Markdown tables for
// BENCHMARKS.md and written to bench-results/peers.json.
//
//   node scripts/bench-peers.mjs [--count 1000] [--seed 2024] [--reps 3] [--sample 200] [--fresh]
import { execFileSync } from 'node:child_process';
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
import { parseArgs } from 'node:util';
import { machineDescription, measureProcess, median, megabytes, ms, p95, seconds, timeOnce } from './bench-utils.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { values: options } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '2024' },
    reps: { type: 'string', default: '3' },
    sample: { type: 'string', default: '200' },
    fresh: { type: 'boolean', default: false },
  },
});
const count = Number(options.count);
const reps = Math.max(1, Number(options.reps));
const sampleSize = Math.min(count, Math.max(1, Number(options.sample)));

const generator = options.fresh ? 'out/scripts/generate-fresh-corpus.js' : 'out/scripts/generate-corpus.js';
for (const built of [generator, 'out/src/core/lint.js', 'dist/cli.js']) {
  if (!existsSync(path.join(root, built))) {
    console.error(`bench-peers: ${built} is missing; run \`npm run build\` first.`);
    process.exit(2);
  }
}

const packageInfo = (name) => {
  const dir = path.join(root, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const bin = typeof pkg.bin === 'string' ? pkg.bin : Object.values(pkg.bin)[0];
  return { version: pkg.version, bin: path.join(dir, bin) };
};
const jdkitVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const alex = packageInfo('alex');
const writeGood = packageInfo('write-good');

// ------------------------------------------------------------------ corpus
const corpus = mkdtempSync(path.join(os.tmpdir(), 'jdkit-peers-corpus-'));
process.on('exit', () => rmSync(corpus, { recursive: true, force: true }));
execFileSync(
  process.execPath,
  [path.join(root, generator), '--count', String(count), '--seed', options.seed, '--out', corpus],
  { stdio: 'ignore' },
);
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.jd.md'))
  .sort();
const bytes = files.reduce((sum, f) => sum + statSync(path.join(corpus, f)).size, 0);

console.log(`machine: ${machineDescription()}`);
console.log(`versions: jdkit ${jdkitVersion}, alex ${alex.version}, write-good ${writeGood.version}`);
console.log(
  `corpus: ${files.length} job descriptions (${options.fresh ? 'fresh bullets, ' : ''}seed ${options.seed}), ${(bytes / 2 ** 20).toFixed(1)} MB, ${(bytes / files.length / 1024).toFixed(0)} KB on average`,
);
console.log(
  `load average at start: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log('');

// ---------------------------------------------------------- whole processes
// Each tool reads the same files; findings are counted from its own output.
const tools = [
  {
    name: 'jdkit',
    version: jdkitVersion,
    command: 'jdkit lint "<corpus>/*.jd.md" --format json',
    does: 'checks each document against the capability framework (bullets and duties matched to its statements by wording and meaning) and the sector wording rules',
    run: () =>
      measureProcess(path.join(root, 'bin/jdkit.js'), ['lint', `${corpus}/*.jd.md`, '--format', 'json'], {
        cwd: corpus,
      }),
    ok: (r) => r.status === 0 || r.status === 1,
    findings: (r) => {
      const { summary } = JSON.parse(r.stdout);
      return summary.errors + summary.warnings + summary.information + summary.hints;
    },
  },
  {
    name: 'alex',
    version: alex.version,
    command: 'alex "*.jd.md"',
    does: 'parses the Markdown and checks every word of the prose against its lists of insensitive and profane words',
    // No update check (network), no colour; stdin is closed, so it never waits on it.
    run: () =>
      measureProcess(alex.bin, ['*.jd.md'], {
        cwd: corpus,
        env: { NO_UPDATE_NOTIFIER: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      }),
    ok: (r) => (r.status === 0 || r.status === 1) && /warning|no issues/i.test(r.stderr.slice(-500)),
    findings: (r) =>
      Number(/(\d+) warnings?/.exec(r.stderr.slice(-500))?.[1] ?? 0) +
      Number(/(\d+) errors?/.exec(r.stderr.slice(-500))?.[1] ?? 0),
  },
  {
    name: 'write-good',
    version: writeGood.version,
    command: 'write-good --parse <every file>',
    does: 'checks the text for generic style: passive voice, weasel words, adverbs, clichés',
    // It takes file names only (no globs), as a shell would expand them; exit status counts suggestions.
    run: () => measureProcess(writeGood.bin, ['--parse', ...files], { cwd: corpus }),
    ok: (r) => r.stderr.trim() === '',
    findings: (r) => r.stdout.split('\n').filter((l) => l.trim()).length,
  },
];

for (const tool of tools) console.log(`${tool.name}: ${tool.does}`);
console.log('');
console.log(`Whole processes: ${reps} repetitions, the order rotating each time`);
const runs = new Map(tools.map((t) => [t.name, []]));
for (let rep = 0; rep < reps; rep++) {
  const order = [...tools.slice(rep % tools.length), ...tools.slice(0, rep % tools.length)];
  for (const tool of order) {
    const result = tool.run();
    if (!tool.ok(result))
      throw new Error(`${tool.name} failed (status ${result.status}):\n${result.stderr.slice(-2000)}`);
    const run = { wall: result.wall, cpu: result.cpu, peakRss: result.peakRss, findings: tool.findings(result) };
    runs.get(tool.name).push(run);
    console.log(
      `  run ${rep + 1} ${tool.name.padEnd(10)} wall ${seconds(run.wall).padStart(8)}  CPU ${seconds(run.cpu).padStart(8)}  peak ${megabytes(run.peakRss).padStart(7)}  ${run.findings} findings`,
    );
  }
}

const whole = tools.map((tool) => {
  const rs = runs.get(tool.name);
  return {
    name: tool.name,
    version: tool.version,
    command: tool.command,
    wall: median(rs.map((r) => r.wall)),
    cpu: median(rs.map((r) => r.cpu)),
    peakRss: median(rs.map((r) => r.peakRss)),
    findings: rs[0].findings,
    runs: rs,
  };
});
const jd = whole[0];
const ratio = (a, b) => `${(a / b).toFixed(a / b < 0.1 ? 3 : 2)}`;
console.log('');
console.log(
  `| tool | median wall | median CPU (user+sys) | median peak RSS | findings | jdkit / tool: wall | CPU | peak RSS |`,
);
console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
for (const t of whole) {
  const ratios =
    t === jd ? '— | — | —' : `${ratio(jd.wall, t.wall)} | ${ratio(jd.cpu, t.cpu)} | ${ratio(jd.peakRss, t.peakRss)}`;
  console.log(
    `| ${t.name} ${t.version} | ${seconds(t.wall)} | ${seconds(t.cpu)} | ${megabytes(t.peakRss)} | ${t.findings} | ${ratios} |`,
  );
}
const alexRow = whole.find((t) => t.name === 'alex');
console.log('');
console.log(
  `target: jdkit wall ≤ 0.5 × alex wall — ${ratio(jd.wall, alexRow.wall)} × (${jd.wall <= alexRow.wall / 2 ? 'met' : 'NOT met'})`,
);
console.log(
  `target: jdkit peak memory ≤ alex peak memory — ${megabytes(jd.peakRss)} vs ${megabytes(alexRow.peakRss)} (${jd.peakRss <= alexRow.peakRss ? 'met' : 'NOT met'})`,
);

// ------------------------------------------------------------- in process
const { lint } = require(path.join(root, 'out/src/core/lint.js'));
const { markdown: alexMarkdown } = await import('alex');
const writeGoodCheck = require('write-good');
const step = files.length / sampleSize;
const sample = Array.from({ length: sampleSize }, (_, i) =>
  readFileSync(path.join(corpus, files[Math.floor(i * step)]), 'utf8'),
);
const apis = [
  { name: 'jdkit', call: 'lint(text)', fn: (text) => lint(text) },
  { name: 'alex', call: 'markdown(text)', fn: (text) => alexMarkdown(text) },
  { name: 'write-good', call: 'writeGood(text)', fn: (text) => writeGoodCheck(text) },
];
// Warm up (framework load, JIT), then time each document once per API, interleaved.
for (const api of apis) for (const text of sample.slice(0, 5)) api.fn(text);
const perDoc = new Map(apis.map((a) => [a.name, []]));
sample.forEach((text, i) => {
  for (let k = 0; k < apis.length; k++) {
    const api = apis[(i + k) % apis.length];
    perDoc.get(api.name).push(timeOnce(() => api.fn(text)));
  }
});
const inProcess = apis.map((api) => {
  const samples = perDoc.get(api.name);
  return {
    name: api.name,
    call: api.call,
    median: median(samples),
    p95: p95(samples),
    total: samples.reduce((a, b) => a + b, 0),
  };
});
const sampleBytes = sample.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
console.log('');
console.log(
  `In process, per document: ${sampleSize} documents (every ${step.toFixed(step % 1 ? 1 : 0)}th, ${(sampleBytes / 2 ** 20).toFixed(1)} MB), each timed once per API`,
);
console.log('');
console.log(`| tool | call | median per document | p95 per document | total | jdkit / tool (median) |`);
console.log(`| --- | --- | ---: | ---: | ---: | ---: |`);
for (const r of inProcess) {
  console.log(
    `| ${r.name} | \`${r.call}\` | ${ms(r.median)} | ${ms(r.p95)} | ${seconds(r.total)} | ${r === inProcess[0] ? '—' : ratio(inProcess[0].median, r.median)} |`,
  );
}

mkdirSync(path.join(root, 'bench-results'), { recursive: true });
const json = path.join(root, 'bench-results', 'peers.json');
writeFileSync(
  json,
  JSON.stringify(
    {
      machine: machineDescription(),
      loadAverage: os.loadavg(),
      corpus: { count: files.length, seed: Number(options.seed), fresh: options.fresh, bytes },
      reps,
      whole,
      inProcess: { sampleSize, sampleBytes, results: inProcess },
    },
    null,
    2,
  ),
);
console.log('');
console.log(`written: ${path.relative(process.cwd(), json)}`);
