// Word export under faults (issue 5): a full disk, a read-only or forbidden
// folder, a target locked by Word, a failing flush, a crash half-way through
// the write, and racing exports. Failures are simulated in the write step
// (fs.promises, which writeOutput uses); in every case the previous file must
// survive byte for byte, no half-written or temporary file may be left
// behind, and the user must be told what went wrong in words.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { describeExportError, ExportError, writeOutput, WriteError } from '../../../src/export';
import { EXAMPLES } from './support';

const OLD = Buffer.from('PK the previous export, which must survive');
const NEW = Buffer.alloc(256 * 1024, 'N');

/** A Node-style system error, as the file system raises it. */
function systemError(code: string, message: string, syscall: string, file?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}, ${syscall}${file ? ` '${file}'` : ''}`), {
    code,
    syscall,
    path: file,
  });
}

type Promises = typeof fs.promises;
/** Replaces fs.promises methods for the duration of `run`. */
async function withFaults<T>(
  faults: Partial<{ [K in keyof Promises]: Promises[K] }>,
  run: () => Promise<T>,
): Promise<T> {
  const saved = Object.fromEntries(Object.keys(faults).map((k) => [k, fs.promises[k as keyof Promises]]));
  Object.assign(fs.promises, faults);
  try {
    return await run();
  } finally {
    Object.assign(fs.promises, saved);
  }
}

const realOpen = fs.promises.open;
/** fs.promises.open whose handles fail in `method` (after writing half the data, for writeFile). */
function openFailingIn(method: 'writeFile' | 'sync', error: NodeJS.ErrnoException): Promises['open'] {
  return async (...args: Parameters<Promises['open']>) => {
    const handle = await realOpen(...args);
    if (method === 'writeFile') {
      handle.writeFile = async (data: unknown) => {
        const bytes = data as Uint8Array;
        await handle.write(bytes.subarray(0, bytes.length >> 1));
        throw error;
      };
    } else {
      handle.sync = () => Promise.reject(error);
    }
    return handle;
  };
}

let dir: string;
let target: string;

/** The previous file is intact and nothing else (no temporary file) is in the folder. */
function assertUntouched(): void {
  assert.deepEqual(fs.readFileSync(target), OLD, 'the previous file changed');
  assert.deepEqual(fs.readdirSync(dir), [path.basename(target)], 'a temporary or partial file was left behind');
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  assert.fail('expected the write to fail');
}

describe('robustness: Word export under faults', () => {
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-faults-'));
    target = path.join(dir, 'post.advert.docx');
    fs.writeFileSync(target, OLD);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const faults: [string, () => Partial<Promises>, RegExp][] = [
    [
      'the disk fills up half-way through the write',
      () => ({ open: openFailingIn('writeFile', systemError('ENOSPC', 'no space left on device', 'write')) }),
      /no space left on device/,
    ],
    [
      'the folder is on a read-only file system',
      () => ({
        open: async (file) => Promise.reject(systemError('EROFS', 'read-only file system', 'open', String(file))),
      }),
      /read-only file system/,
    ],
    [
      'the folder may not be written to',
      () => ({
        open: async (file) => Promise.reject(systemError('EACCES', 'permission denied', 'open', String(file))),
      }),
      /permission denied/,
    ],
    [
      'flushing to disk fails',
      () => ({ open: openFailingIn('sync', systemError('EIO', 'i/o error', 'fsync')) }),
      /i\/o error/,
    ],
  ];
  for (const [name, fault, cause] of faults) {
    it(`${name}: the previous file survives and the error says why`, async () => {
      const err = await withFaults(fault(), () => failure(writeOutput(target, NEW, { force: true })));
      assert.match(err.message, cause);
      assertUntouched();
      // In words, naming the file the user asked for, never the hidden temporary file.
      assert.ok(err instanceof WriteError, `${err.name}: ${err.message}`);
      assert.equal(err.target, target);
      assert.match(
        err.message,
        /^cannot write ".*post\.advert\.docx": .*; .*\. The previous version of the file is unchanged$/,
      );
      assert.doesNotMatch(err.message, /\.tmp|E[A-Z]{3,}: /);
      assert.equal(
        describeExportError(err, (f) => path.basename(f)),
        err.message.replace(target, 'post.advert.docx'),
      );
    });
  }

  it('a failure with no plain-words explanation still names the target, not the temporary file', async () => {
    const open: Promises['open'] = async (file) =>
      Promise.reject(systemError('EMFILE', 'too many open files', 'open', String(file)));
    const err = await withFaults({ open }, () => failure(writeOutput(target, NEW, { force: true })));
    assert.ok(err instanceof WriteError);
    assert.match(err.message, /EMFILE: too many open files, open '.*post\.advert\.docx'/);
    assert.doesNotMatch(err.message, /\.tmp/);
    assertUntouched();
  });

  for (const code of ['EBUSY', 'EPERM', 'EACCES']) {
    it(`the target is open in Word (${code} on replace): the previous file survives and the user is told to close it`, async () => {
      const rename: Promises['rename'] = async (_from, to) =>
        Promise.reject(systemError(code, 'resource busy or locked', 'rename', String(to)));
      const err = await withFaults({ rename }, () => failure(writeOutput(target, NEW, { force: true })));
      assert.ok(err instanceof ExportError);
      assert.match(err.message, /open in Word, close it and try again/);
      assert.ok(err.message.includes(target));
      assertUntouched();
    });
  }

  it('a new file that cannot be written leaves nothing behind', async () => {
    fs.rmSync(target);
    const fresh = path.join(dir, 'new.advert.docx');
    await withFaults(
      { open: openFailingIn('writeFile', systemError('ENOSPC', 'no space left on device', 'write')) },
      () => failure(writeOutput(fresh, NEW)),
    );
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it('a crash half-way through the write (the process is killed) leaves the previous file intact', () => {
    const exportModule = path.resolve(__dirname, '../../../src/export/index.js');
    const script = `
      const fs = require('node:fs');
      const { writeOutput } = require(${JSON.stringify(exportModule)});
      const open = fs.promises.open;
      fs.promises.open = async (...args) => {
        const handle = await open(...args);
        handle.writeFile = async (data) => {
          await handle.write(data.subarray(0, data.length >> 1));
          process.kill(process.pid, 'SIGKILL');
          await new Promise(() => {});
        };
        return handle;
      };
      writeOutput(process.argv[1], Buffer.alloc(1 << 20, 'N'), { force: true });`;
    const child = spawnSync(process.execPath, ['-e', script, target], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(child.signal, 'SIGKILL', child.stderr);
    assert.deepEqual(fs.readFileSync(target), OLD);
    // The killed process could not remove its temporary file; it is hidden, beside the target, and the next export succeeds.
    const leftovers = fs.readdirSync(dir).filter((f) => f !== path.basename(target));
    assert.equal(leftovers.length, 1);
    assert.match(leftovers[0], /^\.post\.advert\.docx\.[0-9a-f]{12}\.tmp$/);
    // A fresh one may belong to an export still running: kept. One older than ten minutes is removed by the next export of that file.
    const leftover = path.join(dir, leftovers[0]);
    const other = path.join(dir, '.other.docx.0123456789ab.tmp');
    fs.writeFileSync(other, "another target's");
    return writeOutput(target, NEW, { force: true })
      .then(() => {
        assert.deepEqual(fs.readFileSync(target), NEW);
        assert.ok(fs.existsSync(leftover), 'a fresh temporary file was removed');
        const hourAgo = new Date(Date.now() - 3600_000);
        fs.utimesSync(leftover, hourAgo, hourAgo);
        fs.utimesSync(other, hourAgo, hourAgo);
        return writeOutput(target, OLD, { force: true });
      })
      .then(() => {
        assert.deepEqual(fs.readdirSync(dir).sort(), [path.basename(other), path.basename(target)]);
        assert.deepEqual(fs.readFileSync(target), OLD);
      });
  });

  it('ten exports racing for one file leave one complete export, never a mixture', async () => {
    const versions = Array.from({ length: 10 }, (_, i) => Buffer.alloc(64 * 1024 + i, String.fromCharCode(65 + i)));
    await Promise.all(versions.map((v) => writeOutput(target, v, { force: true })));
    const result = fs.readFileSync(target);
    assert.ok(
      versions.some((v) => v.equals(result)),
      'the file is not exactly one of the exports',
    );
    assert.deepEqual(fs.readdirSync(dir), [path.basename(target)]);
  });

  describe('what `jdkit render` tells the user', function () {
    this.timeout(60_000);
    const DAW = EXAMPLES.find((e) => e.name === 'drug-and-alcohol-worker.jd.md')!.text;

    async function render(fault: Partial<Promises>): Promise<{ code: number; stderr: string }> {
      fs.writeFileSync(path.join(dir, 'post.jd.md'), DAW);
      let stderr = '';
      const io = { cwd: dir, stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) } };
      const code = await withFaults(fault, () => main(['render', 'post.jd.md', '--template', 'advert', '--force'], io));
      fs.rmSync(path.join(dir, 'post.jd.md'));
      return { code, stderr };
    }

    const cases: [string, Partial<Promises>, RegExp][] = [
      [
        'a full disk',
        { open: openFailingIn('writeFile', systemError('ENOSPC', 'no space left on device', 'write')) },
        /cannot write "post\.advert\.docx": .*no space left on device/,
      ],
      [
        'a read-only folder',
        { open: async (file) => Promise.reject(systemError('EROFS', 'read-only file system', 'open', String(file))) },
        /cannot write "post\.advert\.docx": .*read-only file system/,
      ],
      [
        'a locked target',
        {
          rename: async (_from, to) =>
            Promise.reject(systemError('EBUSY', 'resource busy or locked', 'rename', String(to))),
        },
        /open in Word, close it and try again/,
      ],
    ];
    for (const [name, fault, message] of cases) {
      it(`names the file and the cause for ${name}, exits 2 and keeps the previous file`, async () => {
        const { code, stderr } = await render(fault);
        assert.equal(code, 2);
        assert.match(stderr, message);
        assertUntouched();
      });
    }
  });
});
