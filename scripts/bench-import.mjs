// Import performance (issue 11): printed, never asserted in tests.
// Needs `npm run build` (out/ for the in-process figures).
//
//   `jdkit import` in process on Word documents it has not seen: every
//   example, each in several variants whose bullets and paragraphs are
//   reworded (so no cached match is reused), exported to .docx first (not
//   timed). "typical" drops the Capabilities section: a legacy job description
//   of about three pages; "full" keeps every framework statement (15-25
//   pages). Target: a typical document in under 200 ms.
//
// The first import of the run is shown on its own: it loads mammoth.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineDescription, median, ms, p95, reworded } from './bench-utils.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { exportJd } = require(path.join(root, 'out', 'src', 'export', 'export.js'));
const { importDocument } = require(path.join(root, 'out', 'src', 'import', 'import.js'));

const VARIANTS = 4;

const withoutCapabilities = (text) => text.replace(/\n## Capabilities\n[\s\S]*?(?=\n## )/, '\n');

const examples = readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.jd.md'));
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

console.log(`machine: ${machineDescription()}`);
console.log(
  `input: ${examples.length} examples × ${VARIANTS} reworded variants, exported to .docx with the job-description template`,
);
console.log('');

for (const [label, shape] of [
  ['typical (no capabilities, about 3 pages)', withoutCapabilities],
  ['full (every framework statement)', (t) => t],
]) {
  const documents = [];
  for (const file of examples) {
    const text = readFileSync(path.join(root, 'examples', file), 'utf8');
    for (let v = 0; v < VARIANTS; v++)
      documents.push({
        name: file.replace('.jd.md', `-${v}.docx`),
        docx: (await exportJd({ text: shape(reworded(text, v)), template: 'job-description' })).docx,
      });
  }
  const wall = [];
  const cpu = [];
  let first = null;
  for (const { name, docx } of documents) {
    const c = cpuMs();
    const t = performance.now();
    await importDocument(docx, name);
    const elapsed = performance.now() - t;
    if (first === null) first = elapsed;
    else {
      wall.push(elapsed);
      cpu.push(cpuMs() - c);
    }
  }
  const kb = Math.round(documents.reduce((n, d) => n + d.docx.length, 0) / documents.length / 1024);
  console.log(`${label}: ${documents.length} documents, ${kb} KB each on average`);
  console.log(`  first import (loads mammoth): ${ms(first)}`);
  console.log(`  each after: median ${ms(median(wall))} (CPU ${ms(median(cpu))}), p95 ${ms(p95(wall))}`);
}
