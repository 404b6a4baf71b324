/**
 * Hooks that a test suite running inside the extension host can use to ask the
 * offline runner (run-offline.ts) for things only the browser side can do.
 *
 * Screenshot protocol (file based, so it does not depend on console forwarding):
 * - The runner creates a request folder and passes it to code-server, and so to
 *   the extension host, as env JDKIT_SCREENSHOT_DIR.
 * - requestScreenshot() writes `<id>.request.json` ({"path": "<absolute png path>"})
 *   into that folder (atomically: write a temp file, then rename).
 * - The runner polls the folder, takes a Playwright screenshot of the whole
 *   workbench page, writes the PNG, then writes `<id>.done.json`
 *   ({"ok": true} or {"ok": false, "error": "..."}).
 * - requestScreenshot() waits for `<id>.done.json` and resolves (or rejects).
 *
 * UI requests use the same folder: `{"ui": {"kind": "notification",
 * "containing"?, "button"?}}` asks the runner to wait for a notification
 * toast, read its text and buttons, and click `button`; the answer carries
 * `text` and `buttons`. This lets a test answer the real notifications the
 * extension shows, as a user would. (Modal dialogs cannot be answered: VS Code
 * refuses to show them while extension tests run.)
 *
 * Under run-electron there is no browser page: requestScreenshot() logs that and
 * resolves to false, so suites can call it unconditionally; answerUi() resolves
 * to null.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface ScreenshotOptions {
  /** Wait this long before asking, so the UI can finish rendering. Default 500 ms. */
  settleMs?: number;
  /** Give up after this long. Default 30000 ms. */
  timeoutMs?: number;
}

let counter = 0;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** True when the suite runs under a runner that can take screenshots. */
export function screenshotsSupported(): boolean {
  return !!process.env.JDKIT_SCREENSHOT_DIR;
}

/** Resolves a path given by a test: relative paths are relative to the repository root. */
export function resolveFromRepoRoot(p: string): string {
  return path.resolve(process.env.JDKIT_REPO_ROOT ?? process.cwd(), p);
}

/**
 * Asks the runner to save a PNG screenshot of the workbench at `filePath`
 * (relative paths are relative to the repository root). Resolves to true when
 * the file was written, false when the runner cannot take screenshots; rejects
 * when the runner reports an error or does not answer in time.
 */
export async function requestScreenshot(filePath: string, options: ScreenshotOptions = {}): Promise<boolean> {
  const target = resolveFromRepoRoot(filePath);
  if (!screenshotsSupported()) {
    console.log(`[jdkit-screenshot] skipped (this runner cannot take screenshots): ${target}`);
    return false;
  }
  await sleep(options.settleMs ?? 500);
  await ask({ path: target }, `Screenshot ${target}`, options.timeoutMs ?? 30000);
  console.log(`[jdkit-screenshot] saved ${target}`);
  return true;
}

export interface UiRequest {
  /** A notification toast, or the Problems panel (its visible rows, a line each; nothing is clicked). */
  kind: 'notification' | 'problems';
  /** Only a notification whose message contains this text. */
  containing?: string;
  /** The button to click; none leaves the toast open. */
  button?: string;
}

export interface UiAnswer {
  /** The message. */
  text: string;
  buttons: string[];
}

/**
 * Waits for a notification toast in the workbench, returns its text and
 * buttons and clicks `button`. Null under a runner without a
 * browser page; rejects when none appears within `timeoutMs`.
 */
export async function answerUi(request: UiRequest, timeoutMs = 15000): Promise<UiAnswer | null> {
  if (!screenshotsSupported()) return null;
  const answer = await ask(
    { ui: { ...request, timeoutMs } },
    `UI request ${JSON.stringify(request)}`,
    timeoutMs + 15000,
  );
  return { text: answer.text ?? '', buttons: answer.buttons ?? [] };
}

interface Answer {
  ok: boolean;
  error?: string;
  text?: string;
  buttons?: string[];
}

/** Writes a request for the runner and waits for its answer. */
async function ask(body: object, what: string, timeoutMs: number): Promise<Answer> {
  const dir = process.env.JDKIT_SCREENSHOT_DIR!;
  const id = `${Date.now()}-${process.pid}-${++counter}`;
  const request = path.join(dir, `${id}.request.json`);
  const done = path.join(dir, `${id}.done.json`);
  fs.writeFileSync(`${request}.tmp`, JSON.stringify(body));
  fs.renameSync(`${request}.tmp`, request);

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(done)) {
      const answer = JSON.parse(fs.readFileSync(done, 'utf8')) as Answer;
      if (!answer.ok) throw new Error(`${what} failed: ${answer.error ?? 'unknown error'}`);
      return answer;
    }
    await sleep(100);
  }
  throw new Error(`${what}: the runner did not answer within ${timeoutMs} ms`);
}
