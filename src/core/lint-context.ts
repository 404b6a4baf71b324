// Everything a rule needs to know about one document, computed once per lint
// run and shared: the parsed document, its validated front matter, the role it
// is for (declared or inferred) and the framework match of every capability bullet.
import type { JdkitConfig } from './config';
import type { CapabilitiesSection, Bullet, JdDocument } from './document/parse';
import type { FrontMatterField } from './document/front-matter';
import type { Framework } from './framework/load';
import type { Population, Role, RoleId } from './framework/schema';
import type { BulletMatch } from './match/matcher';
import { readFields, type JdFields } from './fields';
import { analyseTitle, type TitleAnalysis } from './title';

export type RoleSource = 'declared' | 'title' | 'capabilities';

export interface BulletAnalysis {
  bullet: Bullet;
  match: BulletMatch;
}

export class LintContext {
  readonly fields: JdFields;
  private cachedTitle?: TitleAnalysis;
  private cachedBullets?: BulletAnalysis[];
  private cachedRole?: { role: Role | null; source: RoleSource | null };

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

  get population(): Population | undefined {
    return this.fields.population;
  }

  /** The role the document is for: declared in `role`, else inferred from the title, else from the capabilities. */
  get role(): Role | null {
    return this.resolveRole().role;
  }

  get roleSource(): RoleSource | null {
    return this.resolveRole().source;
  }

  /** The role and the roles it builds on for this population (section 2), whose statements a bullet may match. */
  get ownRoleIds(): ReadonlySet<RoleId> {
    const role = this.role;
    if (!role) return new Set();
    return new Set([role.id, ...this.framework.baseRoles(role.id, this.population).map((r) => r.id)]);
  }

  /** Every capability bullet with its framework match, attributed to the document's role where it can be. */
  get bullets(): BulletAnalysis[] {
    if (!this.cachedBullets) {
      const preferred = this.ownRoleIds;
      this.cachedBullets = (this.doc.capabilities?.bullets ?? []).map((bullet) => ({
        bullet,
        match: this.framework.matcher.match(bullet.text, preferred),
      }));
    }
    return this.cachedBullets;
  }

  private resolveRole(): { role: Role | null; source: RoleSource | null } {
    if (this.cachedRole) return this.cachedRole;
    const declared = this.fields.role;
    if (declared) this.cachedRole = { role: this.framework.role(declared) ?? null, source: 'declared' };
    else if (this.title.roles.length > 0) this.cachedRole = { role: this.framework.role(this.title.roles[0])!, source: 'title' };
    else {
      const inferred = this.roleFromCapabilities();
      this.cachedRole = { role: inferred, source: inferred ? 'capabilities' : null };
    }
    return this.cachedRole;
  }

  /** The capability role whose statements most bullets match exactly or closely, if any bullet matches. */
  private roleFromCapabilities(): Role | null {
    const bullets = (this.doc.capabilities?.bullets ?? []).slice(0, 500);
    const votes = new Map<RoleId, number>();
    for (const bullet of bullets) {
      const match = this.framework.matcher.match(bullet.text);
      for (const role of new Set(match.best?.sameText.map((s) => s.role) ?? [])) votes.set(role, (votes.get(role) ?? 0) + 1);
    }
    let winner: RoleId | null = null;
    for (const [role, count] of votes) if (!winner || count > votes.get(winner)!) winner = role;
    return winner ? this.framework.role(winner)! : null;
  }
}
