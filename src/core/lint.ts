// The lint engine: parse, build the shared context, run each enabled rule,
// apply configured severities and inline directives, sort.
import { DEFAULT_CONFIG, type JdkitConfig } from './config';
import { analyseCoverage, type Coverage } from './coverage';
import { suppressionChecker } from './document/directives';
import { parseJd, type JdDocument } from './document/parse';
import { getFramework, type Framework } from './framework/load';
import type { RoleId } from './framework/schema';
import { LintContext, type RoleSource } from './lint-context';
import { ALL_RULES } from './rules';
import { toDiagnostic, type Rule } from './rules/rule';
import type { Diagnostic, Severity } from './types';

export interface LintOptions {
  config?: JdkitConfig;
  framework?: Framework;
  /** Defaults to every rule. */
  rules?: readonly Rule[];
}

export interface LintResult {
  document: JdDocument;
  /** The declared or inferred role id. */
  role: RoleId | null;
  roleSource: RoleSource | null;
  diagnostics: Diagnostic[];
  /**
   * Which of the role's statements the document has, the analysis the rules
   * used: for the editor's status bar, coverage view and commands, which need
   * not analyse the document again (coverageSummary gives it in numbers).
   */
  coverage: Coverage;
}

/** The rule id used when a rule itself fails, so a bug shows up as a diagnostic instead of a crash. */
export const INTERNAL_ERROR_RULE = 'internal-error';

export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintDocument(parseJd(text), options);
}

export function lintDocument(document: JdDocument, options: LintOptions = {}): LintResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const context = new LintContext(document, options.framework ?? getFramework(), config);
  const suppressed = suppressionChecker(document.directives);
  const diagnostics: Diagnostic[] = [];
  for (const rule of options.rules ?? ALL_RULES) {
    const severity = severityFor(rule, config);
    if (!severity) continue;
    let findings;
    try {
      findings = rule.check(context);
    } catch (err) {
      diagnostics.push({
        rule: INTERNAL_ERROR_RULE,
        severity: 'error',
        message: `jdkit could not run the rule "${rule.id}" on this document: ${(err as Error).message}. Please report this.`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
      continue;
    }
    for (const finding of findings) {
      if (suppressed(rule.id, finding.range.start.line)) continue;
      diagnostics.push(toDiagnostic(rule.id, severity, finding));
    }
  }
  diagnostics.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.rule.localeCompare(b.rule),
  );
  return {
    document,
    role: context.role?.id ?? null,
    roleSource: context.roleSource,
    diagnostics,
    coverage: analyseCoverage(context),
  };
}

/** The configured severity of a rule, or null when it is switched off. */
export function severityFor(rule: Rule, config: JdkitConfig): Severity | null {
  const setting = config.rules[rule.id];
  if (setting === undefined || setting === true) return rule.defaultSeverity;
  if (setting === false || setting === 'off') return null;
  return setting;
}
