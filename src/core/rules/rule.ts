// The contract every lint rule implements. Rules are data as much as code:
// their id, default severity, summary, sources and fixes feed the README table,
// the rule documentation pages, SARIF, the settings schema and the editor's
// hovers, so the docs cannot drift.
import type { SourceRef } from '../framework/schema';
import { SEVERITIES, type Diagnostic, type Fix, type Severity } from '../types';
import type { LintContext } from '../lint-context';

/** What a rule reports; the engine adds the rule id and the configured severity. */
export type Finding = Omit<Diagnostic, 'rule' | 'severity'> & {
  /**
   * The highest severity this finding may have, where the rule is less sure
   * of it than of its other findings: a lower configured severity still wins.
   */
  severityAtMost?: Severity;
};

/** Where a finding made by withLazyFixes keeps the function that computes its fixes. */
const COMPUTE_FIXES = Symbol('computeFixes');

type LazyFinding = Finding & { [COMPUTE_FIXES]: () => Fix[] };

/**
 * The finding with fixes computed when first read, once: some fixes cost more
 * than the rest of the rule (the edits inserting missing statements, the
 * nearest statement of the role), and only the editor's quick fixes and
 * fix-all read them, not the CLI or the diagnostics shown. toDiagnostic keeps
 * the property lazy.
 *
 * Every lazy finding shares one getter, and keeps its own function in a
 * property: a getter made per finding gives each finding a hidden class of
 * its own, which V8 keeps in the old generation, and through which the
 * closure, and the whole lint run it captures, outlived minor GCs
 * (BENCHMARKS.md, seventh round).
 */
export function withLazyFixes(finding: Omit<Finding, 'fixes'>, fixes: () => Fix[]): Finding {
  return Object.defineProperties(finding as LazyFinding, {
    [COMPUTE_FIXES]: { value: fixes },
    fixes: { get: computeFixes, enumerable: true, configurable: true },
  });
}

/** The `fixes` getter of lazy findings: computes them and keeps them in place of the getter. */
function computeFixes(this: LazyFinding): Fix[] {
  const value = this[COMPUTE_FIXES]();
  Object.defineProperty(this, 'fixes', { value, enumerable: true, configurable: true, writable: true });
  return value;
}

/** The diagnostic of a rule's finding. Lazy fixes stay lazy: a spread would compute them. */
export function toDiagnostic(rule: string, configured: Severity, finding: Finding): Diagnostic {
  const { severityAtMost } = finding;
  const severity =
    severityAtMost && SEVERITIES.indexOf(severityAtMost) > SEVERITIES.indexOf(configured) ? severityAtMost : configured;
  if (!(COMPUTE_FIXES in finding)) {
    const { severityAtMost: _, ...rest } = finding;
    return { rule, severity, ...rest };
  }
  const { severityAtMost: _, ...descriptors } = Object.getOwnPropertyDescriptors(finding);
  return Object.defineProperties({ rule, severity } as Diagnostic, descriptors);
}

export interface Rule {
  /** Stable public id, e.g. `vague-title`. */
  id: string;
  defaultSeverity: Severity;
  /**
   * One line: when the rule fires. A summary, rationale or sources that name
   * the framework's roles, limits or sections is a getter that builds them from
   * framework-data/, so the docs generated from it change with the data.
   */
  summary: string;
  /** Why the rule exists, for an HR reader, with the paragraph it rests on. */
  rationale: string;
  sources: SourceRef[];
  /** What the rule's fixes do, one sentence each; empty when it offers none. */
  fixesOffered: readonly string[];
  check(context: LintContext): Finding[];
}

/** Everything that documents a rule: the rule without its check. */
export type RuleDescription = Omit<Rule, 'check'>;

/**
 * Whether inserting the role's statements needs the user's judgement: while
 * jdkit only inferred the role (from the title or the bullets, role-inferred),
 * seventy statements of the wrong role are not a fix to apply unasked.
 */
export function insertingStatementsNeedsJudgement(context: LintContext): boolean {
  return context.roleSource !== 'declared';
}

/** Framework section 2's "not pick and mix" sentence, which several capability rules rest on. */
export const NOT_PICK_AND_MIX: SourceRef = {
  document: 'framework',
  ref: '2',
  quote:
    'The capabilities in this framework should be considered as fundamental to each specified role and are not designed to be used in a ‘pick and mix’ fashion.',
};

/** Framework section 2's aim of standardised roles, which the rules on reworded statements rest on. */
export const STANDARDISED_ROLES: SourceRef = {
  document: 'framework',
  ref: '2',
  quote: 'with the drug and alcohol treatment and recovery sector working towards standardised workforce roles.',
};

/**
 * Said where the title names no framework role and none could be inferred
 * (vague-title, unknown-title): otherwise the title's one warning reads as if
 * the rest had been checked and passed. Without a role these find nothing:
 * the role's capabilities (missing-capabilities, missing-base-capabilities,
 * modified- and paraphrased-capability, capability-other-role,
 * unknown-essential-capability, descriptor-only-role), its registration
 * (missing-registration), another role's work (other-role-duties),
 * title-role-mismatch, role-inferred, and the supervision the role needs.
 * The rest still run: invalid-front-matter, unknown-field, the title rules,
 * caseload-too-high, missing-supervision (clinical supervision for a post
 * that holds a caseload or delivers treatment, or gives supervision; a
 * volunteer's), stigmatising-language, placeholder-text, unrecognised- and
 * duplicate-capability, and for `employment: volunteer` the volunteer rules.
 */
export const NO_ROLE_CHECKED =
  'Until the title or a "role" field names a framework role, jdkit checks the document against no role: not the capabilities, registration or supervision a role needs. It still checks what applies whatever the role, such as the caseload and clinical supervision for a post that holds a caseload or delivers treatment.';
