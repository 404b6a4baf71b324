import assert from 'node:assert/strict';
import fs, { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getFramework } from '../../../src/core/framework/load';
import { ruleDocMarkdown } from '../../../src/core/rule-docs';
import { ALL_RULES } from '../../../src/core/rules';
import { spawnSync } from 'node:child_process';
import { FIXTURES, MAIN_JS, ROOT, jdkit, jdkitInProcess, testEnv, useTempDir } from './run';
import { parseJsonReport, parseSarif } from './parse-output';

const CLEAN = `${FIXTURES}/clean/commissioner.jd.md`;
const CASELOAD = `${FIXTURES}/warnings/caseload.jd.md`;
const STIGMA = `${FIXTURES}/warnings/stigma.jd.md`;
const INVALID = `${FIXTURES}/errors/invalid.jd.md`;
const ALL_FIXTURES = [`${FIXTURES}/config/sub/caseload.jd.md`, INVALID, CASELOAD, STIGMA, CLEAN].sort();

const TEXT_LINE = /^(.+):(\d+):(\d+) (error|warning|information|hint) (.+) ([a-z]+(?:-[a-z]+)*)$/;

describe('jdkit lint (child process)', function () {
  this.timeout(60000);
  const tmp = useTempDir();

  describe('exit codes and text output', () => {
    it('exits 0 with a summary line for a clean file', () => {
      const run = jdkit(['lint', CLEAN]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, 'No problems found in 1 file.\n');
      assert.equal(run.stderr, '');
    });

    it('exits 0 for warnings only; --format compact writes one `path:line:col severity message rule` line each (1-based)', () => {
      const run = jdkit(['lint', CASELOAD, '--format', 'compact']);
      assert.equal(run.code, 0);
      const lines = run.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 2);
      const [, file, line, col, severity, message, rule] = TEXT_LINE.exec(lines[0])!;
      assert.deepEqual([file, line, col, severity, rule], [CASELOAD, '6', '11', 'warning', 'caseload-too-high']);
      assert.match(message, /A caseload of 45 is above 40/);
      assert.equal(lines[1], '1 problem (0 errors, 1 warning, 0 information, 0 hints) in 1 file.');
    });

    it('exits 1 when there is an error', () => {
      assert.equal(jdkit(['lint', INVALID, CLEAN]).code, 1);
      const run = jdkit(['lint', INVALID, CLEAN, '-f', 'compact']);
      assert.equal(run.code, 1);
      assert.ok(
        run.stdout
          .split('\n')
          .some((l) => l.startsWith(`${INVALID}:4:11 error `) && l.endsWith(' invalid-front-matter')),
      );
    });

    it('exits 1 when there is an error even if whatever reads its output has stopped (| head, | grep -q)', () => {
      // `true` exits without reading: every write gets EPIPE. The run goes on and its exit code stands.
      const run = spawnSync(
        'bash',
        [
          '-c',
          `"${process.execPath}" "${MAIN_JS}" lint "${INVALID}" "${CLEAN}" --format sarif | true; echo "\${PIPESTATUS[0]}"`,
        ],
        { cwd: ROOT, encoding: 'utf8', env: testEnv() },
      );
      assert.equal(run.stdout.trim(), '1');
      assert.equal(run.stderr, '');
    });

    it('exits 1 when warnings exceed --max-warnings, and says so', () => {
      const over = jdkit(['lint', CASELOAD, STIGMA, '--max-warnings', '1']);
      assert.equal(over.code, 1);
      assert.equal(over.stderr, 'jdkit lint: 2 warnings, more than --max-warnings allows (1).\n');
      assert.equal(jdkit(['lint', CASELOAD, STIGMA, '--max-warnings=2']).stderr, '');
      assert.equal(jdkit(['lint', CASELOAD, STIGMA, '--max-warnings=2']).code, 0);
    });

    it('--quiet reports errors only, but warnings still count towards --max-warnings', () => {
      const run = jdkit(['lint', CASELOAD, INVALID, '--quiet', '--format', 'compact']);
      assert.equal(run.code, 1);
      assert.deepEqual(
        run.stdout
          .trimEnd()
          .split('\n')
          .slice(0, -1)
          .map((l) => TEXT_LINE.exec(l)![4]),
        ['error'],
      );
      assert.equal(run.stdout.trimEnd().split('\n').at(-1), '1 problem shown (1 error; 2 warnings hidden) in 2 files.');
      const quiet = jdkit(['lint', CASELOAD, '-q', '--max-warnings', '0']);
      assert.equal(quiet.code, 1);
      assert.equal(quiet.stdout, '0 problems shown (1 warning hidden) in 1 file.\n');
    });

    it('--quiet says how many warnings it hid, in the default format too', () => {
      const run = jdkit(['lint', CASELOAD, STIGMA, INVALID, '--quiet']);
      assert.equal(run.code, 1);
      const lines = run.stdout.split('\n');
      assert.equal(lines[0], INVALID);
      assert.match(lines[1], /^ {2}4:11 {2}error {2}The field "caseload" must be a number.+ {2}invalid-front-matter$/);
      assert.deepEqual(lines.slice(2), ['', '1 problem shown (1 error; 3 warnings hidden) in 3 files.', '']);
      assert.equal(
        jdkit(['lint', CASELOAD, STIGMA, '-q']).stdout,
        '0 problems shown (2 warnings hidden) in 2 files.\n',
      );
    });

    it('reports columns in UTF-16 code units', () => {
      // Line 28 is "- Lead the 🧭 needs assessment for addicts …": the emoji is two UTF-16 units.
      const run = jdkit(['lint', STIGMA, '--format', 'compact']);
      assert.match(run.stdout, new RegExp(`^${STIGMA}:28:36 warning .+ stigmatising-language$`, 'm'));
      assert.match(jdkit(['lint', STIGMA]).stdout, /^ {2}28:36 {2}warning {2}.+ {2}stigmatising-language$/m);
    });

    it('exits 2 on usage errors', async () => {
      const run = jdkit(['lint', CLEAN, '--frmat', 'json']);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.equal(
        run.stderr,
        'jdkit lint: unknown option --frmat; did you mean --format?\nRun "jdkit lint --help" for usage.\n',
      );
      // The same checks in process, to keep the suite fast.
      for (const args of [
        ['lint'],
        ['lint', CLEAN, '--format', 'xml'],
        ['lint', CLEAN, '--max-warnings', 'many'],
        ['lint', CLEAN, '--max-warnings', '-1'],
      ]) {
        const inProcess = await jdkitInProcess(args);
        assert.equal(inProcess.code, 2, args.join(' '));
        assert.equal(inProcess.stdout, '');
        assert.match(inProcess.stderr, /^jdkit lint: .+\nRun "jdkit lint --help" for usage\.\n$/s);
      }
      assert.match(
        (await jdkitInProcess(['lint', CLEAN, '--max-warnings', '-1'])).stderr,
        /^jdkit lint: --max-warnings needs a value, and a value cannot start with "-" \(write --max-warnings=<value> if it must\)\n/,
      );
    });
  });

  describe('text output (the default)', () => {
    it('groups the problems by file: the path, then line:col, severity, message and rule in columns, then the summary', () => {
      const run = jdkit(['lint', CASELOAD, CLEAN, STIGMA]);
      assert.equal(run.code, 0, run.stderr);
      const lines = run.stdout.split('\n');
      assert.equal(lines.length, 8, run.stdout);
      assert.equal(lines[0], CASELOAD);
      assert.match(lines[1], /^ {2}6:11 {2}warning {2}A caseload of 45 is above 40: .+ {2}caseload-too-high$/);
      assert.equal(lines[2], '');
      assert.equal(lines[3], STIGMA);
      assert.match(
        lines[4],
        /^ {2}28:36 {2}warning {2}'addicts' is stigmatising language\..+ {2}stigmatising-language$/,
      );
      assert.deepEqual(lines.slice(5), [
        '',
        '2 problems (0 errors, 2 warnings, 0 information, 0 hints) in 3 files.',
        '',
      ]);
    });

    it('in a pipe: no colour and no wrapping, unless FORCE_COLOR asks for colour; NO_COLOR is honoured', () => {
      const piped = jdkit(['lint', CASELOAD, STIGMA, INVALID]);
      assert.equal(piped.stdout.includes('\x1b'), false);
      // Each problem on one line, however long its message.
      assert.ok(
        piped.stdout.split('\n').some((l) => l.length > 200 && l.endsWith('missing-capabilities')),
        piped.stdout,
      );
      const forced = jdkit(['lint', CASELOAD, STIGMA, INVALID], ROOT, { FORCE_COLOR: '1' });
      assert.ok(forced.stdout.includes('\x1b[31merror\x1b[39m'), forced.stdout);
      assert.ok(forced.stdout.includes(`\x1b[4m${CASELOAD}\x1b[24m`));
      assert.equal(forced.stdout.replace(/\x1b\[\d+m/g, ''), piped.stdout);
      assert.equal(jdkit(['lint', CASELOAD], ROOT, { NO_COLOR: '1' }).stdout.includes('\x1b'), false);
      // compact, JSON and SARIF are never coloured.
      for (const format of ['compact', 'json', 'sarif']) {
        assert.equal(
          jdkit(['lint', CASELOAD, INVALID, '-f', format], ROOT, { FORCE_COLOR: '1' }).stdout.includes('\x1b'),
          false,
          format,
        );
      }
    });

    it('on a terminal: wraps messages to its width and colours', async () => {
      const saved = { FORCE_COLOR: process.env.FORCE_COLOR, NO_COLOR: process.env.NO_COLOR, TERM: process.env.TERM };
      delete process.env.FORCE_COLOR;
      delete process.env.NO_COLOR;
      process.env.TERM = 'xterm-256color';
      try {
        const run = await jdkitInProcess(['lint', STIGMA, INVALID], ROOT, { isTTY: true, columns: 72 });
        assert.equal(run.code, 1);
        const lines = run.stdout.replace(/\x1b\[\d+m/g, '').split('\n');
        assert.ok(
          lines.every((l) => l.length <= 72),
          run.stdout,
        );
        assert.equal(lines[0], STIGMA);
        assert.match(lines[1], /^ {2}28:36 {2}warning {2}'addicts' is stigmatising .+ {2}stigmatising-language$/);
        assert.match(lines[2], /^ {18}\S/);
        assert.ok(run.stdout.includes('\x1b[33mwarning\x1b[39m'));
      } finally {
        for (const [name, value] of Object.entries(saved)) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      }
    });

    it('on a real terminal (a pseudo-terminal from script(1))', function () {
      if (process.platform !== 'linux' || spawnSync('script', ['--version']).status !== 0) this.skip();
      const command = `stty cols 64 && ${JSON.stringify(process.execPath)} ${JSON.stringify(MAIN_JS)} lint ${STIGMA}`;
      const result = spawnSync('script', ['-qec', command, '/dev/null'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...testEnv(), TERM: 'xterm' },
      });
      assert.equal(result.status, 0, result.stderr);
      const lines = result.stdout
        .replace(/\r/g, '')
        .replace(/\x1b\[\d+m/g, '')
        .trimEnd()
        .split('\n');
      assert.ok(result.stdout.includes('\x1b[33mwarning\x1b[39m'), result.stdout);
      // The rows fit; the summary line is not wrapped.
      assert.ok(lines.length > 5 && lines.slice(0, -1).every((l) => l.length <= 64), lines.join('\n'));
      assert.equal(lines.at(-1), '1 problem (0 errors, 1 warning, 0 information, 0 hints) in 1 file.');
      const noColour = spawnSync('script', ['-qec', command, '/dev/null'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...testEnv(), TERM: 'xterm', NO_COLOR: '1' },
      });
      assert.equal(noColour.stdout.includes('\x1b['), false, noColour.stdout);
      assert.equal(noColour.stdout.replace(/\r/g, '').trimEnd(), lines.join('\n'));
    });

    it('--format compact is the one-line text format: each diagnostic of the JSON report on one line, then the summary', () => {
      const args = ['lint', CASELOAD, STIGMA, INVALID, CLEAN, `${FIXTURES}/config/sub/caseload.jd.md`];
      const report = parseJsonReport(jdkit([...args, '-f', 'json']).stdout) as {
        files: {
          path: string;
          diagnostics: {
            rule: string;
            severity: string;
            message: string;
            range: { start: { line: number; character: number } };
          }[];
        }[];
      };
      const expected = report.files
        .flatMap((f) =>
          f.diagnostics.map(
            (d) =>
              `${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.message.replace(/\s*\n\s*/g, ' ')} ${d.rule}\n`,
          ),
        )
        .join('');
      const compact = jdkit([...args, '--format', 'compact']);
      assert.equal(compact.code, 1);
      assert.equal(
        compact.stdout,
        `${expected}5 problems (2 errors, 3 warnings, 0 information, 0 hints) in 5 files.\n`,
      );
      assert.ok(
        compact.stdout
          .trimEnd()
          .split('\n')
          .slice(0, -1)
          .every((l) => TEXT_LINE.test(l)),
      );
    });

    it('documents the formats in --help', async () => {
      const help = (await jdkitInProcess(['lint', '--help'])).stdout;
      assert.match(help, /--format <format> +Output format .+One of: text, compact, json, sarif\./);
      assert.match(help, /compact writes one line per problem/);
      assert.match(help, /NO_COLOR/);
    });
  });

  describe('--format json', () => {
    it('writes exactly the version 1 shape, 0-based', () => {
      const run = jdkit(['lint', CASELOAD, CLEAN, '--format', 'json']);
      assert.equal(run.code, 0);
      const report = parseJsonReport(run.stdout);
      // Both fixtures are commissioner posts listing every statement in the framework wording.
      const total = getFramework().roleStatements('commissioner').length;
      const all = { total, present: total, modified: 0, paraphrased: 0, missing: 0 };
      assert.deepEqual(report.files[1], { path: CLEAN, role: 'commissioner', diagnostics: [], coverage: all });
      assert.deepEqual(report.files[0].coverage, all);
      const capabilities = { total: 2 * total, present: 2 * total, modified: 0, paraphrased: 0, missing: 0 };
      assert.deepEqual(report.summary, { files: 2, errors: 0, warnings: 1, information: 0, hints: 0, capabilities });
      const [d] = report.files[0].diagnostics;
      assert.deepEqual(Object.keys(report), ['version', 'files', 'summary']);
      assert.deepEqual(Object.keys(report.files[0]), ['path', 'role', 'diagnostics', 'coverage']);
      assert.deepEqual(Object.keys(d), ['rule', 'severity', 'message', 'range', 'data']);
      assert.deepEqual(
        { ...d, message: typeof d.message },
        {
          rule: 'caseload-too-high',
          severity: 'warning',
          message: 'string',
          range: { start: { line: 5, character: 10 }, end: { line: 5, character: 12 } },
          data: { caseload: 45, limit: 40, lower: false },
        },
      );
    });

    it('uses UTF-16 characters and gives role null for an unreadable file', () => {
      writeFileSync(path.join(tmp(), 'binary.jd.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x00, 0x01]));
      const stigma = parseJsonReport(jdkit(['lint', STIGMA, '-f', 'json']).stdout).files[0].diagnostics[0];
      assert.deepEqual(stigma.range.start, { line: 27, character: 35 });
      const binary = parseJsonReport(jdkit(['lint', 'binary.jd.md', '-f', 'json'], tmp()).stdout).files[0];
      assert.equal(binary.role, null);
      assert.equal(binary.diagnostics[0].rule, 'unreadable-file');
    });
  });

  describe('--format sarif', () => {
    it('writes SARIF 2.1.0 for GitHub code scanning', () => {
      const run = jdkit(['lint', CASELOAD, STIGMA, INVALID, '--format', 'sarif']);
      assert.equal(run.code, 1);
      const log = parseSarif(run.stdout);
      assert.equal(log.version, '2.1.0');
      assert.equal(typeof log.$schema, 'string');
      const [sarifRun] = log.runs;
      assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
      const { driver } = sarifRun.tool;
      assert.equal(driver.name, 'jdkit');
      assert.match(driver.version, /^\d+\.\d+\.\d+/);
      for (const rule of ALL_RULES) {
        const described = driver.rules.find((r) => r.id === rule.id);
        assert.ok(described, rule.id);
        assert.equal(described.shortDescription.text, rule.summary);
        assert.equal(described.fullDescription.text, rule.rationale);
        assert.equal(described.helpUri, undefined);
        assert.equal(described.help.markdown, ruleDocMarkdown(rule));
        assert.ok(['error', 'warning', 'note'].includes(described.defaultConfiguration.level));
      }
      const { results } = sarifRun;
      assert.ok(results.length >= 3);
      for (const r of results) {
        assert.equal(driver.rules[r.ruleIndex].id, r.ruleId);
        assert.ok(['error', 'warning', 'note'].includes(r.level));
        assert.ok(r.message.text.length > 0);
        const { region } = r.locations[0].physicalLocation;
        assert.ok(
          region.startLine >= 1 &&
            region.startColumn >= 1 &&
            region.endLine >= region.startLine &&
            region.endColumn >= 1,
        );
      }
      const caseload = results.find((r) => r.ruleId === 'caseload-too-high')!;
      assert.equal(caseload.level, 'warning');
      assert.deepEqual(caseload.locations[0].physicalLocation, {
        artifactLocation: { uri: CASELOAD, uriBaseId: '%SRCROOT%' },
        region: { startLine: 6, startColumn: 11, endLine: 6, endColumn: 13 },
      });
      assert.equal(
        results.find((r) => r.ruleId === 'stigmatising-language')!.locations[0].physicalLocation.region.startColumn,
        36,
      );
      assert.equal(results.find((r) => r.ruleId === 'invalid-front-matter')!.level, 'error');
      assert.equal(sarifRun.originalUriBaseIds['%SRCROOT%'].uri, `${new URL(`file://${ROOT}/`).href}`);
    });
  });

  describe('inputs', () => {
    it('expands quoted globs and folders, sorted and without duplicates', () => {
      const glob = parseJsonReport(jdkit(['lint', `${FIXTURES}/**/*.jd.md`, CLEAN, '-f', 'json']).stdout);
      assert.deepEqual(
        glob.files.map((f) => f.path),
        ALL_FIXTURES,
      );
      const folder = parseJsonReport(jdkit(['lint', `${FIXTURES}/warnings`, '-f', 'json']).stdout);
      assert.deepEqual(
        folder.files.map((f) => f.path),
        [CASELOAD, STIGMA],
      );
    });

    it('exits 2 naming every input that matches nothing, before linting anything', () => {
      const run = jdkit(['lint', CLEAN, 'missing.jd.md', `${FIXTURES}/**/*.docx`]);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /no such file or folder: "missing\.jd\.md"/);
      assert.match(run.stderr, /no files match "test\/fixtures\/cli\/\*\*\/\*\.docx"/);
    });

    it('reports a file it cannot open in the report as well as on stderr, exit 2', async () => {
      writeFileSync(path.join(tmp(), 'a-locked.jd.md'), '');
      writeFileSync(path.join(tmp(), 'b-good.jd.md'), readFileSync(path.join(ROOT, CLEAN)));
      // As a permission error would (the tests may run as root, whom permissions do not stop).
      const realReadFileSync = fs.readFileSync;
      fs.readFileSync = ((file: string, ...rest: unknown[]) => {
        if (path.basename(file) === 'a-locked.jd.md')
          throw Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });
        return (realReadFileSync as (...a: unknown[]) => unknown)(file, ...rest);
      }) as typeof realReadFileSync;
      try {
        const json = await jdkitInProcess(['lint', '.', '-f', 'json'], tmp());
        assert.equal(json.code, 2);
        assert.match(json.stderr, /^jdkit lint: cannot read "a-locked\.jd\.md": EACCES: permission denied/);
        const report = parseJsonReport(json.stdout);
        assert.deepEqual(
          report.files.map((f) => [f.path, f.diagnostics.map((d) => d.rule)]),
          [
            ['a-locked.jd.md', ['unreadable-file']],
            ['b-good.jd.md', []],
          ],
        );
        assert.match(
          report.files[0].diagnostics[0].message,
          /^jdkit cannot open this file, so it was not checked: EACCES/,
        );
        const text = await jdkitInProcess(['lint', 'a-locked.jd.md'], tmp());
        assert.doesNotMatch(text.stdout, /No problems found/);
      } finally {
        fs.readFileSync = realReadFileSync;
      }
    });

    it('reports binary and non-UTF-8 files as unreadable-file errors and lints the others', () => {
      writeFileSync(path.join(tmp(), 'a-binary.jd.md'), Buffer.from('title: text saved as UTF-16', 'utf16le'));
      writeFileSync(
        path.join(tmp(), 'b-latin1.jd.md'),
        Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
      );
      writeFileSync(path.join(tmp(), 'c-good.jd.md'), readFileSync(path.join(ROOT, CLEAN)));
      const run = jdkit(['lint', '.', '--format', 'compact'], tmp());
      assert.equal(run.code, 1);
      const lines = run.stdout.trimEnd().split('\n');
      assert.match(lines[0], /^a-binary\.jd\.md:1:1 error This file contains NUL bytes.+ unreadable-file$/);
      assert.match(lines[1], /^b-latin1\.jd\.md:1:1 error This file is not valid UTF-8 text.+ unreadable-file$/);
      assert.equal(lines[2], '2 problems (2 errors, 0 warnings, 0 information, 0 hints) in 3 files.');
    });

    it('says what to do with a Word document, an old .doc or a PDF given to lint', () => {
      const files = {
        'a.docx': Buffer.from('PK\u0003\u0004\u0000\u0000 word document'),
        'b.doc': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
        'c.pdf': Buffer.from('%PDF-1.7\n\u0000'),
      };
      for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(tmp(), name), bytes);
      const run = jdkit(['lint', ...Object.keys(files), '--format', 'compact'], tmp());
      assert.equal(run.code, 1);
      const lines = run.stdout.trimEnd().split('\n');
      assert.match(lines[0], /^a\.docx:1:1 error This is a Word document \(\.docx\).+"jdkit import" turns/);
      assert.match(lines[1], /^b\.doc:1:1 error This is an old Word 97–2003 document \(\.doc\).+save it as a \.docx/);
      assert.match(lines[2], /^c\.pdf:1:1 error This is a PDF.+jdkit cannot read PDFs/);
    });

    it('counts capabilities in the employer’s words and duties apart from the framework wording and the missing ones', () => {
      const post = [
        '---',
        'title: Drug and alcohol worker',
        'role: drug-and-alcohol-worker',
        '---',
        '## Main duties',
        '',
        '- Carry out comprehensive assessments of each client’s substance use and their health and social needs',
        '',
        '## Capabilities',
        '',
        `- ${getFramework().statement('DAW-1-01')!.statement.text}`,
        '- Able to support clients to attend mutual aid groups such as AA, NA and SMART Recovery',
        '',
      ].join('\n');
      writeFileSync(path.join(tmp(), 'own-words.jd.md'), post);
      const [file] = parseJsonReport(jdkit(['lint', 'own-words.jd.md', '-f', 'json'], tmp()).stdout).files;
      const total = getFramework().roleStatements('drug-and-alcohol-worker').length;
      assert.deepEqual(file.coverage, { total, present: 1, modified: 0, paraphrased: 2, missing: total - 3 });
    });

    it('reads UTF-8 with a byte-order mark, and reports an empty file through the rules', () => {
      writeFileSync(
        path.join(tmp(), 'bom.jd.md'),
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path.join(ROOT, CLEAN))]),
      );
      writeFileSync(path.join(tmp(), 'empty.jd.md'), '');
      const report = parseJsonReport(jdkit(['lint', '*.jd.md', '-f', 'json'], tmp()).stdout);
      const total = getFramework().roleStatements('commissioner').length;
      const coverage = { total, present: total, modified: 0, paraphrased: 0, missing: 0 };
      assert.deepEqual(report.files[0], { path: 'bom.jd.md', role: 'commissioner', diagnostics: [], coverage });
      assert.deepEqual(
        report.files[1].diagnostics.map((d) => `${d.severity} ${d.rule}`),
        ['error invalid-front-matter'],
      );
    });

    it('lints a 5 MB file', () => {
      const example = readFileSync(path.join(ROOT, CLEAN), 'utf8');
      const prose = 'We support people across the county to reduce harm and build their recovery. '.repeat(12) + '\n\n';
      writeFileSync(path.join(tmp(), 'big.jd.md'), example + prose.repeat(Math.ceil((5 * 1024 * 1024) / prose.length)));
      const run = jdkit(['lint', 'big.jd.md'], tmp());
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, 'No problems found in 1 file.\n');
    });

    it('streams many files in input order and never writes files', () => {
      const text = readFileSync(path.join(ROOT, CASELOAD), 'utf8');
      const names = Array.from({ length: 300 }, (_, i) => `jd-${String(i).padStart(3, '0')}.jd.md`);
      for (const name of names) writeFileSync(path.join(tmp(), name), text);
      const run = jdkit(['lint', '.', '--format', 'json'], tmp());
      assert.equal(run.code, 0, run.stderr);
      const report = parseJsonReport(run.stdout);
      assert.deepEqual(
        report.files.map((f) => f.path),
        names,
      );
      assert.equal(report.summary.warnings, 300);
      assert.deepEqual(readdirSync(tmp()).sort(), names);
    });
  });

  describe('config', () => {
    it('uses the nearest .jdkit.json above each file', () => {
      const run = jdkit(['lint', `${FIXTURES}/config/sub/caseload.jd.md`, CASELOAD, '--format', 'compact']);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /^test\/fixtures\/cli\/config\/sub\/caseload\.jd\.md:6:11 error .+ caseload-too-high$/m);
      assert.match(run.stdout, /^test\/fixtures\/cli\/warnings\/caseload\.jd\.md:6:11 warning .+ caseload-too-high$/m);
    });

    it('--config applies one config file to every file', () => {
      writeFileSync(path.join(tmp(), 'off.json'), JSON.stringify({ rules: { 'caseload-too-high': 'off' } }));
      const run = jdkit(['lint', `${FIXTURES}/config/sub/caseload.jd.md`, '--config', path.join(tmp(), 'off.json')]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, 'No problems found in 1 file.\n');
    });

    it('exits 2 naming the file and the path of an unknown rule id', () => {
      const config = path.join(tmp(), '.jdkit.json');
      writeFileSync(config, JSON.stringify({ rules: { 'caseload-to-high': 'off' } }));
      writeFileSync(path.join(tmp(), 'a.jd.md'), readFileSync(path.join(ROOT, CLEAN)));
      const run = jdkit(['lint', 'a.jd.md'], tmp());
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.ok(
        run.stderr.includes(
          `${config}: rules.caseload-to-high: "caseload-to-high" is not a jdkit rule; did you mean "caseload-too-high"?`,
        ),
        run.stderr,
      );
    });

    it('exits 2 for invalid JSON, an invalid value, and a missing --config file', () => {
      writeFileSync(path.join(tmp(), 'a.jd.md'), readFileSync(path.join(ROOT, CLEAN)));
      writeFileSync(path.join(tmp(), '.jdkit.json'), '{ "rules": ');
      assert.match(jdkit(['lint', 'a.jd.md'], tmp()).stderr, /\.jdkit\.json: not valid JSON/);
      writeFileSync(path.join(tmp(), '.jdkit.json'), JSON.stringify({ caseload: { max: 'forty' } }));
      const invalid = jdkit(['lint', 'a.jd.md'], tmp());
      assert.equal(invalid.code, 2);
      // What is wrong in the file, in jdkit's words, and no pointer to --help: the usage was right.
      assert.equal(
        invalid.stderr,
        `jdkit lint: ${path.join(tmp(), '.jdkit.json')}: caseload.max: must be a whole number\n`,
      );
      const missing = jdkit(['lint', CLEAN, '--config', 'nowhere.json']);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /nowhere\.json: cannot be read/);
    });
  });
});
