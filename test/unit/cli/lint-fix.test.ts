import assert from 'node:assert/strict';
import fs, { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, ROOT, jdkit, jdkitInProcess, useTempDir } from './run';
import { parseJsonReport } from './parse-output';
import { FIXABLE_JD as SENIOR } from '../fixable-jd';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('jdkit lint --fix and --fix-dry-run (child process)', function () {
  this.timeout(60000);
  const tmp = useTempDir();
  const file = (name: string) => path.join(tmp(), name);

  it('--fix writes what needs no judgement, says what it fixed on stderr, and reports only the problems left', () => {
    writeFileSync(file('senior.jd.md'), SENIOR);
    const run = jdkit(['lint', '--fix', 'senior.jd.md', '-f', 'compact'], tmp());
    assert.equal(run.code, 0, run.stderr);
    const fixed = readFileSync(file('senior.jd.md'), 'utf8');
    assert.match(fixed, /^## Capabilities$/m);
    assert.doesNotMatch(fixed, /Supervision and support/, 'what the employer provides needs judgement');
    assert.match(fixed, /people who are addicts/, 'the stigma fix needs judgement and is not applied');
    assert.match(
      run.stderr,
      /^Fixed 2 problems in senior\.jd\.md:\n {2}line 2: Insert the \d+ missing drug and alcohol worker statements \(missing-base-capabilities\)\n/,
    );
    assert.match(run.stderr, /Insert the \d+ missing statements \(missing-capabilities\)\n$/);
    const rules = run.stdout
      .trimEnd()
      .split('\n')
      .slice(0, -1)
      .map((l) => l.split(' ').at(-1));
    assert.ok(rules.includes('stigmatising-language'));
    assert.ok(!rules.includes('missing-capabilities') && rules.includes('missing-supervision'), rules.join());

    const again = jdkit(['lint', '--fix', 'senior.jd.md'], tmp());
    assert.equal(again.stderr, '');
    assert.equal(readFileSync(file('senior.jd.md'), 'utf8'), fixed);
  });

  it('--fix keeps a byte-order mark and leaves files with nothing to fix untouched', () => {
    writeFileSync(file('bom.jd.md'), Buffer.concat([BOM, Buffer.from(SENIOR)]));
    const clean = readFileSync(path.join(ROOT, FIXTURES, 'clean', 'commissioner.jd.md'));
    writeFileSync(file('clean.jd.md'), clean);
    const before = fs.statSync(file('clean.jd.md')).mtimeMs;
    const run = jdkit(['lint', '--fix', '.'], tmp());
    assert.equal(run.code, 0, run.stderr);
    const bytes = readFileSync(file('bom.jd.md'));
    assert.deepEqual([...bytes.subarray(0, 3)], [...BOM]);
    assert.notEqual(bytes.subarray(3, 4)[0], 0xef, 'one mark, not two');
    assert.match(bytes.toString('utf8'), /## Capabilities/);
    assert.deepEqual(readFileSync(file('clean.jd.md')), clean);
    assert.equal(fs.statSync(file('clean.jd.md')).mtimeMs, before);
  });

  it('--fix-dry-run writes nothing; JSON gives each fixed file its fixes and new text', () => {
    writeFileSync(file('senior.jd.md'), SENIOR);
    const run = jdkit(['lint', '--fix-dry-run', 'senior.jd.md', '-f', 'json'], tmp());
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(file('senior.jd.md'), 'utf8'), SENIOR);
    assert.match(run.stderr, /^Would fix 2 problems in senior\.jd\.md:/);
    const [report] = parseJsonReport(run.stdout).files;
    assert.deepEqual(
      report.fixes!.map((f) => f.rule),
      ['missing-base-capabilities', 'missing-capabilities'],
    );
    assert.match(report.output!, /^## Capabilities$/m);
    assert.ok(report.diagnostics.every((d) => d.rule !== 'missing-capabilities'));

    const fixedRun = jdkit(['lint', '--fix', 'senior.jd.md', '-f', 'json'], tmp());
    assert.equal(readFileSync(file('senior.jd.md'), 'utf8'), report.output);
    assert.equal(parseJsonReport(fixedRun.stdout).files[0].output, undefined, 'only a dry run gives the text');
  });

  it('without --fix the JSON report has no fixes or output; both flags together are a usage error', () => {
    writeFileSync(file('senior.jd.md'), SENIOR);
    const [report] = parseJsonReport(jdkit(['lint', 'senior.jd.md', '-f', 'json'], tmp()).stdout).files;
    assert.deepEqual(Object.keys(report), ['path', 'role', 'diagnostics', 'coverage']);
    const both = jdkit(['lint', '--fix', '--fix-dry-run', 'senior.jd.md'], tmp());
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--fix and --fix-dry-run cannot be used together/);
    assert.equal(readFileSync(file('senior.jd.md'), 'utf8'), SENIOR);
  });

  it('a file it cannot write is reported, exit 2, and the other files are still fixed', async () => {
    writeFileSync(file('a-locked.jd.md'), SENIOR);
    writeFileSync(file('b.jd.md'), SENIOR);
    // As a permission error would (the tests may run as root, whom permissions do not stop).
    const writeFile = fs.promises.writeFile;
    fs.promises.writeFile = ((target: string, ...rest: unknown[]) =>
      path.basename(target) === 'a-locked.jd.md'
        ? Promise.reject(Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' }))
        : (writeFile as (...a: unknown[]) => unknown)(target, ...rest)) as typeof writeFile;
    try {
      const run = await jdkitInProcess(['lint', '--fix', '.', '-f', 'compact'], tmp());
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^jdkit lint: cannot write the fixes to "a-locked\.jd\.md": EACCES/m);
      assert.equal(readFileSync(file('a-locked.jd.md'), 'utf8'), SENIOR);
      const locked = run.stdout.split('\n').filter((l) => l.startsWith('a-locked.jd.md:'));
      assert.ok(
        locked.some((l) => l.endsWith(' missing-capabilities')),
        'its report is of the file as it stays',
      );
      assert.ok(!run.stdout.split('\n').some((l) => l.startsWith('b.jd.md:') && l.endsWith(' missing-capabilities')));
      assert.match(readFileSync(file('b.jd.md'), 'utf8'), /## Capabilities/);
    } finally {
      fs.promises.writeFile = writeFile;
    }
  });
});
