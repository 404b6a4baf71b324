// Loads the core engine (engine.ts: dist/engine.js in the bundle, the compiled
// module beside this one otherwise) the first time a feature needs it.
import path from 'node:path';

export type Engine = typeof import('./engine');

let loaded: Engine | undefined;

export function engine(): Engine {
  // A computed path, so the bundler leaves the engine out of dist/extension.js.
  loaded ??= require(path.join(__dirname, 'engine.js')) as Engine;
  return loaded;
}

/** `.jdkit.json` files anywhere in the workspace (the engine's CONFIG_FILE_NAME; a unit test keeps them equal). */
export const CONFIG_FILE_GLOB = '**/.jdkit.json';
