/**
 * Runs a mocha suite inside the VS Code extension host.
 *
 * A test entry module (the file passed as `extensionTestsPath`) only needs:
 *
 *   import { runMochaInHost } from '../runner/mocha-in-host';
 *   export function run(): Promise<void> {
 *     return runMochaInHost(__dirname, { ui: 'tdd' });
 *   }
 *
 * It works under both runners:
 * - run-offline (code-server + Chromium): the runner sets JDKIT_TEST_OUTPUT to a
 *   file; everything mocha prints, and everything the tests log with console.*,
 *   is appended to it and streamed to the runner's stdout. (Console output of the
 *   remote extension host only reaches the browser's devtools, mixed with the
 *   workbench's own logging, so it cannot be forwarded reliably.)
 * - run-electron (@vscode/test-electron): JDKIT_TEST_OUTPUT is not set and the
 *   output goes to the console, which desktop VS Code forwards to stdout.
 *
 * Loaded inside the extension host only (it uses no `vscode` API, but it is
 * meant to be compiled to out/ and required from there).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

export interface MochaInHostOptions {
  /** mocha interface: 'tdd' (suite/test) or 'bdd' (describe/it). Default 'tdd'. */
  ui?: 'tdd' | 'bdd';
  /** Per-test timeout in ms. Default 20000 (UI operations are slow in CI). */
  timeout?: number;
  /** Test files are the files under testsRoot whose path matches this. Default /\.test\.js$/. */
  pattern?: RegExp;
  /** Explicit list of test files (absolute, or relative to testsRoot); overrides pattern. */
  files?: string[];
  /** Only run tests whose full title matches (mocha --grep). Default: env JDKIT_TEST_GREP. */
  grep?: string;
  /** Colored output. Default: on unless NO_COLOR is set. */
  color?: boolean;
  /** Extra mocha options. */
  mocha?: Mocha.MochaOptions;
}

/** Recursively lists files under `dir` whose absolute path matches `pattern`, sorted. */
export function findFiles(dir: string, pattern: RegExp): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') {
          walk(full);
        }
      } else if (entry.isFile() && pattern.test(full)) {
        found.push(full);
      }
    }
  };
  walk(dir);
  return found.sort();
}

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug';
const CONSOLE_METHODS: ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug'];

/**
 * While active, copies mocha's reporter output and console.* output to the file
 * named by JDKIT_TEST_OUTPUT (if set). Returns a function that undoes it.
 */
function teeOutput(): () => void {
  const target = process.env.JDKIT_TEST_OUTPUT;
  if (!target) {
    return () => undefined;
  }
  const fd = fs.openSync(target, 'a');
  const write = (args: unknown[]): void => {
    try {
      fs.writeSync(fd, util.format(...args) + '\n');
    } catch {
      // Never let logging break a test run.
    }
  };
  // The extension host defines console.* as accessors whose setter ignores
  // assignments (it forwards console output to the workbench), so replace the
  // properties with defineProperty and put the original descriptors back later.
  const descriptors = new Map<ConsoleMethod, PropertyDescriptor | undefined>();
  for (const method of CONSOLE_METHODS) {
    const descriptor = Object.getOwnPropertyDescriptor(console, method);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with console as `this` below
    const original = console[method] as (...args: unknown[]) => void;
    try {
      Object.defineProperty(console, method, {
        configurable: true,
        enumerable: true,
        writable: true,
        value: (...args: unknown[]) => {
          write(args);
          original.apply(console, args);
        },
      });
      descriptors.set(method, descriptor);
    } catch {
      // Not configurable here: that method's output is not copied.
    }
  }
  const base = Mocha.reporters.Base;
  const originalConsoleLog = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => {
    write(args);
    originalConsoleLog.apply(console, args);
  };
  return () => {
    for (const [method, descriptor] of descriptors) {
      if (descriptor) {
        Object.defineProperty(console, method, descriptor);
      } else {
        delete (console as unknown as Record<string, unknown>)[method];
      }
    }
    base.consoleLog = originalConsoleLog;
    try {
      fs.closeSync(fd);
    } catch {
      // ignore
    }
  };
}

/**
 * Creates a Mocha instance, adds the compiled test files found under
 * `testsRoot` (or `options.files`), runs them and resolves when all pass.
 * Rejects when a test fails, when no test file is found, or when loading a
 * test file throws.
 */
export function runMochaInHost(testsRoot: string, options: MochaInHostOptions = {}): Promise<void> {
  const color = options.color ?? !process.env.NO_COLOR;
  const grep = options.grep ?? process.env.JDKIT_TEST_GREP;
  const mocha = new Mocha({
    ui: options.ui ?? 'tdd',
    timeout: options.timeout ?? 20000,
    color,
    reporter: 'spec',
    ...(grep ? { grep } : {}),
    ...options.mocha,
  });

  const files = options.files
    ? options.files.map((f) => path.resolve(testsRoot, f))
    : findFiles(testsRoot, options.pattern ?? /\.test\.js$/);

  const restore = teeOutput();
  return new Promise<void>((resolve, reject) => {
    const fail = (error: unknown, stack = true): void => {
      const message = error instanceof Error ? (stack ? (error.stack ?? error.message) : error.message) : String(error);
      console.error(`[mocha-in-host] ${message}`);
      restore();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    try {
      if (files.length === 0) {
        fail(new Error(`No test files found under ${testsRoot}`));
        return;
      }
      for (const file of files) {
        mocha.addFile(file);
      }
      console.log(
        `[mocha-in-host] running ${files.length} test file(s) from ${testsRoot}` + (grep ? ` (grep: ${grep})` : ''),
      );
      mocha.run((failures) => {
        if (failures > 0) {
          fail(new Error(`${failures} test(s) failed.`), false);
        } else {
          restore();
          resolve();
        }
      });
    } catch (error) {
      fail(error);
    }
  });
}
