import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheFileFor, requireWithCodeCache } from '../../../src/extension/code-cache';

/** Lets the cache write scheduled after a load run. */
const afterLoad = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('loading a bundle with V8’s code cache', () => {
  let dir: string;
  let file: string;
  let cacheDir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-code-cache-'));
    file = path.join(dir, 'bundle.js');
    cacheDir = path.join(dir, 'storage');
    // A module that requires a Node built-in and a file beside it, as a bundle does.
    fs.writeFileSync(path.join(dir, 'beside.js'), 'module.exports = 2;');
    fs.writeFileSync(
      file,
      "const path = require('path');\nexports.answer = () => 40 + require('./beside.js');\nexports.dir = __dirname;\nexports.base = path.basename(__filename);",
    );
  });

  afterEach(() => {
    delete require.cache[file];
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Loads the file as a new session would: not yet in require's cache. */
  function loadFresh(): { answer: () => number; dir: string; base: string } {
    delete require.cache[file];
    return requireWithCodeCache(file, cacheDir) as ReturnType<typeof loadFresh>;
  }

  /**
   * Loads the file in a new Node process, as the editor's next session does,
   * and returns its answer: within one process V8 reuses the code it compiled
   * for the same file and never looks at the cache.
   */
  function loadInNewProcess(): number {
    const loader = require.resolve('../../../src/extension/code-cache');
    const load = `require(${JSON.stringify(loader)}).requireWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cacheDir)})`;
    return Number(execFileSync(process.execPath, ['-e', `console.log(${load}.answer())`], { encoding: 'utf8' }));
  }

  it('runs the module as require would: exports, require, __dirname and __filename', () => {
    const loaded = loadFresh();
    assert.equal(loaded.answer(), 42);
    assert.equal(loaded.dir, dir);
    assert.equal(loaded.base, 'bundle.js');
  });

  it('reads a file that is not ASCII as UTF-8', () => {
    fs.writeFileSync(file, "exports.text = 'job’s £30,000 – 😀';");
    assert.equal((requireWithCodeCache(file, cacheDir) as { text: string }).text, 'job’s £30,000 – 😀');
  });

  it('registers the module, so a later require gets the same instance', () => {
    const loaded = loadFresh();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    assert.equal(require(file), loaded);
    assert.equal(requireWithCodeCache(file, cacheDir), loaded);
  });

  it('writes the cache after the load, and the next session uses it without writing again', async () => {
    loadFresh();
    const cacheFile = cacheFileFor(file, cacheDir);
    assert.equal(fs.existsSync(cacheFile), false, 'written only once the loading task is over');
    await afterLoad();
    assert.ok(fs.statSync(cacheFile).size > 0);
    const written = fs.statSync(cacheFile).mtimeMs;
    fs.utimesSync(cacheFile, new Date(0), new Date(0));

    assert.equal(loadInNewProcess(), 42);
    // V8 accepted the cache: it was not written again.
    assert.equal(fs.statSync(cacheFile).mtimeMs, 0);
    assert.ok(written > 0);
  });

  it('compiles the file again and replaces a cache V8 rejects', async () => {
    fs.mkdirSync(cacheDir);
    const cacheFile = cacheFileFor(file, cacheDir);
    fs.writeFileSync(cacheFile, 'not a code cache');
    assert.equal(loadFresh().answer(), 42);
    await afterLoad();
    assert.notEqual(fs.readFileSync(cacheFile, 'utf8'), 'not a code cache');
  });

  it('keeps one cache per file: a new version of the file removes the old one’s', async () => {
    loadFresh();
    await afterLoad();
    const old = cacheFileFor(file, cacheDir);
    fs.appendFileSync(file, '\nexports.more = true;');
    loadFresh();
    await afterLoad();
    assert.deepEqual(fs.readdirSync(cacheDir), [path.basename(cacheFileFor(file, cacheDir))]);
    assert.notEqual(cacheFileFor(file, cacheDir), old);
  });

  it('leaves the caches of other files alone, whatever their names', async () => {
    // Names sharing their text before a hyphen: each file's old caches are found by its whole name.
    const files = ['my-engine.js', 'my-export.js'].map((name) => path.join(dir, name));
    for (const f of files) fs.writeFileSync(f, 'exports.loaded = true;');
    try {
      for (const f of files) {
        assert.equal((requireWithCodeCache(f, cacheDir) as { loaded: boolean }).loaded, true);
        await afterLoad();
      }
      assert.deepEqual(
        fs.readdirSync(cacheDir).sort(),
        files.map((f) => path.basename(cacheFileFor(f, cacheDir))).sort(),
      );
    } finally {
      for (const f of files) delete require.cache[f];
    }
  });

  it('loads the module when the cache cannot be written', async () => {
    fs.writeFileSync(cacheDir, 'a file where the directory should be');
    assert.equal(loadFresh().answer(), 42);
    await afterLoad();
    assert.equal(fs.readFileSync(cacheDir, 'utf8'), 'a file where the directory should be');
  });

  it('loads the module when a folder stands where its cache should be', async () => {
    fs.mkdirSync(cacheFileFor(file, cacheDir), { recursive: true });
    assert.equal(loadFresh().answer(), 42);
    await afterLoad();
    assert.ok(fs.statSync(cacheFileFor(file, cacheDir)).isDirectory());
  });

  it('reads a cache larger than the source, and a source larger than the cache', async () => {
    /** Loads the file in two sessions; true when the second used the cache the first wrote. */
    const cacheUsed = async () => {
      loadFresh();
      await afterLoad();
      const cacheFile = cacheFileFor(file, cacheDir);
      fs.utimesSync(cacheFile, new Date(0), new Date(0));
      assert.equal(loadInNewProcess(), 42);
      return fs.statSync(cacheFile).mtimeMs === 0;
    };
    assert.ok(await cacheUsed(), 'the cache of a small module');
    const cacheSize = fs.statSync(cacheFileFor(file, cacheDir)).size;
    assert.ok(cacheSize > fs.statSync(file).size, 'a small module has a larger cache');
    // A long comment makes the source larger than its cache.
    fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8')}\n// ${'x'.repeat(4 * cacheSize)}`);
    assert.ok(await cacheUsed(), 'the cache of a module with a long comment');
    assert.ok(fs.statSync(file).size > fs.statSync(cacheFileFor(file, cacheDir)).size);
  });

  it('does not register a module whose code throws', () => {
    fs.writeFileSync(file, "throw new Error('broken bundle');");
    assert.throws(() => loadFresh(), /broken bundle/);
    assert.equal(require.cache[file], undefined);
  });
});
