// Which of the framework's capability statements a job description covers,
// for its role and the roles it builds on (section 2). One analysis, derived
// from the matched bullets, serves the capability rules, the editor's status
// bar and coverage view, and the Word export, so they always agree.
import { isRequirement } from './document/parse';
import type { Framework, StatementEntry } from './framework/load';
import type { Domain, Population, Role, RoleId } from './framework/schema';
import type { BulletAnalysis, LintContext } from './lint-context';
import type { BulletMatch, MatchKind } from './match/matcher';
import { hasWords } from './match/normalise';
import type { Range } from './types';
import { lowerFirst } from './text/case';
import { listing } from './text/listing';
import { containsAnyPhrase } from './text/find-phrases';

/**
 * `present`: a bullet has the framework wording; `modified`: only a close copy;
 * `paraphrased`: only a capability bullet or a duty in the employer's own words
 * (matched by meaning); `missing`: no bullet.
 */
export type StatementStatus = 'present' | 'modified' | 'paraphrased' | 'missing';

/** Statuses in order of preference: the best bullet decides a statement's status. */
const STATUS_BY_KIND: Record<MatchKind, StatementStatus> = {
  exact: 'present',
  wording: 'modified',
  meaning: 'paraphrased',
};

export interface StatementCoverage {
  entry: StatementEntry;
  status: StatementStatus;
  /** Capability bullets and duties attributed to the statement, in document order. */
  bullets: BulletAnalysis[];
}

export interface StatusCounts {
  present: number;
  modified: number;
  paraphrased: number;
  missing: number;
}

/** The coverage of a post in numbers, as the CLI's JSON output gives it. */
export interface CoverageSummary extends StatusCounts {
  /** Statements of the role and the roles it builds on that apply. */
  total: number;
}

export interface DomainCoverage extends StatusCounts {
  domain: Domain;
  statements: StatementCoverage[];
}

export interface RoleCoverage {
  role: Role;
  domains: DomainCoverage[];
  total: number;
  /** Statements present, modified or paraphrased. */
  covered: number;
  counts: StatusCounts;
  missing: StatementEntry[];
}

/** A role the document's role builds on (section 2), with the population it applies to. */
export interface BaseCoverage extends RoleCoverage {
  population?: Population;
}

export interface Coverage {
  role: Role | null;
  /** The role's own statements; null when the document has no role. */
  own: RoleCoverage | null;
  /** The roles it builds on that apply to this post. */
  bases: BaseCoverage[];
  /**
   * Set when `population` is absent and the base role depends on it (the
   * senior worker): the population whose base role's statements are present,
   * which `bases` then follows.
   */
  inferredPopulation: Population | null;
  /** When `population` is absent and no population's base role is substantially present: every candidate. */
  undecidedBases: BaseCoverage[];
  /** Statements of the role and its applicable base roles. */
  total: number;
  covered: number;
  /** The role's and its applicable base roles' statements by status. */
  counts: StatusCounts;
  /** Capability bullets and duties matching only other roles' statements. */
  otherRole: BulletAnalysis[];
  /** Capability bullets matching no framework statement, or another role's too weakly to report. */
  unrecognised: BulletAnalysis[];
}

/**
 * Share of a base role's statements that must be covered before it counts as
 * the one the post builds on when `population` is not set: half is far more
 * than the statements roles share by chance, and far less than a deliberate copy.
 */
export const SUBSTANTIALLY_PRESENT = 0.5;

/**
 * A bullet matched by meaning to another role's statement only is reported as
 * that role's (mix-and-match) from this score: a warning needs more certainty
 * than counting coverage does. The highest score at which the development half
 * of test/fixtures/matcher/labelled-meaning.json still has at least 75% of
 * other roles' duties reported.
 */
export const MIX_AND_MATCH_THRESHOLD = 0.4;

/** The bullet restates another role's statement, and nothing of the document's role (see MIX_AND_MATCH_THRESHOLD). */
export function isMixAndMatch(match: BulletMatch): boolean {
  return (
    match.best !== null &&
    match.own === null &&
    (match.best.kind !== 'meaning' || match.best.score >= MIX_AND_MATCH_THRESHOLD)
  );
}

/**
 * The last lint run's coverage. Not a WeakMap keyed by the run's context:
 * while a key is in V8's young generation, minor GCs keep its value alive,
 * so every run's coverage (its bullets and their matches) outlived the run,
 * and V8, seeing so much survive, went on to allocate such objects in the
 * old generation from the start (BENCHMARKS.md, seventh round).
 */
let last: { context: LintContext; coverage: Coverage } | null = null;

/** The coverage of the document's role; computed once per lint run. */
export function analyseCoverage(context: LintContext): Coverage {
  if (last?.context !== context) last = { context, coverage: compute(context) };
  return last.coverage;
}

function compute(context: LintContext): Coverage {
  const { framework, role } = context;
  const bullets = context.bullets;
  const unrecognised = bullets.filter(
    (b) => (!b.match.best || (!b.match.own && !isMixAndMatch(b.match))) && hasWords(b.bullet.text),
  );
  if (!role) {
    const counts = { present: 0, modified: 0, paraphrased: 0, missing: 0 };
    return {
      role: null,
      own: null,
      bases: [],
      inferredPopulation: null,
      undecidedBases: [],
      total: 0,
      covered: 0,
      counts,
      otherRole: [],
      unrecognised,
    };
  }

  // A bullet or duty covers every statement of the role (or a base role) that has the text it is attributed to.
  const preferred = context.ownRoleIds;
  const duties = new Set(context.duties);
  const analysed = [...bullets, ...duties].sort((a, b) => a.bullet.startLine - b.bullet.startLine);
  const byStatement = new Map<string, BulletAnalysis[]>();
  for (const analysis of analysed) {
    for (const statement of analysis.match.own?.sameText ?? []) {
      if (!preferred.has(statement.role)) continue;
      const covering = byStatement.get(statement.id);
      if (covering) covering.push(analysis);
      else byStatement.set(statement.id, [analysis]);
    }
  }
  const cover = (r: Role) => roleCoverage(framework, r, byStatement);

  const own = cover(role);
  const bases: BaseCoverage[] = [];
  const candidates: BaseCoverage[] = [];
  for (const base of role.buildsOn) {
    const coverage = { ...cover(framework.role(base.role)!), population: base.population };
    if (!base.population || base.population === context.population) bases.push(coverage);
    else if (!context.population) candidates.push(coverage);
  }
  let inferredPopulation: Population | null = null;
  let undecidedBases: BaseCoverage[] = [];
  if (candidates.length > 0) {
    const share = (c: BaseCoverage) => (c.total === 0 ? 0 : c.covered / c.total);
    const likeliest = candidates.reduce((a, c) => (share(c) > share(a) ? c : a));
    if (share(likeliest) >= SUBSTANTIALLY_PRESENT) {
      bases.push(likeliest);
      inferredPopulation = likeliest.population ?? null;
    } else undecidedBases = candidates;
  }

  const counted = [own, ...bases];
  const sum = (status: keyof StatusCounts) => counted.reduce((n, c) => n + c.counts[status], 0);
  return {
    role,
    own,
    bases,
    inferredPopulation,
    undecidedBases,
    total: counted.reduce((n, c) => n + c.total, 0),
    covered: counted.reduce((n, c) => n + c.covered, 0),
    counts: {
      present: sum('present'),
      modified: sum('modified'),
      paraphrased: sum('paraphrased'),
      missing: sum('missing'),
    },
    // A person specification asks for experience, which may come from another role: not mix-and-match.
    otherRole: analysed.filter(
      (b) => isMixAndMatch(b.match) && !isRequirement(b.bullet) && !(duties.has(b) && otherPopulationOnly(context, b)),
    ),
    unrecognised,
  };
}

/**
 * A duty matched only to the other population's version of the post's role
 * ("Hold a caseload of around 30 family members": the children and young
 * people's family support worker "holds a caseload of families"), in words
 * that name neither population: it says what both versions of the role do,
 * each for its own people, so it is not the other role's work.
 */
function otherPopulationOnly(context: LintContext, duty: BulletAnalysis): boolean {
  const counterparts = new Set([...context.ownRoleIds].map((r) => context.populationCounterpart(r)));
  if (!duty.match.best!.sameText.every((s) => counterparts.has(s.role))) return false;
  const { population } = context.framework.guidance;
  return !containsAnyPhrase(duty.bullet.text, [...population['children-and-young-people'], ...population.adults]);
}

// Every lint computes this for the role and its base roles: one pass, counting as it goes.
function roleCoverage(framework: Framework, role: Role, byStatement: Map<string, BulletAnalysis[]>): RoleCoverage {
  const missing: StatementEntry[] = [];
  const counts: StatusCounts = { present: 0, modified: 0, paraphrased: 0, missing: 0 };
  let total = 0;
  const domains = role.domains.map((domain): DomainCoverage => {
    const coverage: DomainCoverage = { domain, statements: [], present: 0, modified: 0, paraphrased: 0, missing: 0 };
    for (const statement of domain.statements) {
      const entry = framework.statement(statement.id)!;
      const bullets = byStatement.get(statement.id) ?? [];
      const status = bestStatus(bullets);
      if (status === 'missing') missing.push(entry);
      coverage.statements.push({ entry, status, bullets });
      coverage[status]++;
      counts[status]++;
    }
    total += domain.statements.length;
    return coverage;
  });
  return { role, domains, total, covered: total - missing.length, counts, missing };
}

/** The status the best of a statement's bullets gives it: framework wording beats a close copy beats other words. */
function bestStatus(bullets: readonly BulletAnalysis[]): StatementStatus {
  let best: StatementStatus = 'missing';
  for (const b of bullets) {
    const status = STATUS_BY_KIND[b.match.own!.kind];
    if (status === 'present') return status;
    if (best === 'missing' || status === 'modified') best = status;
  }
  return best;
}

/** The post's coverage in numbers; null without a role that has capability statements. */
export function coverageSummary(coverage: Coverage): CoverageSummary | null {
  return coverage.role?.kind === 'capabilities' ? { total: coverage.total, ...coverage.counts } : null;
}

/** "40 in the framework wording, 2 modified, 12 in your own words, 20 missing": statuses for messages, zero counts left out. */
export function describeCounts(counts: StatusCounts, separator = ', '): string {
  const parts = [
    counts.present > 0 ? `${counts.present} in the framework wording` : '',
    counts.modified > 0 ? `${counts.modified} modified` : '',
    counts.paraphrased > 0 ? `${counts.paraphrased} in your own words` : '',
    counts.missing > 0 ? `${counts.missing} missing` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(separator) : 'none';
}

/** A capability bullet attributed to one of the role's (or a base role's) statements, with where that statement sits. */
export interface OwnAttribution {
  bullet: BulletAnalysis['bullet'];
  match: BulletAnalysis['match'];
  entry: StatementEntry;
  /** "Application of knowledge", or "Application of knowledge, in the drug and alcohol worker capabilities" for a base role's. */
  where: string;
}

/** The capability bullets attributed to the document role's statements by `kind` of match, for the rules on reworded statements. */
export function ownAttributions(context: LintContext, kind: MatchKind): OwnAttribution[] {
  const role = context.role;
  if (!role || role.kind !== 'capabilities') return [];
  return context.bullets.flatMap(({ bullet, match }) => {
    if (match.own?.kind !== kind) return [];
    const entry = context.framework.statement(match.own.statement.id)!;
    const where =
      entry.role.id === role.id
        ? entry.domain.name
        : `${entry.domain.name}, in the ${roleName(entry.role)} capabilities`;
    return [{ bullet, match, entry, where }];
  });
}

/** "Application of knowledge 3, Service development 9": the missing statements per domain, for messages. */
export function describeMissing(coverage: RoleCoverage): string {
  return coverage.domains
    .filter((d) => d.missing > 0)
    .map((d) => `${d.domain.name} ${d.missing}`)
    .join(', ');
}

/** The missing statements per domain, as diagnostic data. */
export function missingByDomain(coverage: RoleCoverage): { domain: string; name: string; missing: string[] }[] {
  return coverage.domains
    .filter((d) => d.missing > 0)
    .map((d) => ({
      domain: d.domain.id,
      name: d.domain.name,
      missing: d.statements.filter((s) => s.status === 'missing').map((s) => s.entry.statement.id),
    }));
}

/** Where findings about the capabilities as a whole go: the Capabilities heading, else the title, else the first line. */
export function capabilitiesAnchor(context: LintContext): Range {
  const section = context.capabilities;
  if (section) return context.doc.lines.lineRange(section.heading.line);
  return context.field('title')?.valueRange ?? context.doc.lines.lineRange(0);
}

/** A role's name as it reads mid-sentence: the framework's names start with a capital ("Drug and alcohol worker"). */
export function roleName(role: Role): string {
  return lowerFirst(role.name);
}

/** "nurse, social worker, and pharmacist and pharmacy technician": role names for the middle of a message. */
export function roleNames(roles: readonly Role[], conjunction: 'and' | 'or' = 'and'): string {
  return listing(roles.map(roleName), conjunction);
}

export function describeRoles(framework: Framework, ids: readonly RoleId[]): string {
  return roleNames(ids.map((id) => framework.role(id)!));
}
