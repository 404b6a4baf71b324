// Loads a large CommonJS file with V8's code cache. Compiling dist/engine.js
// (about 420 KB) is a large part of the first lint after the editor starts;
// V8 can instead deserialise the code it compiled in an earlier session. Node
// 20, which the extension host runs, has no built-in compile cache for
// require (Node 22's module.enableCompileCache), so the file is compiled as
// require would (Module.wrap) with vm.Script and its cachedData, kept in the
// extension's global storage. V8 checks that the cache belongs to this source
// and this V8 build and rejects it otherwise; the file is then compiled as
// usual and a new cache written.
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

type ModuleWrapper = (
  exports: unknown,
  require: NodeJS.Require,
  module: Module,
  filename: string,
  dirname: string,
) => void;

/**
 * `require(file)`, compiled from and cached in `cacheDir`. The module is
 * registered in require's cache, so a later `require(file)` (dist/export.js
 * takes the engine's modules that way) gets this same instance.
 */
export function requireWithCodeCache(file: string, cacheDir: string): unknown {
  const loaded = require.cache[file];
  if (loaded) return loaded.exports;
  const cacheFile = cacheFileFor(file, cacheDir);
  const { text, cachedData } = sourceAndCache(file, cacheFile);
  const script = new vm.Script(text, { filename: file, cachedData });
  const module = new Module(file);
  module.filename = file;
  require.cache[file] = module;
  try {
    (script.runInThisContext() as ModuleWrapper).call(
      module.exports,
      module.exports,
      createRequire(file),
      module,
      file,
      path.dirname(file),
    );
  } catch (err) {
    delete require.cache[file];
    throw err;
  }
  module.loaded = true;
  // After the task that loaded the file (the first lint): the cache then also holds the functions it compiled.
  if (!cachedData || script.cachedDataRejected) setImmediate(() => writeCache(script, file, cacheFile));
  return module.exports;
}

const [WRAP_HEAD, WRAP_TAIL] = Module.wrap('\0').split('\0');

/**
 * The file's text inside Module.wrap's function, and its cache if there is
 * one that can be read. Both are read into one buffer, the source first
 * (copied into a string), then the cache: fresh memory costs a page fault
 * per 4 KB on first touch (about 13 µs each on the virtual machine
 * BENCHMARKS.md names), and the cache is half a megabyte. The wrapper is
 * read with the file, as compiling `Module.wrap(source)` first copies the
 * joined string whole; the bundles are ASCII (scripts/bundle.mjs), which is
 * read as Latin-1 without UTF-8 decoding.
 */
function sourceAndCache(file: string, cacheFile: string): { text: string; cachedData: Buffer | undefined } {
  const cache = openIfPresent(cacheFile);
  try {
    const cacheSize = cache === undefined ? 0 : fs.fstatSync(cache).size;
    const fd = fs.openSync(file, 'r');
    let text: string;
    let buffer: Buffer;
    try {
      const size = fs.fstatSync(fd).size;
      buffer = Buffer.allocUnsafe(Math.max(cacheSize, WRAP_HEAD.length + size + WRAP_TAIL.length));
      buffer.write(WRAP_HEAD, 0, 'latin1');
      const end = WRAP_HEAD.length + readAll(fd, buffer.subarray(WRAP_HEAD.length, WRAP_HEAD.length + size));
      buffer.write(WRAP_TAIL, end, 'latin1');
      const wrapped = buffer.subarray(0, end + WRAP_TAIL.length);
      text = wrapped.toString(isAscii(wrapped) ? 'latin1' : 'utf8');
    } finally {
      fs.closeSync(fd);
    }
    return { text, cachedData: cache === undefined ? undefined : readCache(cache, buffer.subarray(0, cacheSize)) };
  } finally {
    if (cache !== undefined) fs.closeSync(cache);
  }
}

/** The cache file opened for reading; undefined when it cannot be (none yet, or an unreadable path). */
function openIfPresent(file: string): number | undefined {
  try {
    return fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
}

/** The open cache's bytes read into `target`; undefined when reading fails (a folder where the file should be). */
function readCache(fd: number, target: Buffer): Buffer | undefined {
  try {
    return target.subarray(0, readAll(fd, target));
  } catch {
    return undefined;
  }
}

/** Reads the open file from its start into `target`; returns how many bytes it read. */
function readAll(fd: number, target: Buffer): number {
  let read = 0;
  while (read < target.length) {
    const n = fs.readSync(fd, target, read, target.length - read, read);
    if (n === 0) break;
    read += n;
  }
  return read;
}

/** One cache file per version of the file and of V8: `engine.js-<size>-<mtime>-<v8>.cache`. */
export function cacheFileFor(file: string, cacheDir: string): string {
  const { size, mtimeMs } = fs.statSync(file);
  const version = process.versions.v8.replace(/[^\w.-]/g, '_');
  return path.join(cacheDir, `${path.basename(file)}-${size}-${Math.round(mtimeMs)}-${version}.cache`);
}

/** Writes the cache of `file` beside any older ones (cacheFileFor), then removes those. Failures only cost speed. */
function writeCache(script: vm.Script, file: string, cacheFile: string): void {
  const dir = path.dirname(cacheFile);
  const prefix = `${path.basename(file)}-`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, script.createCachedData());
    fs.renameSync(temporary, cacheFile);
    for (const name of fs.readdirSync(dir)) {
      const other = path.join(dir, name);
      if (name.startsWith(prefix) && name.endsWith('.cache') && other !== cacheFile) fs.rmSync(other, { force: true });
    }
  } catch {
    // A read-only or full disk: the next session compiles the file again.
  }
}
