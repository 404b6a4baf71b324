import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { jsonFileReport, jsonFormatter } from '../../../src/core/formatters/json';
import { ENGINE_RULES, formatReports, summarise, type FileReport } from '../../../src/core/formatters/report';
import { artifactUri, region, sarifFormatter, sarifLevel } from '../../../src/core/formatters/sarif';
import { textOptions } from '../../../src/cli/lint';
import { compactFormatter, formatCompactFile } from '../../../src/core/formatters/compact';
import {
  displayWidth,
  formatTextFile,
  formatTextSummary,
  textFormatter,
  wrap,
} from '../../../src/core/formatters/text';
import { ruleDocMarkdown, ruleDocText } from '../../../src/core/rule-docs';
import { ALL_RULES } from '../../../src/core/rules';
import type { Diagnostic, Severity } from '../../../src/core/types';
import { parseJsonReport, parseSarif } from './parse-output';

function diagnostic(severity: Severity, line: number, character: number, data?: Record<string, unknown>): Diagnostic {
  return {
    rule: 'caseload-too-high',
    severity,
    message: `A ${severity}\nover two lines`,
    range: { start: { line, character }, end: { line, character: character + 2 } },
    ...(data ? { data } : {}),
  };
}

const nurseCoverage = { total: 143, present: 100, modified: 3, paraphrased: 10, missing: 30 };
const commissionerCoverage = { total: 46, present: 40, modified: 0, paraphrased: 2, missing: 4 };
const reports: FileReport[] = [
  {
    path: 'a.jd.md',
    role: 'nurse',
    diagnostics: [diagnostic('error', 3, 10, { roles: ['nurse'] }), diagnostic('warning', 5, 0)],
    coverage: nurseCoverage,
  },
  { path: 'clean.jd.md', role: null, diagnostics: [], coverage: null },
  {
    path: 'sub dir/b.jd.md',
    role: 'commissioner',
    diagnostics: [diagnostic('information', 0, 0), diagnostic('hint', 1, 1)],
    coverage: commissionerCoverage,
  },
];
/** The coverage of the two files with a role, added up. */
const capabilities = { total: 189, present: 140, modified: 3, paraphrased: 12, missing: 34 };
const noCapabilities = { total: 0, present: 0, modified: 0, paraphrased: 0, missing: 0 };

describe('formatters', () => {
  it('summarises by severity', () => {
    assert.deepEqual(summarise(reports), { files: 3, errors: 1, warnings: 1, information: 1, hints: 1, capabilities });
  });

  describe('compact', () => {
    it('writes path:line:col severity message rule, 1-based, one line per diagnostic', () => {
      assert.equal(
        formatCompactFile(reports[0]),
        'a.jd.md:4:11 error A error over two lines caseload-too-high\na.jd.md:6:1 warning A warning over two lines caseload-too-high\n',
      );
      assert.equal(formatCompactFile(reports[1]), '');
    });

    it('ends with a summary line', () => {
      assert.equal(
        formatTextSummary(summarise(reports)),
        '4 problems (1 error, 1 warning, 1 information, 1 hint) in 3 files.\n',
      );
      assert.equal(formatTextSummary(summarise([reports[1]])), 'No problems found in 1 file.\n');
      assert.match(formatReports(compactFormatter, reports), /^a\.jd\.md:4:11 [^\n]+\n(?:[^\n]+\n){3}4 problems/);
    });

    it('is never coloured or wrapped, and its summary reports what --quiet hid', () => {
      const long: FileReport = {
        path: 'long.jd.md',
        role: null,
        diagnostics: [{ ...diagnostic('error', 0, 0), message: 'word '.repeat(60).trim() }],
        coverage: null,
      };
      const output = formatReports(compactFormatter, [long]);
      assert.equal(
        output,
        `long.jd.md:1:1 error ${'word '.repeat(60).trim()} caseload-too-high\n1 problem (1 error, 0 warnings, 0 information, 0 hints) in 1 file.\n`,
      );
      assert.equal(
        compactFormatter.end(summarise([reports[1]]), { warnings: 10, information: 0, hints: 0 }),
        '0 problems shown (10 warnings hidden) in 1 file.\n',
      );
    });
  });

  describe('text (grouped by file)', () => {
    it('writes each file with problems under its path, line:col, severity, message and rule in columns, then the summary', () => {
      assert.equal(
        formatReports(textFormatter(), reports),
        [
          'a.jd.md',
          '  4:11  error    A error over two lines    caseload-too-high',
          '  6:1   warning  A warning over two lines  caseload-too-high',
          '',
          'sub dir/b.jd.md',
          '  1:1  information  A information over two lines  caseload-too-high',
          '  2:2  hint         A hint over two lines         caseload-too-high',
          '',
          '4 problems (1 error, 1 warning, 1 information, 1 hint) in 3 files.',
          '',
        ].join('\n'),
      );
      assert.equal(formatTextFile(reports[1]), '');
      assert.equal(formatReports(textFormatter(), [reports[1]]), 'No problems found in 1 file.\n');
    });

    const longMessage =
      'A caseload of 45 is above 40: the workforce plan (section 4) says good practice is a caseload of 40 or less, depending on complexity.';
    const long: FileReport = {
      path: 'long.jd.md',
      role: null,
      diagnostics: [
        { ...diagnostic('warning', 5, 10), message: longMessage },
        { ...diagnostic('error', 11, 0), rule: 'invalid-front-matter', message: 'Short.' },
      ],
      coverage: null,
    };

    it('wraps long messages inside their column to the given width, the rule on the first line', () => {
      // 70 columns: 18 before the message, 30 for it, 2 and the widest rule id (20).
      assert.equal(
        formatTextFile(long, { width: 70 }),
        [
          'long.jd.md',
          '   6:11  warning  A caseload of 45 is above 40:   caseload-too-high',
          '                  the workforce plan (section 4)',
          '                  says good practice is a',
          '                  caseload of 40 or less,',
          '                  depending on complexity.',
          '  12:1   error    Short.                          invalid-front-matter',
          '',
          '',
        ].join('\n'),
      );
      for (const width of [60, 80, 120]) {
        const lines = formatTextFile(long, { width }).split('\n');
        assert.ok(
          lines.every((l) => l.length <= width),
          `width ${width}:\n${lines.join('\n')}`,
        );
        assert.equal(
          lines
            .filter((l) => l.startsWith(' '))
            .join(' ')
            .replace(/\s+/g, ' ')
            .includes('depending on complexity.'),
          true,
        );
      }
      // Too narrow for the columns: messages still get 20 columns, and the terminal folds what is wider.
      const narrow = formatTextFile(long, { width: 40 }).split('\n').slice(2, 8);
      assert.ok(
        narrow.every((l) => l.length <= 18 + 20 && l.length > 18),
        narrow.join('\n'),
      );
    });

    it('never wraps without a width (a pipe or a file), so each problem stays on one line', () => {
      const lines = formatTextFile(long).trimEnd().split('\n');
      assert.equal(lines.length, 3);
      assert.equal(lines[1], `   6:11  warning  ${longMessage}  caseload-too-high`);
      assert.equal(lines[2], `  12:1   error    Short.${' '.repeat(100 - 'Short.'.length)}  invalid-front-matter`);
    });

    it('wraps at spaces, cuts words wider than the column, and counts emoji and CJK as two columns', () => {
      assert.deepEqual(wrap('one two three four', 9), ['one two', 'three', 'four']);
      assert.deepEqual(wrap('see https://example.org/a/very/long/path now', 10), [
        'see',
        'https://ex',
        'ample.org/',
        'a/very/lon',
        'g/path now',
      ]);
      assert.deepEqual(wrap('', 10), ['']);
      assert.equal(displayWidth('🧭 needs'), 8);
      assert.equal(displayWidth('職務'), 4);
      assert.equal(displayWidth('café'), 4);
      assert.deepEqual(wrap('Lead the 🧭 needs', 10), ['Lead the', '🧭 needs']);
    });

    it('colours only when asked: underlined path, coloured severity, dim position and rule, bold summary', () => {
      const plain = formatReports(textFormatter(), reports);
      assert.equal(plain.includes('\x1b'), false);
      const coloured = formatReports(textFormatter({ color: true }), reports);
      assert.ok(coloured.startsWith('\x1b[4ma.jd.md\x1b[24m\n'), coloured);
      assert.ok(
        coloured.includes(
          '  \x1b[2m4:11\x1b[22m  \x1b[31merror\x1b[39m    A error over two lines    \x1b[2mcaseload-too-high\x1b[22m\n',
        ),
        coloured,
      );
      assert.ok(coloured.includes('\x1b[33mwarning\x1b[39m'));
      assert.ok(
        coloured.endsWith(
          '\x1b[1m\x1b[31m4 problems (1 error, 1 warning, 1 information, 1 hint) in 3 files.\x1b[39m\x1b[22m\n',
        ),
      );
      // Without the escape codes, the same text.
      assert.equal(coloured.replace(/\x1b\[\d+m/g, ''), plain);
    });

    it('colours the summary by its worst severity: red for errors, yellow for warnings, none for the rest', () => {
      const end = (counts: Partial<ReturnType<typeof summarise>>) =>
        textFormatter({ color: true }).end({ ...summarise([]), files: 1, ...counts });
      assert.equal(
        end({ errors: 1, warnings: 2 }),
        '\x1b[1m\x1b[31m3 problems (1 error, 2 warnings, 0 information, 0 hints) in 1 file.\x1b[39m\x1b[22m\n',
      );
      assert.equal(
        end({ warnings: 1 }),
        '\x1b[1m\x1b[33m1 problem (0 errors, 1 warning, 0 information, 0 hints) in 1 file.\x1b[39m\x1b[22m\n',
      );
      assert.equal(end({ information: 1 }), '1 problem (0 errors, 0 warnings, 1 information, 0 hints) in 1 file.\n');
      assert.equal(end({}), 'No problems found in 1 file.\n');
    });

    it('wraps words separated by several spaces, at exactly the width, with control characters made visible', () => {
      assert.deepEqual(wrap('one   two', 7), ['one two']);
      assert.deepEqual(wrap('abcdef', 3), ['abc', 'def']);
      assert.deepEqual(wrap('ab 職務', 4), ['ab', '職務']);
      assert.deepEqual(wrap('職務x', 3), ['職', '務x']);
      assert.equal(displayWidth('e\u0301'), 1);
      const long: FileReport = {
        ...reports[1],
        diagnostics: [{ ...diagnostic('error', 0, 0), message: '  two\t\tspaces\u0007 ' }],
      };
      assert.ok(formatTextFile(long).includes('error  two spaces\ufffd  '), JSON.stringify(formatTextFile(long)));
    });

    it('says how many problems --quiet hid, by severity', () => {
      const none = { ...summarise([reports[1]]) };
      assert.equal(
        formatTextSummary(none, { warnings: 10, information: 0, hints: 0 }),
        '0 problems shown (10 warnings hidden) in 1 file.\n',
      );
      assert.equal(
        formatTextSummary(none, { warnings: 1, information: 2, hints: 3 }),
        '0 problems shown (1 warning, 2 information, 3 hints hidden) in 1 file.\n',
      );
      assert.equal(
        formatTextSummary({ ...none, warnings: 1, hints: 2 }, { warnings: 0, information: 4, hints: 0 }),
        '3 problems shown (1 warning, 2 hints; 4 information hidden) in 1 file.\n',
      );
      const errors = { ...summarise([reports[1]]), files: 3, errors: 2 };
      assert.equal(
        formatTextSummary(errors, { warnings: 10, information: 0, hints: 1 }),
        '2 problems shown (2 errors; 10 warnings, 1 hint hidden) in 3 files.\n',
      );
      // Nothing hidden: the usual summary.
      assert.equal(
        formatTextSummary(none, { warnings: 0, information: 0, hints: 0 }),
        'No problems found in 1 file.\n',
      );
      assert.equal(
        formatTextSummary(errors, { warnings: 0, information: 0, hints: 0 }),
        '2 problems (2 errors, 0 warnings, 0 information, 0 hints) in 3 files.\n',
      );
      assert.equal(
        textFormatter().end(none, { warnings: 10, information: 0, hints: 0 }),
        '0 problems shown (10 warnings hidden) in 1 file.\n',
      );
    });

    it('wraps and colours on a terminal only, following NO_COLOR and FORCE_COLOR', () => {
      const tty = { isTTY: true, columns: 100 };
      const pipe = {};
      assert.deepEqual(textOptions(tty, {}), { width: 100, color: true });
      assert.deepEqual(textOptions(pipe, {}), { width: undefined, color: false });
      assert.deepEqual(textOptions({ isTTY: false, columns: 100 }, {}), { width: undefined, color: false });
      assert.deepEqual(textOptions({ isTTY: true }, {}), { width: undefined, color: true });
      assert.deepEqual(textOptions(tty, { NO_COLOR: '1' }), { width: 100, color: false });
      assert.deepEqual(textOptions(tty, { NO_COLOR: '' }), { width: 100, color: true });
      assert.deepEqual(textOptions(tty, { TERM: 'dumb' }), { width: 100, color: false });
      assert.deepEqual(textOptions(pipe, { FORCE_COLOR: '1' }), { width: undefined, color: true });
      assert.deepEqual(textOptions(pipe, { FORCE_COLOR: '' }), { width: undefined, color: true });
      assert.deepEqual(textOptions(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }), { width: undefined, color: true });
      assert.deepEqual(textOptions(tty, { FORCE_COLOR: '0' }), { width: 100, color: false });
      assert.deepEqual(textOptions(tty, { FORCE_COLOR: 'false' }), { width: 100, color: false });
    });
  });

  describe('json', () => {
    it('produces exactly the version 1 shape, 0-based, with data always present', () => {
      const parsed = parseJsonReport(formatReports(jsonFormatter, reports));
      assert.deepEqual(Object.keys(parsed), ['version', 'files', 'summary']);
      assert.equal(parsed.version, 1);
      assert.deepEqual(parsed.files[0], {
        path: 'a.jd.md',
        role: 'nurse',
        diagnostics: [
          {
            rule: 'caseload-too-high',
            severity: 'error',
            message: 'A error\nover two lines',
            range: { start: { line: 3, character: 10 }, end: { line: 3, character: 12 } },
            data: { roles: ['nurse'] },
          },
          {
            rule: 'caseload-too-high',
            severity: 'warning',
            message: 'A warning\nover two lines',
            range: { start: { line: 5, character: 0 }, end: { line: 5, character: 2 } },
            data: {},
          },
        ],
        coverage: nurseCoverage,
      });
      assert.deepEqual(parsed.files[1], { path: 'clean.jd.md', role: null, diagnostics: [], coverage: null });
      assert.deepEqual(parsed.summary, { files: 3, errors: 1, warnings: 1, information: 1, hints: 1, capabilities });
    });

    it('leaves out fixes and copies ranges', () => {
      const d: Diagnostic = { ...diagnostic('error', 0, 0), fixes: [{ title: 'x', edits: [] }] };
      const json = jsonFileReport({ path: 'x', role: null, diagnostics: [d], coverage: null });
      assert.equal('fixes' in json.diagnostics[0], false);
      assert.notEqual(json.diagnostics[0].range, d.range);
    });

    it('is valid JSON with no files', () => {
      // One file per line; the closing bracket on its own line only after a file.
      assert.match(formatReports(jsonFormatter, []), /^\{"version":1,"files":\[\],"summary":\{.*\}\}\n$/);
      assert.match(
        formatReports(jsonFormatter, reports.slice(1, 2)),
        /^\{"version":1,"files":\[\n\{"path":"clean\.jd\.md".*\}\n\],"summary":/,
      );
      assert.deepEqual(JSON.parse(formatReports(jsonFormatter, [])), {
        version: 1,
        files: [],
        summary: { files: 0, errors: 0, warnings: 0, information: 0, hints: 0, capabilities: noCapabilities },
      });
    });
  });

  describe('sarif', () => {
    const cwd = path.resolve('/work/project');
    const sarif = (input: FileReport[]) =>
      parseSarif(formatReports(sarifFormatter({ rules: ALL_RULES, version: '1.2.3', cwd }), input));

    it('lists an engine diagnostic once when the rules passed in include it', () => {
      const engineRule = ALL_RULES[0];
      const engine = { ...engineRule, id: ENGINE_RULES[0].id };
      const log = parseSarif(formatReports(sarifFormatter({ rules: [engine], version: '1.2.3', cwd }), []));
      const ids = log.runs[0].tool.driver.rules.map((r) => r.id);
      assert.deepEqual(ids, [ENGINE_RULES[0].id, ...ENGINE_RULES.slice(1).map((r) => r.id)]);
    });

    it('describes every rule and the engine diagnostics in tool.driver.rules', () => {
      const log = sarif(reports);
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      const run = log.runs[0];
      assert.equal(run.columnKind, 'utf16CodeUnits');
      assert.equal(run.tool.driver.name, 'jdkit');
      assert.equal(run.tool.driver.version, '1.2.3');
      const ids = run.tool.driver.rules.map((r) => r.id);
      assert.deepEqual(ids, [...ALL_RULES.map((r) => r.id), ...ENGINE_RULES.map((r) => r.id)]);
      const caseload = run.tool.driver.rules[ids.indexOf('caseload-too-high')];
      const rule = ALL_RULES.find((r) => r.id === 'caseload-too-high')!;
      assert.deepEqual(caseload, {
        id: 'caseload-too-high',
        shortDescription: { text: rule.summary },
        fullDescription: { text: rule.rationale },
        help: { text: ruleDocText(rule), markdown: ruleDocMarkdown(rule) },
        defaultConfiguration: { level: 'warning' },
      });
      assert.equal(run.tool.driver.informationUri, undefined);
    });

    it('gives every rule, and the engine diagnostics, its documentation page as help and no link', () => {
      const { driver } = sarif(reports).runs[0].tool;
      for (const described of driver.rules) {
        assert.equal('helpUri' in described, false, described.id);
        assert.match(described.help.markdown, new RegExp(`^# ${described.id}\\n\\n`));
        assert.ok(
          described.help.markdown.includes(described.shortDescription.text.replace(/[<>[\]_]/g, '\\$&')),
          described.id,
        );
        assert.match(described.help.text, new RegExp(`^${described.id}\\n\\n`));
        assert.ok(described.help.text.includes(described.fullDescription.text.replace(/`/g, '')), described.id);
        assert.doesNotMatch(described.help.text, /`/, `${described.id}: no Markdown in the text help`);
      }
      const unreadable = driver.rules.find((r) => r.id === 'unreadable-file')!;
      assert.match(unreadable.help.markdown, /is not one of the rules/);
    });

    it('writes one result per diagnostic with levels, 1-based regions and relative URIs', () => {
      const run = sarif(reports).runs[0];
      assert.equal(run.results.length, 4);
      assert.deepEqual(
        run.results.map((r) => r.level),
        ['error', 'warning', 'note', 'note'],
      );
      const [first] = run.results;
      assert.equal(first.ruleId, 'caseload-too-high');
      assert.equal(run.tool.driver.rules[first.ruleIndex].id, 'caseload-too-high');
      assert.deepEqual(first.message, { text: 'A error\nover two lines' });
      assert.deepEqual(first.locations[0].physicalLocation, {
        artifactLocation: { uri: 'a.jd.md', uriBaseId: '%SRCROOT%' },
        region: { startLine: 4, startColumn: 11, endLine: 4, endColumn: 13 },
      });
      assert.equal(run.results[2].locations[0].physicalLocation.artifactLocation.uri, 'sub%20dir/b.jd.md');
      assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
    });

    it('is valid with no results, and when the first file has none', () => {
      assert.deepEqual(sarif([]).runs[0].results, []);
      assert.equal(sarif([reports[1], reports[0]]).runs[0].results.length, 2);
    });

    it('maps severities, regions and paths outside the working folder', () => {
      assert.deepEqual((['error', 'warning', 'information', 'hint'] as const).map(sarifLevel), [
        'error',
        'warning',
        'note',
        'note',
      ]);
      assert.deepEqual(region({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }), {
        startLine: 1,
        startColumn: 1,
        endLine: 1,
        endColumn: 1,
      });
      assert.deepEqual(artifactUri(path.join('..', 'other', 'x.jd.md'), cwd), {
        uri: pathToFileURL(path.resolve(cwd, '..', 'other', 'x.jd.md')).href,
      });
    });
  });
});
