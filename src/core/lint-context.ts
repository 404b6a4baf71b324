// Everything a rule needs to know about one document, computed once per lint
// run and shared: the parsed document, its validated front matter, the role it
// is for (declared or inferred), who it works with, and the framework match of
// every capability bullet and duty.
import type { JdkitConfig } from './config';
import type { CapabilitiesSection, Bullet, JdDocument } from './document/parse';
import type { FrontMatterField } from './document/front-matter';
import type { Framework } from './framework/load';
import type { Population, Role, RoleId } from './framework/schema';
import type { BulletMatch } from './match/matcher';
import { readFields, type JdFields } from './fields';
import { findPhrases } from './text/find-phrases';
import { documentText } from './text/document-text';
import { findAffirmed } from './text/negated';
import { outsideCapabilities } from './text/post-prose';
import { otherRoleDuties, type OtherRoleDuty } from './other-role-work';
import { analyseTitle, type TitleAnalysis } from './title';
import { mostVoted } from './votes';

/** Where the role came from: the `role` field, the job title, or the capabilities and duties the document lists. */
export type RoleSource = 'declared' | 'title' | 'capabilities';

export interface BulletAnalysis {
  bullet: Bullet;
  match: BulletMatch;
}

/** Why the role was inferred from the body: the statements its bullets restate, and who the text says the post works with. */
export interface RoleEvidence {
  /** Bullets attributed to the role's statements (exactly, closely or by meaning), in document order; none when the title named the role. */
  bullets: BulletAnalysis[];
  /** Mentions of children and young people and of adults in the text, when they decided the population. */
  populationMentions: { 'children-and-young-people': number; adults: number } | null;
}

/** An amount of money: "£22,950", "£12.50 an hour", "22950 per annum"; not "Voluntary (expenses paid)". */
const STATES_PAY = /[£€$]\s*[1-9]|\b[1-9][\d,.]*\s*(?:k\b|per annum|pa\b|a year|an hour|per hour|pro rata)/i;

/** A role is inferred from the body only with at least this many bullets restating its statements. */
export const MIN_ROLE_EVIDENCE = 3;
/** Duty bullets compared with the framework, at most: real job descriptions have a few dozen. */
const MAX_DUTIES = 1000;
/** Mentions of children and young people that, with fewer of adults, make a post a CYP one. */
const MIN_POPULATION_MENTIONS = 2;

export class LintContext {
  readonly fields: JdFields;
  private cachedTitle?: TitleAnalysis;
  private cachedBullets?: BulletAnalysis[];
  private cachedDuties?: BulletAnalysis[];
  private cachedOwnRoleIds?: ReadonlySet<RoleId>;
  private cachedRole?: { role: Role | null; source: RoleSource | null; evidence: RoleEvidence | null };
  private cachedOtherRoleDuties?: readonly OtherRoleDuty[];
  private cachedTextPopulation?: { population: Population | undefined; mentions: RoleEvidence['populationMentions'] };

  constructor(
    readonly doc: JdDocument,
    readonly framework: Framework,
    readonly config: JdkitConfig,
  ) {
    this.fields = readFields(doc);
  }

  field(name: string): FrontMatterField | undefined {
    return this.doc.frontMatter?.fields.get(name);
  }

  get capabilities(): CapabilitiesSection | null {
    return this.doc.capabilities;
  }

  get title(): TitleAnalysis {
    this.cachedTitle ??= analyseTitle(this.fields.title, this.framework, this.config);
    return this.cachedTitle;
  }

  /** Who the post works with: the `population` field, else a qualifier in the title ("young people's"), else the text. */
  get population(): Population | undefined {
    return this.fields.population ?? this.title.population ?? this.textPopulation().population;
  }

  /** A volunteer role: `employment: volunteer`, or a volunteer job title (plan, Volunteers) not declared paid. */
  get volunteer(): boolean {
    return this.fields.employment === 'volunteer' || (this.title.volunteer !== null && !this.paid);
  }

  /**
   * The post is paid: the front matter says so, or, with no employment
   * field, states a salary (volunteers are "all unpaid roles", plan part 1),
   * whatever its title says.
   */
  get paid(): boolean {
    const { employment, all } = this.fields;
    const salary = all.salary;
    if (employment !== undefined || salary === undefined) return employment === 'paid';
    return typeof salary === 'number' ? salary > 0 : STATES_PAY.test(salary);
  }

  /** The role the document is for: declared in `role`, else inferred from the title, else from the capabilities. */
  get role(): Role | null {
    return this.resolveRole().role;
  }

  get roleSource(): RoleSource | null {
    return this.resolveRole().source;
  }

  /** The roles the job title names, for who the post works with (forPopulation). */
  get titleRoles(): readonly RoleId[] {
    return this.title.population ? this.title.roles : this.forPopulation(this.title.roles);
  }

  /**
   * Adult roles a title without a population qualifier names or suggests
   * ("Substance misuse practitioner", "Recovery worker"), made their children
   * and young people's counterparts (framework 5.2, 5.5), as a qualifier
   * would, when the declared role is a counterpart or, with no role declared,
   * when the population field or the text says the post works with children
   * and young people.
   */
  forPopulation(roles: readonly RoleId[]): readonly RoleId[] {
    if (!roles.some((r) => this.cypCounterpart(r))) return roles;
    // A declared role decides: the title agrees with its children and young people's role, and is not set against an adult one.
    const declared = this.fields.role;
    const withYoungPeople =
      declared !== undefined
        ? roles.some((r) => this.cypCounterpart(r) === declared)
        : this.population === 'children-and-young-people';
    return withYoungPeople ? roles.map((r) => this.cypCounterpart(r) ?? r) : roles;
  }

  /** When the role was inferred from the capabilities and duties, or made the children and young people's role by the text: what it rests on. */
  get roleEvidence(): RoleEvidence | null {
    return this.resolveRole().evidence;
  }

  /** The document describes casework with people (a caseload, key work, care plans), whatever its role; "you will not hold a caseload" does not. */
  get describesCasework(): boolean {
    const text = documentText(this.doc).text;
    return findAffirmed(this.doc, text, this.framework.guidance.casework.evidence).length > 0;
  }

  /** The role and the roles it builds on for this population (section 2), whose statements a bullet may match. */
  get ownRoleIds(): ReadonlySet<RoleId> {
    if (!this.cachedOwnRoleIds) {
      const role = this.role;
      // Only a base role that depends on the population needs it: reading it may mean scanning the text.
      const population = role?.buildsOn.some((b) => b.population) ? this.population : undefined;
      this.cachedOwnRoleIds = new Set(
        role ? [role.id, ...this.framework.baseRoles(role.id, population).map((r) => r.id)] : [],
      );
    }
    return this.cachedOwnRoleIds;
  }

  /** Work the sources single out as another role's that the text gives this post (other-role-work.ts): read once for the rules and the export that use it. */
  get otherRoleDuties(): readonly OtherRoleDuty[] {
    this.cachedOtherRoleDuties ??= otherRoleDuties(this);
    return this.cachedOtherRoleDuties;
  }

  /** Every capability bullet with its framework match, attributed to the document's role where it can be. */
  get bullets(): BulletAnalysis[] {
    this.cachedBullets ??= this.analyse(this.doc.capabilities?.bullets ?? []);
    return this.cachedBullets;
  }

  /** Every duty bullet (see JdDocument.duties) that restates a framework statement, with its match. */
  get duties(): BulletAnalysis[] {
    this.cachedDuties ??= this.analyse(this.doc.duties.slice(0, MAX_DUTIES)).filter((d) => d.match.best !== null);
    return this.cachedDuties;
  }

  private analyse(bullets: readonly Bullet[]): BulletAnalysis[] {
    const preferred = this.ownRoleIds;
    return bullets.map((bullet) => ({ bullet, match: this.framework.matcher.match(bullet.text, preferred) }));
  }

  private resolveRole(): { role: Role | null; source: RoleSource | null; evidence: RoleEvidence | null } {
    if (this.cachedRole) return this.cachedRole;
    const declared = this.fields.role;
    const title = this.title;
    if (declared) this.cachedRole = { role: this.framework.role(declared) ?? null, source: 'declared', evidence: null };
    else if (title.roles.length > 0) {
      const roles = this.titleRoles;
      // Evidence only when the text, rather than a field or the title, made it the children and young people's role.
      const byText = !this.fields.population && roles.some((r, i) => r !== title.roles[i]);
      this.cachedRole = {
        role: this.framework.role(this.likeliestOf(roles))!,
        source: 'title',
        evidence: byText ? { bullets: [], populationMentions: this.textPopulation().mentions } : null,
      };
    }
    // A volunteer post has no framework role (plan, Volunteers); for an out-of-scope post the framework may not apply.
    else if (title.volunteer || title.outOfScope) this.cachedRole = { role: null, source: null, evidence: null };
    else {
      const inferred = this.roleFromBody();
      this.cachedRole = inferred
        ? { ...inferred, source: 'capabilities' }
        : { role: null, source: null, evidence: null };
    }
    return this.cachedRole;
  }

  /**
   * The capability role whose statements most capability and duty bullets
   * restate (exactly, closely or by meaning), made the children and young
   * people's role when the text is about them. Null with too little evidence.
   */
  private roleFromBody(): { role: Role; evidence: RoleEvidence } | null {
    // A vague title's usual role ("recovery worker": the drug and alcohol worker, framework 1) is preferred, as a
    // declared role is: a bullet in the employer's words restates its statement when that says nearly as well what
    // the bullet says, while a copy of another role's statement stays that role's. The usual role also wins a tie.
    const usual = new Set(this.title.vague ? this.forPopulation(this.title.vague.suggest) : []);
    const bullets = usual.size > 0 ? this.attributedTo(this.bodyBullets(), usual) : this.bodyBullets();
    const leader = mostVoted(bullets, ({ match }) => match.best?.sameText.map((s) => s.role) ?? [], usual);
    if (!leader || leader.voters.length < MIN_ROLE_EVIDENCE) return null;
    // The population as the field, a title qualifier or else the text gives it; the mentions are evidence only when the text decided.
    const fromText = !this.fields.population && !this.title.population;
    const cypRole = this.population === 'children-and-young-people' ? this.cypCounterpart(leader.key) : undefined;
    return {
      role: this.framework.role(cypRole ?? leader.key)!,
      evidence: {
        bullets: leader.voters,
        populationMentions: cypRole && fromText ? this.textPopulation().mentions : null,
      },
    };
  }

  /**
   * Of the roles a title names as alternatives ("Nurse or Pharmacist"), the
   * one most capability and duty bullets restate statements of; the first
   * the title names when the bullets do not tell.
   */
  private likeliestOf(roles: readonly RoleId[]): RoleId {
    if (roles.length === 1) return roles[0];
    const leader = mostVoted(this.bodyBullets(), ({ match }) =>
      (match.best?.sameText ?? []).map((s) => s.role).filter((r) => roles.includes(r)),
    );
    return leader?.key ?? roles[0];
  }

  /** The capability and duty bullets matched with no role preferred, as the role is being worked out. */
  private bodyBullets(): BulletAnalysis[] {
    const bullets = [...(this.doc.capabilities?.bullets ?? []), ...this.doc.duties].slice(0, 500);
    return bullets.map((bullet) => ({ bullet, match: this.framework.matcher.match(bullet.text) }));
  }

  /** The bullets matched again with `roles` preferred: the matcher remembers what it found with none, so only the attribution is redone. */
  private attributedTo(bullets: readonly BulletAnalysis[], roles: ReadonlySet<RoleId>): BulletAnalysis[] {
    return bullets.map(({ bullet }) => ({ bullet, match: this.framework.matcher.match(bullet.text, roles) }));
  }

  /** The children and young people's version of an adult role, as the title qualifiers map it (framework 5.2, 5.5). */
  private cypCounterpart(role: RoleId): RoleId | undefined {
    return this.cypQualifier()?.roles[role];
  }

  /** The role's version for the other population: the children and young people's role of an adult one, or the reverse (framework 5.2, 5.5). */
  populationCounterpart(role: RoleId): RoleId | undefined {
    const roles = this.cypQualifier()?.roles ?? {};
    return roles[role] ?? (Object.keys(roles) as RoleId[]).find((adult) => roles[adult] === role);
  }

  /** Of these roles, those for who the post works with: the children and young people's roles (framework 5.2, 5.5) only for a post working with them. */
  forThisPopulation(roles: readonly RoleId[]): RoleId[] {
    const cypRoles = Object.values(this.cypQualifier()?.roles ?? {});
    const withYoungPeople = this.population === 'children-and-young-people';
    return roles.filter((r) => cypRoles.includes(r) === withYoungPeople);
  }

  private cypQualifier() {
    return this.framework.titles.qualifiers.find((q) => q.population === 'children-and-young-people');
  }

  /**
   * Who the text says the post works with, with the mentions that decided it: children and young people when
   * they are mentioned repeatedly and adults less. The Capabilities section
   * is left out: which statements are listed is evidence of its own (coverage.ts).
   */
  private textPopulation(): NonNullable<LintContext['cachedTextPopulation']> {
    if (!this.cachedTextPopulation) {
      const evidence = this.framework.guidance.population;
      const { text } = documentText(this.doc);
      const counted = outsideCapabilities(this.doc, text);
      const count = (phrases: readonly string[]) => findPhrases(text, phrases).filter(counted).length;
      const young = count(evidence['children-and-young-people']);
      // Adults are counted only when young people are mentioned enough to decide: most texts do not.
      const adults = young >= MIN_POPULATION_MENTIONS ? count(evidence.adults) : 0;
      const cyp = young >= MIN_POPULATION_MENTIONS && young > adults;
      this.cachedTextPopulation = cyp
        ? { population: 'children-and-young-people', mentions: { 'children-and-young-people': young, adults } }
        : { population: undefined, mentions: null };
    }
    return this.cachedTextPopulation;
  }
}
