// The one typed entry point to framework-data/: the generated framework and
// the hand-curated knowledge files, indexed on first use. The JSON is imported
// rather than read from disk so the bundle inlines it. It is not validated
// here: it ships with jdkit, and is validated against its schemas when it is
// built (scripts/build-framework.ts) and by the tests
// (test/unit/framework-data.test.ts); run-time validation is for user input.
import frameworkJson from '../../../framework-data/framework.json';
import guidanceJson from '../../../framework-data/guidance.json';
import matcherIndexJson from '../../../framework-data/matcher-index.json';
import stigmaJson from '../../../framework-data/stigma.json';
import stemsJson from '../../../framework-data/stems.json';
import thesaurusJson from '../../../framework-data/thesaurus.json';
import titlesJson from '../../../framework-data/titles.json';
import { CapabilityMatcher, MEANING_SETTINGS, type StatementRef } from '../match/matcher';
import { readStoredMatcherIndex, type StoredMatcherIndex } from '../match/matcher-index';
import type { StemTable } from '../match/terms';
import { lazily } from '../lazy';
import { ValidationError } from '../validate';
import type {
  Domain,
  FrameworkData,
  GuidanceData,
  Population,
  Role,
  RoleId,
  Statement,
  StigmaData,
  ThesaurusData,
  TitlesData,
} from './schema';

export const FRAMEWORK_FILE = 'framework-data/framework.json';

/** A capability statement with the role and domain it belongs to. */
export interface StatementEntry {
  statement: Statement;
  role: Role;
  domain: Domain;
}

export interface KnowledgeData {
  titles: TitlesData;
  guidance: GuidanceData;
  stigma: StigmaData;
  thesaurus: ThesaurusData;
  /** The stems of the statements' and the thesaurus's words (framework-data/stems.json); computed when absent. */
  stems?: StemTable;
  /** The matcher's index of the statements (framework-data/matcher-index.json); built when absent. */
  matcherIndex?: StoredMatcherIndex;
}

export class Framework {
  readonly source: FrameworkData['source'];
  /** All 14 roles in document order (5.1 … 7.3). */
  readonly roles: readonly Role[];
  /** The 11 roles with capability statements (sections 5 and 6). */
  readonly capabilityRoles: readonly Role[];
  /** Every capability statement, in document order. */
  readonly allStatements: readonly StatementEntry[];
  readonly titles: TitlesData;
  readonly guidance: GuidanceData;
  readonly stigma: StigmaData;
  readonly thesaurus: ThesaurusData;
  private readonly byRole = new Map<string, Role>();
  private readonly byStatement = new Map<string, StatementEntry>();
  private readonly ownStatements = new Map<RoleId, StatementEntry[]>();
  private cachedMatcher?: CapabilityMatcher;
  private readonly stems: StemTable | undefined;
  private readonly matcherIndex: StoredMatcherIndex | undefined;

  /**
   * Indexes data that is valid against the schema (the bundled files are checked by the tests) and checks what the schema cannot:
   * unique role and statement ids, and that roles build only on capability
   * roles that build on nothing themselves (section 2 has one level), so
   * `baseRoles` needs no recursion. Throws a ValidationError naming the path.
   */
  constructor(data: FrameworkData, knowledge: KnowledgeData) {
    this.source = data.source;
    this.roles = data.roles;
    this.capabilityRoles = data.roles.filter((r) => r.kind === 'capabilities');
    this.titles = knowledge.titles;
    this.guidance = knowledge.guidance;
    this.stigma = knowledge.stigma;
    this.thesaurus = knowledge.thesaurus;
    this.stems = knowledge.stems;
    this.matcherIndex = knowledge.matcherIndex;

    const issues: { path: string; message: string }[] = [];
    const all: StatementEntry[] = [];
    data.roles.forEach((role, i) => {
      if (this.byRole.has(role.id)) issues.push({ path: `roles[${i}].id`, message: `duplicate role id "${role.id}"` });
      this.byRole.set(role.id, role);
      const own: StatementEntry[] = [];
      role.domains.forEach((domain, j) => {
        domain.statements.forEach((statement, k) => {
          if (this.byStatement.has(statement.id)) {
            issues.push({
              path: `roles[${i}].domains[${j}].statements[${k}].id`,
              message: `duplicate statement id "${statement.id}"`,
            });
          }
          const entry = { statement, role, domain };
          this.byStatement.set(statement.id, entry);
          own.push(entry);
        });
      });
      this.ownStatements.set(role.id, own);
      all.push(...own);
    });
    this.allStatements = all;

    data.roles.forEach((role, i) => {
      role.buildsOn.forEach((b, k) => {
        const base = this.byRole.get(b.role);
        if (base?.kind !== 'capabilities' || base.buildsOn.length > 0) {
          issues.push({
            path: `roles[${i}].buildsOn[${k}].role`,
            message: `"${b.role}" must be a capability role that builds on no other role`,
          });
        }
      });
    });
    if (issues.length > 0) throw new ValidationError(FRAMEWORK_FILE, issues);
  }

  role(id: string): Role | undefined {
    return this.byRole.get(id);
  }

  statement(id: string): StatementEntry | undefined {
    return this.byStatement.get(id);
  }

  /** The roles `roleId` builds on (section 2) for `population`; without a population, all of them. */
  baseRoles(roleId: RoleId, population?: Population): Role[] {
    return this.requireRole(roleId)
      .buildsOn.filter((b) => population === undefined || b.population === undefined || b.population === population)
      .map((b) => this.requireRole(b.role));
  }

  /** The role's own statements followed by those of the roles it builds on for `population`. */
  roleStatements(roleId: RoleId, population?: Population): StatementEntry[] {
    const own = this.ownStatements.get(this.requireRole(roleId).id) ?? [];
    return [...own, ...this.baseRoles(roleId, population).flatMap((r) => this.ownStatements.get(r.id) ?? [])];
  }

  /** Every capability statement as the matcher indexes it, in document order. */
  statementRefs(): StatementRef[] {
    return this.allStatements.map(({ statement, role, domain }) => ({
      id: statement.id,
      role: role.id,
      domain: domain.id,
      text: statement.text,
    }));
  }

  /** Matcher over every capability statement; made on first use. */
  get matcher(): CapabilityMatcher {
    this.cachedMatcher ??= new CapabilityMatcher(this.statementRefs(), this.thesaurus, MEANING_SETTINGS, {
      stems: this.stems,
      index: this.matcherIndex && readStoredMatcherIndex(this.matcherIndex),
    });
    return this.cachedMatcher;
  }

  private requireRole(id: string): Role {
    const role = this.byRole.get(id);
    if (!role) throw new Error(`unknown role id "${id}"`);
    return role;
  }
}

/** The indexed framework and knowledge data, built on the first call. */
export const getFramework: () => Framework = lazily(
  () =>
    new Framework(frameworkJson as FrameworkData, {
      titles: titlesJson as TitlesData,
      guidance: guidanceJson as GuidanceData,
      stigma: stigmaJson as StigmaData,
      thesaurus: thesaurusJson as ThesaurusData,
      stems: stemsJson,
      matcherIndex: matcherIndexJson,
    }),
);
