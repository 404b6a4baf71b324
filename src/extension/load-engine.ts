// Loads the code the extension keeps off its activation path, the first time a
// feature needs it: the core engine (engine.ts) and the Word export and import
// (src/export). In the bundle they are dist/engine.js and dist/export.js, the
// latter taking its engine modules from the former (scripts/bundle.mjs), so
// both use one framework instance; in the compiled tree (tests) they are the
// compiled modules.
import fs from 'node:fs';
import path from 'node:path';
import { requireWithCodeCache } from './code-cache';

export type Engine = typeof import('./engine');
export type ExportApi = typeof import('../export');

let codeCacheDir: string | undefined;

/** Where the bundled engine's compiled code is kept between sessions (the extension's global storage). */
export function setCodeCacheDirectory(dir: string | undefined): void {
  codeCacheDir = dir;
}

/**
 * A loader for the module `bundled` beside this file (dist/), or else at
 * `compiled` from this file (out/), required on the first call. The computed
 * path keeps the bundler from pulling the module into dist/extension.js.
 * `cached`: the bundled file is loaded with V8's code cache (code-cache.ts)
 * once setCodeCacheDirectory has been called.
 */
function lazyModule<T>(what: string, bundled: string, compiled: string, cached = false): () => T {
  let loaded: T | undefined;
  return () => {
    if (loaded === undefined) {
      const candidates = [bundled, compiled].map((file) => path.join(__dirname, file));
      const file = candidates.find((f) => fs.existsSync(f));
      if (!file) throw new Error(`${what} is missing (looked for ${candidates.join(', ')})`);
      // A synchronous require on purpose: the extension host's providers ask for the engine in synchronous calls.
      loaded = (
        cached && codeCacheDir && file === candidates[0]
          ? requireWithCodeCache(file, codeCacheDir)
          : // eslint-disable-next-line @typescript-eslint/no-require-imports
            require(file)
      ) as T;
    }
    return loaded;
  };
}

export const engine = lazyModule<Engine>('the jdkit engine', 'engine.js', 'engine.js', true);

/** The Word code, export and import, with the code cache too: compiling dist/export.js (about 1 MB) is most of its load. */
export const loadExport = lazyModule<ExportApi>(
  'the Word export module',
  'export.js',
  path.join('..', 'export', 'index.js'),
  true,
);

/** The config file's name: the engine's CONFIG_FILE_NAME, here so that activation need not load the engine (a unit test keeps them equal). */
export const CONFIG_FILE = '.jdkit.json';
/** `.jdkit.json` files anywhere in the workspace. */
export const CONFIG_FILE_GLOB = `**/${CONFIG_FILE}`;
