// SARIF 2.1.0 output for GitHub code scanning and other SARIF viewers. Each
// rule is described once in tool.driver.rules, with its documentation page as
// `help` (text and Markdown, so it reads offline and in code scanning alike);
// results point back to it by id and index. Regions are 1-based with UTF-16
// columns (`columnKind`), and end columns are exclusive, as SARIF defines them.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocMarkdown, ruleDocText } from '../rule-docs';
import type { RuleDescription } from '../rules/rule';
import type { Range, Severity } from '../types';
import { ENGINE_RULES, type StreamFormatter } from './report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The base id that relative artifact URIs resolve against: the working folder. */
export const SOURCE_ROOT = '%SRCROOT%';

export type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

export interface SarifOptions {
  /** Rules that may report, in the order to list them; the engine's own diagnostics are added. */
  rules: readonly RuleDescription[];
  /** Version of jdkit, for tool.driver. */
  version: string;
  /** The working folder, which report paths are relative to. */
  cwd: string;
}

/** Streams one SARIF log with a single run; results are written as files are linted. */
export function sarifFormatter(options: SarifOptions): StreamFormatter {
  const rules = [...options.rules, ...ENGINE_RULES.filter((e) => !options.rules.some((r) => r.id === e.id))];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const run = {
    tool: {
      driver: {
        name: 'jdkit',
        version: options.version,
        semanticVersion: options.version,
        rules: rules.map((r) => ({
          id: r.id,
          shortDescription: { text: r.summary },
          fullDescription: { text: r.rationale },
          help: { text: ruleDocText(r), markdown: ruleDocMarkdown(r) },
          defaultConfiguration: { level: sarifLevel(r.defaultSeverity) },
        })),
      },
    },
    columnKind: 'utf16CodeUnits',
    originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(options.cwd) } },
  };
  // Everything but the run's results array is written at once: the log ends with the
  // run's closing brace and `]}`, and the streamed results go before that brace.
  const log = JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] });
  let results = 0;
  return {
    begin: () => `${log.slice(0, -'}]}'.length)},"results":[`,
    file: (report) => {
      const uri = artifactUri(report.path, options.cwd);
      return report.diagnostics
        .map((d) => {
          const result = {
            ruleId: d.rule,
            ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
            level: sarifLevel(d.severity),
            message: { text: d.message },
            locations: [{ physicalLocation: { artifactLocation: uri, region: region(d.range) } }],
          };
          // Stryker disable next-line UpdateOperator: counting down instead leaves only the first result at 0 too.
          return `${results++ === 0 ? '' : ','}\n${JSON.stringify(result)}`;
        })
        .join('');
    },
    end: () => `\n]}]}\n`,
  };
}

/** SARIF regions: 1-based lines and columns, the end column just past the last character. */
export function region(range: Range): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A relative URI under the source root for paths inside it; a file: URI otherwise. */
export function artifactUri(reportPath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const segments = reportPath.split(/[\\/]/);
  if (path.isAbsolute(reportPath) || segments[0] === '..')
    return { uri: pathToFileURL(path.resolve(cwd, reportPath)).href };
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
