import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { jsonFileReport, jsonFormatter } from '../../../src/core/formatters/json';
import { ENGINE_RULES, formatReports, ruleHelpUri, summarise, type FileReport } from '../../../src/core/formatters/report';
import { artifactUri, region, sarifFormatter, sarifLevel } from '../../../src/core/formatters/sarif';
import { formatTextFile, formatTextSummary, textFormatter } from '../../../src/core/formatters/text';
import { ALL_RULES } from '../../../src/core/rules';
import type { Diagnostic, Severity } from '../../../src/core/types';

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
  { path: 'a.jd.md', role: 'nurse', diagnostics: [diagnostic('error', 3, 10, { roles: ['nurse'] }), diagnostic('warning', 5, 0)], coverage: nurseCoverage },
  { path: 'clean.jd.md', role: null, diagnostics: [], coverage: null },
  { path: 'sub dir/b.jd.md', role: 'commissioner', diagnostics: [diagnostic('information', 0, 0), diagnostic('hint', 1, 1)], coverage: commissionerCoverage },
];
/** The coverage of the two files with a role, added up. */
const capabilities = { total: 189, present: 140, modified: 3, paraphrased: 12, missing: 34 };
const noCapabilities = { total: 0, present: 0, modified: 0, paraphrased: 0, missing: 0 };

describe('formatters', () => {
  it('summarises by severity', () => {
    assert.deepEqual(summarise(reports), { files: 3, errors: 1, warnings: 1, information: 1, hints: 1, capabilities });
  });

  describe('text', () => {
    it('writes path:line:col severity message rule, 1-based, one line per diagnostic', () => {
      assert.equal(
        formatTextFile(reports[0]),
        'a.jd.md:4:11 error A error over two lines caseload-too-high\na.jd.md:6:1 warning A warning over two lines caseload-too-high\n',
      );
      assert.equal(formatTextFile(reports[1]), '');
    });

    it('ends with a summary line', () => {
      assert.equal(formatTextSummary(summarise(reports)), '4 problems (1 error, 1 warning, 1 information, 1 hint) in 3 files.\n');
      assert.equal(formatTextSummary(summarise([reports[1]])), 'No problems found in 1 file.\n');
      assert.match(formatReports(textFormatter, reports), /^a\.jd\.md:4:11 [^\n]+\n(?:[^\n]+\n){3}4 problems/);
    });
  });

  describe('json', () => {
    it('produces exactly the version 1 shape, 0-based, with data always present', () => {
      const parsed = JSON.parse(formatReports(jsonFormatter, reports));
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
      assert.deepEqual(JSON.parse(formatReports(jsonFormatter, [])), {
        version: 1,
        files: [],
        summary: { files: 0, errors: 0, warnings: 0, information: 0, hints: 0, capabilities: noCapabilities },
      });
    });
  });

  describe('sarif', () => {
    const cwd = path.resolve('/work/project');
    const sarif = (input: FileReport[]) => JSON.parse(formatReports(sarifFormatter({ rules: ALL_RULES, version: '1.2.3', cwd }), input));

    it('describes every rule and the engine diagnostics in tool.driver.rules', () => {
      const log = sarif(reports);
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      const run = log.runs[0];
      assert.equal(run.columnKind, 'utf16CodeUnits');
      assert.equal(run.tool.driver.name, 'jdkit');
      assert.equal(run.tool.driver.version, '1.2.3');
      const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
      assert.deepEqual(ids, [...ALL_RULES.map((r) => r.id), ...ENGINE_RULES.map((r) => r.id)]);
      const caseload = run.tool.driver.rules[ids.indexOf('caseload-too-high')];
      const rule = ALL_RULES.find((r) => r.id === 'caseload-too-high')!;
      assert.deepEqual(caseload, {
        id: 'caseload-too-high',
        shortDescription: { text: rule.summary },
        fullDescription: { text: rule.rationale },
        helpUri: ruleHelpUri('caseload-too-high'),
        defaultConfiguration: { level: 'warning' },
      });
      assert.match(caseload.helpUri, /^https:\/\/.+README\.md#rule-caseload-too-high$/);
    });

    it('writes one result per diagnostic with levels, 1-based regions and relative URIs', () => {
      const run = sarif(reports).runs[0];
      assert.equal(run.results.length, 4);
      assert.deepEqual(
        run.results.map((r: { level: string }) => r.level),
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
      assert.deepEqual(
        (['error', 'warning', 'information', 'hint'] as const).map(sarifLevel),
        ['error', 'warning', 'note', 'note'],
      );
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
