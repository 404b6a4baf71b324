// `jdkit lint --concurrency`: linting files in worker threads. Linting is
// work for the processor (reading a job description takes a small fraction of
// linting it), so a reviewer's CI over thousands of job descriptions finishes
// sooner with a thread per core. The main thread names each file to the
// least busy worker (lint-worker.ts), which reads and lints it, and writes the
// reports in input order, so the output is the same as without workers.
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LoadedConfig } from '../core/config-file';
import { UsageError } from './command';
import { checkFile, type CheckedFile, type FileJob } from './lint-file';

/** What the main thread posts: a job, its config by number, and the config itself the first time that worker needs it. */
export type CheckRequest = Omit<FileJob, 'loaded'> & { id: number; configId: number; config?: LoadedConfig };

export type CheckResponse = CheckedFile & { id: number };

/** `--concurrency`: a number of worker threads, `auto`, or `off` (lint in the main thread). */
export type Concurrency = number | 'auto' | 'off';

/**
 * With `auto`, a worker for at least this many files. A worker starts in about
 * 60 ms (it loads the engine and the framework), the time it takes to lint
 * some 50 fresh job descriptions: twice that keeps the start a small part of
 * its work (BENCHMARKS.md, fifteenth round).
 */
export const AUTO_FILES_PER_WORKER = 100;

/** The worker's script, beside this module: out/src/cli/ when built by tsc, dist/ in the bundle. */
export const LINT_WORKER_FILE = path.join(__dirname, 'lint-worker.js');

export function parseConcurrency(value: string | undefined): Concurrency {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === 'off') return 'off';
  if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value);
  throw new UsageError(`--concurrency must be a whole number of 1 or more, auto or off (got "${value}").`);
}

/**
 * How many workers lint `files` files: 0 lints them in the main thread. `auto`
 * takes one worker per two cores, as ESLint does: a lint thread keeps more
 * than one core busy (V8 collects its garbage and compiles on threads of its
 * own), so on two cores workers finish no sooner (BENCHMARKS.md, fifteenth
 * round). It uses workers only when at least two would each have
 * AUTO_FILES_PER_WORKER files: one worker beside an idle main thread saves
 * nothing. A number is taken as given, but never more workers than files or
 * cores: each worker holds the engine and the framework (some 60 MB), and
 * more threads than cores finish no sooner.
 */
export function workerCount(concurrency: Concurrency, files: number, cores = os.availableParallelism()): number {
  if (concurrency === 'off') return 0;
  if (concurrency === 'auto') {
    const count = Math.min(Math.floor(cores / 2), Math.floor(files / AUTO_FILES_PER_WORKER));
    return count >= 2 ? count : 0;
  }
  return Math.min(concurrency, files, cores);
}

interface PoolWorker {
  thread: Worker;
  /** Jobs sent and not yet answered, by id. */
  pending: Map<number, { job: FileJob; resolve: (checked: CheckedFile) => void }>;
  /** The configs (by number) this worker has been sent. */
  configs: Set<number>;
  /** Set when the worker failed: its jobs, and any later ones, are linted in the main thread. */
  failed: boolean;
}

export class LintPool {
  private readonly workers: PoolWorker[];
  private readonly configIds = new Map<LoadedConfig, number>();
  private nextId = 0;
  private closing = false;

  constructor(
    count: number,
    /** Told, once per worker that fails, why its files are linted in the main thread. */
    private readonly onWorkerFailure: (message: string) => void,
    file = LINT_WORKER_FILE,
  ) {
    this.workers = Array.from({ length: count }, () => this.start(file));
  }

  get size(): number {
    return this.workers.length;
  }

  /** Checks the file in the least busy worker; in the main thread when every worker has failed. */
  check(job: FileJob): Promise<CheckedFile> {
    let worker: PoolWorker | undefined;
    for (const w of this.workers) if (!w.failed && (!worker || w.pending.size < worker.pending.size)) worker = w;
    if (!worker) return Promise.resolve(checkFile(job));
    const id = this.nextId++;
    let configId = this.configIds.get(job.loaded);
    if (configId === undefined) this.configIds.set(job.loaded, (configId = this.configIds.size));
    const { loaded: _loaded, ...named } = job;
    const request: CheckRequest = { ...named, id, configId };
    if (!worker.configs.has(configId)) {
      request.config = job.loaded;
      worker.configs.add(configId);
    }
    const target = worker;
    return new Promise((resolve) => {
      target.pending.set(id, { job, resolve });
      target.thread.postMessage(request);
    });
  }

  /** Stops the workers; call once every job is answered. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.thread.terminate()));
  }

  private start(file: string): PoolWorker {
    const worker: PoolWorker = { thread: new Worker(file), pending: new Map(), configs: new Set(), failed: false };
    worker.thread.on('message', ({ id, ...checked }: CheckResponse) => {
      const job = worker.pending.get(id);
      worker.pending.delete(id);
      job?.resolve(checked);
    });
    worker.thread.on('error', (err) => this.fail(worker, err.message));
    worker.thread.on('exit', (code) => {
      if (!this.closing) this.fail(worker, `it stopped with exit code ${code}`);
    });
    return worker;
  }

  /** A worker that failed: its unanswered jobs are linted here, and it gets no more. */
  private fail(worker: PoolWorker, reason: string): void {
    if (worker.failed) return;
    worker.failed = true;
    void worker.thread.terminate();
    this.onWorkerFailure(`a worker thread failed (${reason}); its files are linted in the main thread.`);
    for (const { job, resolve } of worker.pending.values()) resolve(checkFile(job));
    worker.pending.clear();
  }
}
