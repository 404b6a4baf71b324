import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NO_CONFIG } from '../../../src/core/config-file';
import { checkFile, type FileJob } from '../../../src/cli/lint-file';
import {
  AUTO_FILES_PER_WORKER,
  LintPool,
  parseConcurrency,
  workerCount,
  type Concurrency,
} from '../../../src/cli/lint-pool';
import { generateFreshCorpus } from '../../../scripts/generate-fresh-corpus';
import { FIXTURES, ROOT, jdkit, testEnv, useTempDir } from './run';

const LABELLED = path.join(ROOT, 'test', 'fixtures', 'matcher', 'labelled-meaning.json');

/**
 * A folder of varied job descriptions under two configs: the examples, the
 * CLI fixtures (one folder with a .jdkit.json of its own), new documents whose
 * bullets are all new text, an empty file, a binary and a non-UTF-8 file.
 */
function variedFolder(dir: string): string {
  const jds = path.join(dir, 'jds');
  cpSync(path.join(ROOT, 'examples'), path.join(jds, 'examples'), { recursive: true });
  cpSync(path.join(ROOT, FIXTURES), path.join(jds, 'fixtures'), { recursive: true });
  mkdirSync(path.join(jds, 'fresh'));
  generateFreshCorpus(40, 7, LABELLED).forEach((doc, i) =>
    writeFileSync(path.join(jds, 'fresh', `jd-${String(i).padStart(2, '0')}.jd.md`), doc.text),
  );
  writeFileSync(path.join(jds, 'empty.jd.md'), '');
  writeFileSync(path.join(jds, 'utf16.jd.md'), Buffer.from('title: Nurse', 'utf16le'));
  writeFileSync(path.join(jds, 'latin1.jd.md'), Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe9, 0x0a]));
  return jds;
}

/** Every file under `dir` with its bytes, by path relative to it. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e): [string, string] => {
        const file = path.join(e.parentPath, e.name);
        return [path.relative(dir, file), readFileSync(file).toString('base64')];
      }),
  );
}

describe('jdkit lint --concurrency', function () {
  this.timeout(120000);
  const tmp = useTempDir();

  it('reports the same, in the same order and with the same exit code, in worker threads as in one thread', () => {
    const jds = variedFolder(tmp());
    const files = Object.keys(snapshot(jds)).filter((f) => f.endsWith('.jd.md')).length;
    for (const format of ['json', 'sarif', 'compact']) {
      const one = jdkit(['lint', '.', '--format', format, '--concurrency', 'off'], jds);
      const three = jdkit(['lint', '.', '--format', format, '--concurrency', '3'], jds);
      assert.equal(one.code, 1, one.stderr);
      assert.deepEqual(three, one, format);
    }
    const report = JSON.parse(jdkit(['lint', '.', '--format', 'json', '--concurrency', '3'], jds).stdout) as {
      files: { path: string; diagnostics: { rule: string }[] }[];
    };
    assert.equal(report.files.length, files);
    // The files the workers could not read as text, and the fixture folder's own config (caseload an error there).
    const rules = (file: string) => report.files.find((f) => f.path === file)!.diagnostics.map((d) => d.rule);
    assert.deepEqual(rules('utf16.jd.md'), ['unreadable-file']);
    assert.deepEqual(rules('latin1.jd.md'), ['unreadable-file']);
    assert.ok(rules(path.join('fixtures', 'config', 'sub', 'caseload.jd.md')).includes('caseload-too-high'));
  });

  it('--fix in worker threads writes the files and lists the fixes as in one thread', () => {
    const jds = variedFolder(tmp());
    const copy = path.join(tmp(), 'copy');
    cpSync(jds, copy, { recursive: true });
    const before = snapshot(jds);
    const one = jdkit(['lint', '.', '--fix', '--format', 'json', '--concurrency', 'off'], jds);
    const two = jdkit(['lint', '.', '--fix', '--format', 'json', '--concurrency', '2'], copy);
    assert.deepEqual(two, one);
    const after = snapshot(jds);
    assert.notDeepEqual(after, before, 'the run fixed nothing, so it showed nothing');
    assert.deepEqual(snapshot(copy), after);
    assert.match(one.stderr, /^Fixed \d+ problems? in /m);
  });

  // Needs the bundles (npm run build, which the test command runs first): dist/cli.js starts dist/lint-worker.js.
  it('works from the bundle, whose workers are dist/lint-worker.js', () => {
    const cli = path.join(ROOT, 'dist', 'cli.js');
    const run = (concurrency: string) =>
      spawnSync(process.execPath, [cli, 'lint', 'examples', '--format', 'json', '--concurrency', concurrency], {
        cwd: ROOT,
        encoding: 'utf8',
        env: testEnv(),
      });
    const one = run('off');
    const two = run('2');
    assert.equal(one.status, 0, one.stderr);
    assert.deepEqual([two.status, two.stdout, two.stderr], [one.status, one.stdout, '']);
  });

  it('rejects a value that is not a whole number of 1 or more, auto or off (exit 2)', () => {
    for (const value of ['0', '1.5', 'all', '']) {
      const run = jdkit(['lint', `${FIXTURES}/clean/commissioner.jd.md`, `--concurrency=${value}`, '-f', 'json']);
      assert.equal(run.code, 2, value);
      assert.match(run.stderr, /--concurrency must be a whole number of 1 or more, auto or off/);
      assert.equal(run.stdout, '');
    }
  });
});

describe('parseConcurrency and workerCount', () => {
  it('reads a number, auto (also when not given) and off', () => {
    assert.equal(parseConcurrency(undefined), 'auto');
    assert.equal(parseConcurrency('auto'), 'auto');
    assert.equal(parseConcurrency('off'), 'off');
    assert.equal(parseConcurrency('4'), 4);
  });

  it('auto: one worker per two cores, only when at least two workers each get enough files', () => {
    const auto = (files: number, cores: number) => workerCount('auto', files, cores);
    assert.equal(auto(10_000, 2), 0, 'two cores: one thread');
    assert.equal(auto(10_000, 3), 0);
    assert.equal(auto(10_000, 4), 2);
    assert.equal(auto(10_000, 16), 8);
    assert.equal(auto(2 * AUTO_FILES_PER_WORKER - 1, 16), 0, 'too few files for two workers');
    assert.equal(auto(2 * AUTO_FILES_PER_WORKER, 16), 2);
    assert.equal(auto(5 * AUTO_FILES_PER_WORKER, 16), 5);
  });

  it('off is none; a number is taken as given, but never more workers than files or cores', () => {
    const count = (concurrency: Concurrency, files: number, cores = 8) => workerCount(concurrency, files, cores);
    assert.equal(count('off', 10_000), 0);
    assert.equal(count(1, 10_000), 1);
    assert.equal(count(6, 10_000), 6);
    assert.equal(count(6, 3), 3);
    assert.equal(count(100_000, 10_000, 2), 2, 'one worker a file, each with the framework, would take gigabytes');
  });
});

describe('LintPool', function () {
  this.timeout(60000);
  const tmp = useTempDir();
  const job = (file: string): FileJob => ({ file, shownPath: path.basename(file), loaded: NO_CONFIG, fixing: null });

  it('reports a file a worker cannot read as it is reported in one thread', async () => {
    const missing = path.join(tmp(), 'gone.jd.md');
    const pool = new LintPool(1, (message) => assert.fail(message));
    try {
      const checked = await pool.check(job(missing));
      assert.deepEqual(checked, checkFile(job(missing)));
      assert.ok('readError' in checked && /ENOENT/.test(checked.readError));
    } finally {
      await pool.close();
    }
  });

  it('lints in the main thread the files of a worker that fails, and says once that it did', async () => {
    const broken = path.join(tmp(), 'broken-worker.js');
    writeFileSync(broken, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    const example = path.join(tmp(), 'nurse.jd.md');
    cpSync(path.join(ROOT, 'examples', 'nurse.jd.md'), example);
    const messages: string[] = [];
    const pool = new LintPool(1, (message) => messages.push(message), broken);
    try {
      const checked = await Promise.all([pool.check(job(example)), pool.check(job(example))]);
      const expected = checkFile(job(example));
      assert.ok('linted' in expected && expected.linted.report.role === 'nurse');
      assert.deepEqual(checked, [expected, expected]);
      // A worker that has failed gets no more files.
      assert.deepEqual(await pool.check(job(example)), expected);
      assert.equal(messages.length, 1);
      assert.match(
        messages[0],
        /a worker thread failed \(it stopped with exit code 3\); its files are linted in the main thread/,
      );
    } finally {
      await pool.close();
    }
  });
});
