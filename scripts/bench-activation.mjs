// Measures the extension's activation cost: `require('dist/extension.js')`
// and `activate()`, each in a fresh Node process (as the extension host does,
// with a stand-in `vscode` module), plus the first lint of a job description,
// which pays for loading the engine (dist/engine.js) and the framework data.
// Prints the median of N runs, wall-clock and CPU time.
//
// Usage: node scripts/bench-activation.mjs [runs=15]   (after `npm run bundle`)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'extension.js');
const example = path.join(root, 'examples', 'drug-and-alcohol-worker.jd.md');

// Runs in the child: a `vscode` stand-in where every property is a callable
// proxy, so the real activation code runs unchanged; times are printed as JSON.
const child = String.raw`
const Module = require('module');
const handler = {
  get(target, key) {
    if (key === Symbol.iterator) return function* () {};
    if (key === 'then') return undefined;
    if (key === Symbol.toPrimitive) return () => '';
    if (!(key in target)) target[key] = stub();
    return target[key];
  },
  set: () => true,
  apply: () => stub(),
  construct: () => stub(),
};
function stub() { return new Proxy(function () {}, handler); }
// A plain object with every top-level name of the API, as bundlers copy a module's own keys.
const vscode = Object.fromEntries(JSON.parse(process.argv[3]).map((name) => [name, stub()]));
// No settings, no workspace folder, a trusted workspace: the configuration the linter reads must be
// real values, or validating it fails and nothing is linted. Any message shown is a failure.
const workspace = vscode.workspace;
vscode.workspace = new Proxy({}, {
  get(_, key) {
    if (key === 'getConfiguration') return () => ({ inspect: () => undefined, get: (_key, fallback) => fallback });
    if (key === 'getWorkspaceFolder') return () => undefined;
    if (key === 'isTrusted') return true;
    return workspace[key];
  },
});
const window = vscode.window;
const fail = (message) => { console.error('jdkit showed a message: ' + message); process.exit(1); };
vscode.window = new Proxy({}, {
  get(_, key) { return /^show(Error|Warning|Information)Message$/.test(key) ? fail : window[key]; },
});
const loadOriginal = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? vscode : loadOriginal.call(this, request, ...rest); };

const cpu = (since) => { const u = process.cpuUsage(since); return (u.user + u.system) / 1e3; };
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
const extension = require(process.argv[1]);
const t1 = process.hrtime.bigint();
const c1 = process.cpuUsage();
const storage = process.argv[4];
const api = extension.activate({ subscriptions: [], extension: { packageJSON: {} }, globalStorageUri: { fsPath: storage } });
const t2 = process.hrtime.bigint();
const activateCpu = cpu(c1);
const requireCpu = (c1.user + c1.system - c0.user - c0.system) / 1e3;
let firstLint = null;
let firstLintCpu = null;
if (process.argv[2]) {
  // The first lint after activation, through the same linter the editor uses.
  const text = require('fs').readFileSync(process.argv[2], 'utf8');
  const document = { uri: { scheme: 'file', path: '/bench/x.jd.md', fsPath: '/bench/x.jd.md', toString: () => 'file:///bench/x.jd.md' }, version: 1, isClosed: false, getText: () => text };
  const t3 = process.hrtime.bigint();
  const c3 = process.cpuUsage();
  const result = api.services.linter.lintNow(document);
  firstLint = Number(process.hrtime.bigint() - t3) / 1e6;
  firstLintCpu = cpu(c3);
  // The example is a complete job description: a run that failed or found nothing to say did not lint it.
  if (!result || result.role === null || result.coverage.total === 0) {
    console.error('the first lint did not run: ' + JSON.stringify(result && { role: result.role, total: result.coverage.total }));
    process.exit(1);
  }
}
console.log(JSON.stringify({ require: Number(t1 - t0) / 1e6, activate: Number(t2 - t1) / 1e6, requireCpu, activateCpu, firstLint, firstLintCpu }));
// The engine's code cache is written once the task that loaded it is over (src/extension/code-cache.ts).
setImmediate(() => process.exit(0));
`;

const runs = Number(process.argv[2] ?? 15);
// The API's top-level names (namespaces, classes, enums), read from its type definitions.
const apiNames = [
  ...readFileSync(path.join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8').matchAll(
    /^\s*export (?:namespace|class|enum) (\w+)/gm,
  ),
].map((m) => m[1]);
if (!existsSync(bundle)) {
  console.error('dist/extension.js not found: run `npm run bundle` first.');
  process.exit(2);
}
// Runs alternate: the first start after installing (no code cache: the run writes it), then a later start (reads it).
const storage = mkdtempSync(path.join(os.tmpdir(), 'jdkit-bench-storage-'));
const samples = [];
for (let i = 0; i < 2 * runs; i++) {
  if (i % 2 === 0) rmSync(storage, { recursive: true, force: true });
  const out = execFileSync(
    process.execPath,
    ['-e', child, bundle, existsSync(example) ? example : '', JSON.stringify(apiNames), storage],
    { encoding: 'utf8' },
  );
  samples.push({ ...JSON.parse(out.trim().split('\n').pop()), cached: i % 2 === 1 });
}
rmSync(storage, { recursive: true, force: true });
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (ms) => `${ms.toFixed(1)} ms`;
const size = readFileSync(bundle).length;
console.log(`dist/extension.js ${(size / 1024).toFixed(0)} KB; ${2 * runs} fresh processes, Node ${process.version}`);
const line = (label, wall, cpu, among = samples) =>
  console.log(`  ${label.padEnd(20)} median ${fmt(median(among.map(wall)))} wall, ${fmt(median(among.map(cpu)))} CPU`);
line(
  'require:',
  (s) => s.require,
  (s) => s.requireCpu,
);
line(
  'activate():',
  (s) => s.activate,
  (s) => s.activateCpu,
);
line(
  'require + activate:',
  (s) => s.require + s.activate,
  (s) => s.requireCpu + s.activateCpu,
);
console.log('  (target: require + activate under 50 ms; CPU time is the figure to trust on a busy machine)');
if (samples[0].firstLint !== null) {
  for (const cached of [false, true]) {
    line(
      `first lint of ${path.basename(example)} (loads dist/engine.js and the framework), ${cached ? 'later starts (code cache)' : 'first start (no code cache)'}:`,
      (s) => s.firstLint,
      (s) => s.firstLintCpu,
      samples.filter((s) => s.cached === cached),
    );
  }
}
