/**
 * Offline integration-test runner: runs a mocha suite inside a real VS Code
 * extension host without downloading VS Code.
 *
 * It starts the VS Code that the npm package code-server embeds (installed into
 * .cache/code-server by scripts/setup-test-env.sh), opens its web workbench in
 * headless Debian Chromium through playwright-core, and passes the extension
 * under development and the compiled test entry module in the URL payload (the
 * same hooks @vscode/test-web uses). See docs in
 * /work/shared/docs/offline-vscode-testing.md and scripts/test-integration.sh.
 *
 * Usage (after `tsc -p .`):
 *   node out/test/integration/runner/run-offline.js [options]
 *
 * Options (environment variable in brackets):
 *   --extension-development-path <dir>  [JDKIT_EXTENSION_DEV_PATH]   default: repo root
 *   --extension-tests-path <file>       [JDKIT_EXTENSION_TESTS_PATH] default: out/test/integration/suite/index.js
 *   --workspace <dir>                   [JDKIT_TEST_WORKSPACE]       default: test/fixtures/workspace
 *   --timeout <seconds>                 [JDKIT_TEST_TIMEOUT]         default: 600
 *   --screenshot <png>                  [JDKIT_SCREENSHOT]           screenshot when the suite ends
 *   --failure-screenshot <png|none>     [JDKIT_FAILURE_SCREENSHOT]   default: test-results/integration-failure.png
 *   --log-dir <dir>                     [JDKIT_TEST_LOG_DIR]         default: test-results/integration-logs
 *   --code-server-dir <dir>             [JDKIT_CODE_SERVER_DIR]      default: .cache/code-server
 *   --chromium <path>                   [JDKIT_CHROMIUM]             default: /usr/bin/chromium
 *   --headed                            show the browser (needs a display)
 *   --verbose                           [JDKIT_TEST_VERBOSE=1]       also print code-server and browser console logs
 * Relative paths are relative to the repository root.
 *
 * Exit code: the suite's (0 = all tests passed, 1 = failures), 2 = the runner
 * itself failed (missing install, code-server or Chromium did not start),
 * 124 = time limit reached, 130 = interrupted.
 *
 * Test output: the extension host gets JDKIT_TEST_OUTPUT=<file>; runMochaInHost
 * (mocha-in-host.ts) appends mocha's report and console.* output to it and this
 * runner streams the file to stdout. The browser console (workbench logging plus
 * extension-host console output) and code-server's log go to --log-dir.
 *
 * Screenshots: a suite requests one mid-run with requestScreenshot() from
 * host-hooks.ts (file-based handshake through JDKIT_SCREENSHOT_DIR). The
 * --screenshot and --failure-screenshot images are taken after the suite has
 * ended, when the extension host has already stopped (its diagnostics are gone),
 * so use requestScreenshot() for evidence of extension UI.
 *
 * The extension host also gets JDKIT_TEST_RUNNER=offline and JDKIT_REPO_ROOT.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { Browser, chromium, Page } from 'playwright-core';
import { findRepoRoot } from './repo-root';

const EXIT_INFRA = 2;
const EXIT_TIMEOUT = 124;
const EXIT_INTERRUPTED = 130;
const CODE_SERVER_START_TIMEOUT_MS = 90_000;

class RunnerError extends Error {}

function log(message: string): void {
  process.stderr.write(`[run-offline] ${message}\n`);
}

interface Options {
  repoRoot: string;
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  workspace: string;
  timeoutMs: number;
  screenshot?: string;
  failureScreenshot?: string;
  logDir: string;
  codeServerDir: string;
  chromium: string;
  headed: boolean;
  verbose: boolean;
}

const USAGE = `Usage: node out/test/integration/runner/run-offline.js [--extension-development-path DIR]
  [--extension-tests-path FILE] [--workspace DIR] [--timeout SECONDS] [--screenshot PNG]
  [--failure-screenshot PNG|none] [--log-dir DIR] [--code-server-dir DIR] [--chromium PATH]
  [--headed] [--verbose]
(see the header of test/integration/runner/run-offline.ts for the environment variables)`;

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      'extension-development-path': { type: 'string' },
      'extension-tests-path': { type: 'string' },
      workspace: { type: 'string' },
      timeout: { type: 'string' },
      screenshot: { type: 'string' },
      'failure-screenshot': { type: 'string' },
      'log-dir': { type: 'string' },
      'code-server-dir': { type: 'string' },
      chromium: { type: 'string' },
      headed: { type: 'boolean' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    process.exit(0);
  }
  const env = process.env;
  const repoRoot = findRepoRoot();
  const abs = (p: string): string => path.resolve(repoRoot, p);
  const pick = (flag: string | undefined, envName: string, fallback: string): string =>
    flag ?? (env[envName] || fallback);

  const timeoutSeconds = Number(pick(values.timeout, 'JDKIT_TEST_TIMEOUT', '600'));
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
    throw new RunnerError(`Invalid timeout: ${values.timeout ?? env.JDKIT_TEST_TIMEOUT}`);
  }
  const screenshot = values.screenshot ?? env.JDKIT_SCREENSHOT;
  const failureScreenshot = pick(
    values['failure-screenshot'],
    'JDKIT_FAILURE_SCREENSHOT',
    'test-results/integration-failure.png',
  );
  return {
    repoRoot,
    extensionDevelopmentPath: abs(pick(values['extension-development-path'], 'JDKIT_EXTENSION_DEV_PATH', '.')),
    extensionTestsPath: abs(
      pick(values['extension-tests-path'], 'JDKIT_EXTENSION_TESTS_PATH', 'out/test/integration/suite/index.js'),
    ),
    workspace: abs(pick(values.workspace, 'JDKIT_TEST_WORKSPACE', 'test/fixtures/workspace')),
    timeoutMs: timeoutSeconds * 1000,
    screenshot: screenshot ? abs(screenshot) : undefined,
    failureScreenshot: failureScreenshot && failureScreenshot !== 'none' ? abs(failureScreenshot) : undefined,
    logDir: abs(pick(values['log-dir'], 'JDKIT_TEST_LOG_DIR', 'test-results/integration-logs')),
    codeServerDir: abs(pick(values['code-server-dir'], 'JDKIT_CODE_SERVER_DIR', '.cache/code-server')),
    chromium: pick(values.chromium, 'JDKIT_CHROMIUM', '/usr/bin/chromium'),
    headed: !!values.headed,
    verbose: !!values.verbose || env.JDKIT_TEST_VERBOSE === '1',
  };
}

function checkInputs(o: Options): string {
  const setupHint = 'run scripts/setup-test-env.sh first';
  const entry = path.join(o.codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!fs.existsSync(entry)) {
    throw new RunnerError(`code-server is not installed (${entry} is missing): ${setupHint}`);
  }
  if (!fs.existsSync(o.chromium)) {
    throw new RunnerError(`Chromium not found at ${o.chromium}: ${setupHint} (or pass --chromium)`);
  }
  if (!fs.existsSync(path.join(o.extensionDevelopmentPath, 'package.json'))) {
    throw new RunnerError(`No extension at ${o.extensionDevelopmentPath} (package.json missing)`);
  }
  if (!fs.existsSync(o.extensionTestsPath)) {
    throw new RunnerError(`Test entry ${o.extensionTestsPath} not found: compile first (npm run compile)`);
  }
  if (!fs.statSync(o.workspace, { throwIfNoEntry: false })?.isDirectory()) {
    throw new RunnerError(`Workspace folder ${o.workspace} not found`);
  }
  return entry;
}

/** Splits a stream into lines and calls `onLine` for each. */
function onLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    lines.forEach(onLine);
  });
  stream.on('end', () => {
    if (buffered) {
      onLine(buffered);
    }
  });
}

/**
 * Runs detached from the runner; if the runner dies without cleaning up (e.g.
 * SIGKILL from a CI time limit), it kills code-server's process group and
 * removes the temporary folder. Exits as soon as the group is gone.
 * argv: runner pid, code-server pid (= process group id), temporary folder.
 */
const REAPER_JS = `
const [runner, pgid] = process.argv.slice(1, 3).map(Number);
const tmp = process.argv[3];
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };
setInterval(() => {
  if (!alive(-pgid)) process.exit(0);
  if (!alive(runner)) {
    try { process.kill(-pgid, 'SIGKILL'); } catch {}
    try { require('fs').rmSync(tmp, { recursive: true, force: true }); } catch {}
    process.exit(0);
  }
}, 1000);
`;

/** A code-server process running in its own process group. */
class CodeServer {
  private exited = false;
  readonly exitPromise: Promise<number | null>;

  private constructor(private readonly child: ChildProcess) {
    this.exitPromise = new Promise((resolve) => {
      child.once('exit', (code) => {
        this.exited = true;
        resolve(code);
      });
    });
  }

  static start(
    entry: string,
    args: string[],
    env: NodeJS.ProcessEnv,
    logFile: fs.WriteStream,
    verbose: boolean,
    tmp: string,
  ): { server: CodeServer; url: Promise<string> } {
    const child = spawn(process.execPath, [entry, ...args], {
      env,
      detached: true, // own process group, so that stop() reaches the extension host and other children
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (child.pid !== undefined) {
      spawn(process.execPath, ['-e', REAPER_JS, String(process.pid), String(child.pid), tmp], {
        detached: true,
        stdio: 'ignore',
      }).unref();
    }
    const server = new CodeServer(child);
    const url = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new RunnerError(
              `code-server did not report "HTTP server listening on" within ${CODE_SERVER_START_TIMEOUT_MS / 1000} s`,
            ),
          ),
        CODE_SERVER_START_TIMEOUT_MS,
      );
      const handle = (line: string): void => {
        logFile.write(line + '\n');
        if (verbose) {
          process.stderr.write(`[code-server] ${line}\n`);
        }
        const match = /HTTP server listening on (https?:\/\/\S+)/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match[1].replace(/\/$/, ''));
        }
      };
      onLines(child.stdout, handle);
      onLines(child.stderr, handle);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new RunnerError(`Could not start code-server: ${error.message}`));
      });
      void server.exitPromise.then((code) => {
        clearTimeout(timer);
        reject(new RunnerError(`code-server exited with code ${code} before it was ready`));
      });
    });
    return { server, url };
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  private groupAlive(): boolean {
    if (this.child.pid === undefined) {
      return false;
    }
    try {
      process.kill(-this.child.pid, 0);
      return true;
    } catch {
      return false;
    }
  }

  private signalGroup(signal: NodeJS.Signals): void {
    if (this.child.pid === undefined) {
      return;
    }
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      // ESRCH: nothing left in the group
    }
  }

  /** SIGTERM to the whole process group, then SIGKILL to whatever is left after `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    if (!this.groupAlive()) {
      return;
    }
    this.signalGroup('SIGTERM');
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline && this.groupAlive()) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (this.groupAlive()) {
      this.signalGroup('SIGKILL');
    }
    if (!this.exited) {
      await Promise.race([this.exitPromise, new Promise((resolve) => setTimeout(resolve, 2000))]);
    }
  }

  /** Synchronous last resort for process.on('exit'). */
  killNow(): void {
    this.signalGroup('SIGKILL');
  }
}

/** Streams a file that another process appends to. */
class FileTail {
  private offset = 0;

  constructor(
    private readonly file: string,
    private readonly out: NodeJS.WritableStream,
  ) {}

  get bytesRead(): number {
    return this.offset;
  }

  poll(): void {
    let fd: number | undefined;
    try {
      fd = fs.openSync(this.file, 'r');
      const buffer = Buffer.alloc(64 * 1024);
      for (;;) {
        const n = fs.readSync(fd, buffer, 0, buffer.length, this.offset);
        if (n <= 0) {
          break;
        }
        this.offset += n;
        this.out.write(buffer.subarray(0, n));
      }
    } catch {
      // not created yet
    } finally {
      if (fd !== undefined) {
        fs.closeSync(fd);
      }
    }
  }
}

async function saveScreenshot(page: Page, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, timeout: 15_000 });
}

/** Answers the screenshot and UI requests that the suite writes into `dir` (see host-hooks.ts). */
class ScreenshotRequests {
  private busy = false;
  private readonly handled = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly page: Page,
    private readonly repoRoot: string,
  ) {}

  async poll(): Promise<void> {
    if (this.busy) {
      return;
    }
    this.busy = true;
    try {
      const requests = fs
        .readdirSync(this.dir)
        .filter((f) => f.endsWith('.request.json') && !this.handled.has(f))
        .sort();
      for (const name of requests) {
        this.handled.add(name);
        const done = path.join(this.dir, name.replace(/\.request\.json$/, '.done.json'));
        let answer: { ok: boolean; error?: string; text?: string; buttons?: string[] };
        try {
          const request = JSON.parse(fs.readFileSync(path.join(this.dir, name), 'utf8')) as {
            path?: unknown;
            ui?: UiRequest;
          };
          if (request.ui) {
            answer = { ok: true, ...(await answerUi(this.page, request.ui)) };
            log(
              `ui request ${request.ui.kind}: "${answer.text}"${request.ui.button ? ` -> ${request.ui.button}` : ''}`,
            );
          } else if (typeof request.path !== 'string' || !request.path.endsWith('.png')) {
            throw new Error('request.path must be a .png path');
          } else {
            const target = path.resolve(this.repoRoot, request.path);
            const started = Date.now();
            await saveScreenshot(this.page, target);
            log(
              `screenshot saved: ${path.relative(this.repoRoot, target) || target} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
            );
            answer = { ok: true };
          }
        } catch (error) {
          answer = { ok: false, error: error instanceof Error ? error.message : String(error) };
          log(`request ${name} failed: ${answer.error}`);
        }
        fs.writeFileSync(`${done}.tmp`, JSON.stringify(answer));
        fs.renameSync(`${done}.tmp`, done);
      }
    } finally {
      this.busy = false;
    }
  }
}

/**
 * A request to read (and optionally answer) a notification toast; see
 * host-hooks.ts. (Modal dialogs cannot be answered: VS Code refuses to show
 * them while extension tests run.)
 */
interface UiRequest {
  /** A notification toast, or the Problems panel's rows (read only). */
  kind: 'notification' | 'problems';
  /** Only a notification whose message contains this text. */
  containing?: string;
  /** The button to click; none leaves it open. */
  button?: string;
  timeoutMs?: number;
}

const TOAST = {
  box: '.notifications-toasts .notification-toast',
  text: '.notification-list-item-message',
  buttons: '.notification-list-item-buttons-container .monaco-button',
};

/**
 * A click on a toast's button closes the toast at once (VS Code closes the
 * notification in the button's click handler). A click can be lost although
 * Playwright reports it done: the toasts are stacked from the bottom of the
 * window, so when a toast below goes away (the 800 ms "Exporting to Word…"
 * progress toast of a previous export, a toast purged after its 15-20 s) the
 * toasts above it move down, and if that happens between mousedown and
 * mouseup the mouseup lands beside the button and no click event reaches it.
 * The extension's promise then never resolves. So: click, check that the
 * toast went away, click again if it did not.
 */
const TOAST_CLOSE_TIMEOUT_MS = 2_000;
const TOAST_CLICK_ATTEMPTS = 3;

/** Waits for the toast, reads its text and buttons, clicks the button asked for; or reads the Problems panel. */
async function answerUi(page: Page, request: UiRequest): Promise<{ text: string; buttons: string[] }> {
  if (request.kind === 'problems') {
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ state: 'visible', timeout: request.timeoutMs ?? 15_000 });
    return { text: (await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim()).join('\n'), buttons: [] };
  }
  let box = page.locator(TOAST.box);
  if (request.containing) box = box.filter({ hasText: request.containing });
  box = box.last();
  await box.waitFor({ state: 'visible', timeout: request.timeoutMs ?? 15_000 });
  const text = (await box.locator(TOAST.text).first().innerText()).trim();
  const buttons = (await box.locator(TOAST.buttons).allInnerTexts()).map((b) => b.trim());
  if (request.button) {
    if (!buttons.includes(request.button))
      throw new Error(`no "${request.button}" button in the notification "${text}" (buttons: ${buttons.join(', ')})`);
    const toast = await box.elementHandle();
    for (let attempt = 1; ; attempt++) {
      await box
        .locator(TOAST.buttons)
        .filter({ hasText: request.button })
        .first()
        .click({ timeout: request.timeoutMs ?? 15_000 });
      const closed = await page
        .waitForFunction((element: { isConnected: boolean }) => !element.isConnected, toast, {
          timeout: TOAST_CLOSE_TIMEOUT_MS,
          polling: 50,
        })
        .then(
          () => true,
          () => false,
        );
      if (closed) break;
      if (attempt === TOAST_CLICK_ATTEMPTS)
        throw new Error(`clicked "${request.button}" ${attempt} times, but the notification "${text}" stayed open`);
      log(`ui request: the click on "${request.button}" did not close the notification; clicking again`);
    }
    await toast.dispose();
  }
  return { text, buttons };
}

/** `vscode-remote://<authority><path>` with each path segment percent-encoded. */
function remoteUri(authority: string, absolutePath: string): string {
  return `vscode-remote://${authority}${absolutePath.split('/').map(encodeURIComponent).join('/')}`;
}

function tailOf(file: string, lines: number): string {
  try {
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .slice(-lines - 1)
      .join('\n');
  } catch {
    return '';
  }
}

type Outcome =
  | { kind: 'exit'; code: number }
  | { kind: 'timeout' }
  | { kind: 'signal'; signal: NodeJS.Signals }
  | { kind: 'crash'; message: string };

/** Thrown by a start-up step that was cut short because the run already has an outcome. */
class Interrupted extends Error {
  constructor(readonly outcome: Outcome) {
    super(`interrupted (${outcome.kind})`);
  }
}

async function main(): Promise<number> {
  const o = parseOptions(process.argv.slice(2));
  const entry = checkInputs(o);
  const rel = (p: string): string => path.relative(o.repoRoot, p) || '.';

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-it-'));
  const userDataDir = path.join(tmp, 'user-data');
  const requestDir = path.join(tmp, 'screenshot-requests');
  const outputFile = path.join(tmp, 'test-output.log');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(requestDir);
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'git.enabled': false,
      },
      null,
      2,
    ),
  );
  fs.mkdirSync(o.logDir, { recursive: true });
  const codeServerLogPath = path.join(o.logDir, 'code-server.log');
  const browserLogPath = path.join(o.logDir, 'browser-console.log');
  const codeServerLog = fs.createWriteStream(codeServerLogPath);
  const browserLog = fs.createWriteStream(browserLogPath);

  // The extension host inherits code-server's environment. Drop VSCODE_* variables
  // (e.g. VSCODE_IPC_HOOK_CLI when run from a VS Code terminal, which would make
  // code-server hand the folder to that instance instead of starting).
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VSCODE_') && key !== 'ELECTRON_RUN_AS_NODE') {
      env[key] = value;
    }
  }
  Object.assign(env, {
    JDKIT_TEST_RUNNER: 'offline',
    JDKIT_TEST_OUTPUT: outputFile,
    JDKIT_SCREENSHOT_DIR: requestDir,
    JDKIT_REPO_ROOT: o.repoRoot,
  });

  log(
    `extension: ${rel(o.extensionDevelopmentPath)}  tests: ${rel(o.extensionTestsPath)}  workspace: ${rel(o.workspace)}`,
  );

  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let launching: Promise<Browser> | undefined;
  let page: Page | undefined;
  const timers: NodeJS.Timeout[] = [];
  const tail = new FileTail(outputFile, process.stdout);
  const onExit = (): void => server?.killNow();
  process.on('exit', onExit);

  let resolveOutcome!: (outcome: Outcome) => void;
  const outcome = new Promise<Outcome>((resolve) => (resolveOutcome = resolve));
  // Start-up steps race against this, so that a signal, a crash or the time limit
  // does not wait for them to finish.
  const settled = outcome.then((o2) => Promise.reject(new Interrupted(o2)));
  settled.catch(() => undefined);
  const interruptible = <T>(step: Promise<T>): Promise<T> => Promise.race([step, settled]);
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (interrupted) {
      log(`${signal} again: killing code-server now`);
      server?.killNow();
      process.exit(EXIT_INTERRUPTED);
    }
    interrupted = true;
    log(`${signal}: stopping`);
    resolveOutcome({ kind: 'signal', signal });
  };
  signals.forEach((s) => process.on(s, onSignal));
  timers.push(setTimeout(() => resolveOutcome({ kind: 'timeout' }), o.timeoutMs));

  let exitCode: number;
  try {
    const started = CodeServer.start(
      entry,
      [
        '--auth',
        'none',
        '--bind-addr',
        '127.0.0.1:0', // free loopback port, reported in the "listening" line
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--config',
        path.join(tmp, 'config.yaml'),
        '--user-data-dir',
        userDataDir,
        '--extensions-dir',
        path.join(tmp, 'extensions'),
        o.workspace,
      ],
      env,
      codeServerLog,
      o.verbose,
      tmp,
    );
    server = started.server;
    void server.exitPromise.then((code) =>
      resolveOutcome({ kind: 'crash', message: `code-server exited unexpectedly (code ${code})` }),
    );
    const startedAt = Date.now();
    const baseUrl = await interruptible(started.url);
    log(
      `code-server ${baseUrl} ready after ${((Date.now() - startedAt) / 1000).toFixed(1)} s (pid ${server.pid}, logs in ${rel(o.logDir)})`,
    );
    const authority = new URL(baseUrl).host;

    launching = chromium.launch({
      executablePath: o.chromium,
      headless: !o.headed,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    });
    browser = await interruptible(launching);
    const context = await interruptible(browser.newContext({ viewport: { width: 1440, height: 900 } }));
    page = await interruptible(context.newPage());
    const thePage = page;
    page.on('console', (message) => {
      const line = `[${message.type()}] ${message.text()}`;
      browserLog.write(line + '\n');
      if (o.verbose) {
        process.stderr.write(`[browser] ${line}\n`);
      }
    });
    page.on('pageerror', (error) => browserLog.write(`[pageerror] ${error.stack ?? error.message}\n`));
    page.on('crash', () => resolveOutcome({ kind: 'crash', message: 'the browser page crashed' }));
    await interruptible(
      page.exposeFunction('codeAutomationExit', (code: unknown) => {
        resolveOutcome({ kind: 'exit', code: typeof code === 'number' ? code : Number(code) || 0 });
      }),
    );

    const screenshots = new ScreenshotRequests(requestDir, thePage, o.repoRoot);
    timers.push(setInterval(() => tail.poll(), 200));
    timers.push(setInterval(() => void screenshots.poll(), 100));

    const payload = [
      ['extensionDevelopmentPath', remoteUri(authority, o.extensionDevelopmentPath)],
      ['extensionTestsPath', remoteUri(authority, o.extensionTestsPath)],
    ];
    const url = `${baseUrl}/?folder=${encodeURIComponent(o.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    log(
      `opening the workbench in ${o.headed ? 'headed' : 'headless'} Chromium (time limit for the run: ${o.timeoutMs / 1000} s)`,
    );
    await interruptible(page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 }));

    const result = await outcome;
    tail.poll();
    await screenshots.poll();
    switch (result.kind) {
      case 'exit':
        exitCode = result.code;
        log(`suite finished with exit code ${exitCode} after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
        break;
      case 'timeout':
        exitCode = EXIT_TIMEOUT;
        log(`time limit of ${o.timeoutMs / 1000} s reached`);
        break;
      case 'signal':
        exitCode = EXIT_INTERRUPTED;
        break;
      case 'crash':
        exitCode = EXIT_INFRA;
        log(result.message);
        break;
    }
    if (o.screenshot && result.kind !== 'signal') {
      await saveScreenshot(thePage, o.screenshot).then(
        () => log(`screenshot saved: ${rel(o.screenshot!)}`),
        (error: Error) => log(`screenshot failed: ${error.message}`),
      );
    }
    if (exitCode !== 0 && o.failureScreenshot && result.kind !== 'signal') {
      await saveScreenshot(thePage, o.failureScreenshot).then(
        () => log(`failure screenshot saved: ${rel(o.failureScreenshot!)}`),
        (error: Error) => log(`failure screenshot failed: ${error.message}`),
      );
    }
  } catch (error) {
    if (error instanceof Interrupted) {
      // A signal, a crash or the time limit during start-up.
      const o2 = error.outcome;
      exitCode =
        o2.kind === 'signal'
          ? EXIT_INTERRUPTED
          : o2.kind === 'timeout'
            ? EXIT_TIMEOUT
            : o2.kind === 'exit'
              ? o2.code
              : EXIT_INFRA;
      if (o2.kind === 'crash') {
        log(o2.message);
      } else if (o2.kind === 'timeout') {
        log(`time limit of ${o.timeoutMs / 1000} s reached while starting`);
      }
    } else {
      exitCode = EXIT_INFRA;
      log(`error: ${error instanceof Error ? error.message : String(error)}`);
    }
  } finally {
    timers.forEach((t) => clearTimeout(t));
    tail.poll();
    // A launch cut short by a signal still has to be closed once it completes.
    browser ??= await launching?.catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.stop();
    await new Promise((resolve) => codeServerLog.end(resolve));
    await new Promise((resolve) => browserLog.end(resolve));
    signals.forEach((s) => process.off(s, onSignal));
    process.off('exit', onExit);
    if (process.env.JDKIT_KEEP_TMP === '1') {
      log(`kept temporary files in ${tmp}`);
    } else {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }

  if (exitCode! !== 0 && exitCode! !== EXIT_INTERRUPTED) {
    if (tail.bytesRead === 0) {
      log(
        'no test output received (the suite did not start, or its index does not use runMochaInHost); last browser console lines:',
      );
      process.stderr.write(tailOf(browserLogPath, 30) + '\n');
    }
    if (exitCode! === EXIT_INFRA || exitCode! === EXIT_TIMEOUT) {
      log('last code-server log lines:');
      process.stderr.write(tailOf(codeServerLogPath, 20) + '\n');
    }
    log(`logs: ${rel(codeServerLogPath)}, ${rel(browserLogPath)}`);
  }
  return exitCode!;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(EXIT_INFRA);
  },
);
