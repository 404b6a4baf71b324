// Typed readers for the CLI's machine-readable output, so the tests check
// fields by name (a typo fails to compile) instead of poking at `any`.
import type { JsonReport } from '../../../src/core/formatters/json';

export function parseJsonReport(text: string): JsonReport {
  return JSON.parse(text) as JsonReport;
}

/** The parts of a SARIF 2.1.0 log that code scanning reads and the tests check. */
export interface SarifLog {
  $schema: string;
  version: string;
  runs: SarifRun[];
}

export interface SarifRun {
  columnKind: string;
  tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } };
  results: SarifResult[];
  originalUriBaseIds: Record<string, { uri: string }>;
}

export interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> };
  }[];
}

export function parseSarif(text: string): SarifLog {
  return JSON.parse(text) as SarifLog;
}
