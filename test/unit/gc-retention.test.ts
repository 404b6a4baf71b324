// What a lint run leaves alive for V8's minor GCs. Everything still reachable
// at a minor GC is copied, and promoted to the old generation at the next:
// linting fresh job descriptions spent about a sixth of its time so while
// each run's analyses outlived the run (BENCHMARKS.md, seventh round). A run's
// document, analyses and findings must be garbage once the run is over,
// whatever the matcher's memos keep of its bullets.
//
// Measured in a child process with `gc` exposed, and V8's other settings as
// the editor and the CLI have them: where much survives minor GCs, V8 goes
// on to allocate objects of the same sites in the old generation from the
// start (pretenuring), which this measures as kept too.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const CORE = path.resolve(__dirname, '../../src/core');
const LABELLED = path.resolve(__dirname, '../../../test/fixtures/matcher/labelled-meaning.json');

/** Runs `script` in a child Node process (`CORE` is defined in it) and returns what it prints, parsed as JSON. */
function measure(script: string): unknown {
  const child = spawnSync(process.execPath, ['--expose-gc', '-e', `const CORE = ${JSON.stringify(CORE)};\n${script}`], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout);
}

/** In the child: the bytes that outlive two minor GCs after `run` has run `times` times, per run. */
const KEPT_PER_RUN = String.raw`
function keptPerRun(run, times) {
  const v8 = require('node:v8');
  // Warm: V8 compiles and optimises the code on the first runs, and keeps what it compiled.
  for (let i = 0; i < times; i++) run();
  gc();
  const before = v8.getHeapStatistics().used_heap_size;
  for (let i = 0; i < times; i++) run();
  gc({ type: 'minor' });
  gc({ type: 'minor' });
  return (v8.getHeapStatistics().used_heap_size - before) / times;
}`;

describe('what outlives a lint run', function () {
  this.timeout(60_000);

  it('a finding with lazy fixes keeps what its fixes need only while it lives', () => {
    // 1,000 findings whose fixes each capture 16 KB: 16 MB if the findings' getters kept them.
    const kept = measure(`${KEPT_PER_RUN}
      const { withLazyFixes } = require(CORE + '/rules/rule.js');
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
      const run = () => {
        const payload = new Array(2000).fill(0.5);
        withLazyFixes({ message: 'm', range }, () => [{ title: String(payload.length), edits: [] }]);
      };
      console.log(JSON.stringify(keptPerRun(run, 1000)));
    `) as number;
    assert.ok(kept < 1000, `${Math.round(kept)} bytes kept per finding`);
  });

  it("a bullet's text keeps no more of its document alive than itself", () => {
    // The matcher remembers thousands of bullet texts across documents: a text that were a slice of its
    // document would keep the whole document in memory.
    const { texts, retained } = measure(`
      const { parseJd } = require(CORE + '/document/parse.js');
      gc();
      const before = process.memoryUsage().heapUsed;
      const texts = Array.from({ length: 5 }, (_, i) =>
        parseJd('## Capabilities\\n\\n- able to assess needs ' + i + '\\n\\n' + 'prose '.repeat(1000000) + '\\n')
          .capabilities.bullets[0].text,
      );
      gc();
      console.log(JSON.stringify({ texts, retained: process.memoryUsage().heapUsed - before }));
    `) as { texts: string[]; retained: number };
    assert.deepEqual(
      texts,
      [0, 1, 2, 3, 4].map((i) => `able to assess needs ${i}`),
    );
    assert.ok(retained < 8 * 2 ** 20, `${(retained / 2 ** 20).toFixed(1)} MB kept for five texts of documents of 6 MB`);
  });

  it('linting new documents keeps little of each run alive but what the matcher remembers', () => {
    // Documents whose bullets are all new text (generate-fresh-corpus.ts), with findings that carry lazy
    // fixes and the coverage the rules share. Each run allocates some hundreds of kilobytes; the matcher's
    // memos keep a few kilobytes of each document's bullets.
    const kept = measure(`${KEPT_PER_RUN}
      const { lint } = require(CORE + '/lint.js');
      const { generateFreshCorpus } = require(CORE + '/../../scripts/generate-fresh-corpus.js');
      const texts = generateFreshCorpus(40, 3, ${JSON.stringify(LABELLED)}).map((d) => d.text);
      let next = 0;
      console.log(JSON.stringify(keptPerRun(() => lint(texts[next++ % texts.length]), 200)));
    `) as number;
    assert.ok(kept < 20_000, `${Math.round(kept)} bytes kept per run`);
  });
});
