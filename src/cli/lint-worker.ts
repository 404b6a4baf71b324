// A worker thread of `jdkit lint --concurrency` (lint-pool.ts): reads and
// lints the files the main thread names, and posts back their reports. Each
// config comes once, with the first file that uses it, so the engine's caches
// keyed by a config's objects keep working across that worker's files.
import { parentPort } from 'node:worker_threads';
import type { LoadedConfig } from '../core/config-file';
import { checkFile } from './lint-file';
import type { CheckRequest, CheckResponse } from './lint-pool';

const port = parentPort;
if (!port) throw new Error('lint-worker.js runs as a worker thread of jdkit lint');
const configs = new Map<number, LoadedConfig>();
port.on('message', ({ id, configId, config, ...job }: CheckRequest) => {
  if (config) configs.set(configId, config);
  const response: CheckResponse = { id, ...checkFile({ ...job, loaded: configs.get(configId)! }) };
  port.postMessage(response);
});
