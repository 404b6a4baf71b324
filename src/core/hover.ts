// Hovers for job descriptions (core API): on a capability bullet, or a duty
// that restates a capability, the framework statement it matches and how; on
// the `role:` field, the role's profile and the framework facts that rules rely on.
import { DEFAULT_CONFIG, type JdkitConfig } from './config';
import { attributionOf, rangeContains } from './cursor';
import { parseJd, type JdDocument } from './document/parse';
import { getFramework, type Framework } from './framework/load';
import type { Role } from './framework/schema';
import { LintContext, type BulletAnalysis } from './lint-context';
import { isMixAndMatch } from './coverage';
import { describeMatch } from './match/describe';
import type { Attribution, BulletMatch } from './match/matcher';
import type { Position, Range } from './types';

export interface HoverResult {
  /** Markdown. */
  contents: string;
  range: Range;
}

export interface HoverOptions {
  config?: JdkitConfig;
  framework?: Framework;
}

export function hover(input: string | JdDocument, position: Position, options: HoverOptions = {}): HoverResult | null {
  const doc = typeof input === 'string' ? parseJd(input) : input;
  const framework = options.framework ?? getFramework();
  const roleField = doc.frontMatter?.fields.get('role');
  if (roleField) {
    const range = { start: roleField.keyRange.start, end: roleField.valueRange.end };
    const role = typeof roleField.value === 'string' ? framework.role(roleField.value) : undefined;
    if (rangeContains(range, position)) return role ? { contents: roleHover(role, framework), range } : null;
  }
  const onLine = ({ bullet }: BulletAnalysis) =>
    position.line >= bullet.range.start.line && position.line <= bullet.range.end.line;
  if (!doc.capabilities && doc.duties.length === 0) return null;
  const context = new LintContext(doc, framework, options.config ?? DEFAULT_CONFIG);
  const capability = context.bullets.find(onLine);
  if (capability) {
    const contents = attributionOf(capability.match)
      ? bulletHover(capability.match, context, framework)
      : 'No capability statement of the framework (sections 5 and 6) matches this bullet.';
    return { contents, range: capability.bullet.range };
  }
  // Duties that restate no statement are ordinary duties: no hover.
  const duty = context.duties.find(onLine);
  if (!duty) return null;
  return { contents: bulletHover(duty.match, context, framework), range: duty.bullet.range };
}

/** The hover of a bullet with a match (attributionOf is not null). */
function bulletHover(match: BulletMatch, context: LintContext, framework: Framework): string {
  const attribution = attributionOf(match)!;
  const { best } = match;
  const { statement } = attribution;
  const entry = framework.statement(statement.id);
  const roles = [...new Set(attribution.sameText.map((s) => s.role))].map((id) => framework.role(id)!);
  const lines = [
    `**Framework capability \`${statement.id}\`** · ${entry?.domain.name ?? statement.domain}`,
    quote(statement.text),
    `${roles.length > 1 ? 'Roles' : 'Role'}: ${roles.map(roleLabel).join('; ')}`,
    // Another role's statement too far in meaning to be mix-and-match: the lint neither counts nor reports the bullet.
    match.own === null && !isMixAndMatch(match) ? weakLine(attribution) : similarityLine(attribution),
  ];
  // Say when the wording is nearer another role's statement than any of this role's.
  if (best && best.statement.id !== statement.id && best.score > attribution.score && context.role) {
    const bestRole = framework.role(best.statement.role)!;
    lines.push(`Closer to \`${best.statement.id}\` of ${roleLabel(bestRole)} (${percent(best.score)}).`);
  }
  return lines.join('\n\n');
}

function similarityLine(a: Attribution): string {
  if (a.kind === 'exact') return `Match: ${percent(a.score)}, exact (the framework wording).`;
  if (a.kind === 'wording') return `Match: ${percent(a.score)}, close: the wording differs from the framework.`;
  return `Match by meaning (${percent(a.score)}): the same content in other words; the framework wording is above.`;
}

function weakLine(a: Attribution): string {
  return `Nearest in meaning (${describeMatch(a)}), but too far for jdkit to count the bullet as this statement or to report it as another role’s.`;
}

function roleHover(role: Role, framework: Framework): string {
  const lines = [`**${role.name}** · framework section ${role.section}`, role.profile[0]];
  lines.push(
    role.regulation
      ? `Regulated: ${role.regulation.requirement} (${role.regulation.regulatorName}).`
      : 'Not a regulated role in the framework.',
  );
  if (role.kind === 'descriptor') {
    lines.push(
      `Descriptor only (framework section 7): no capability statements. Use ${role.externalFrameworks.map((f) => (f.publisher === null ? `“${f.name}”` : `“${f.name}” (${f.publisher})`)).join(' and ')}.`,
    );
    return lines.join('\n\n');
  }
  const count = role.domains.reduce((n, d) => n + d.statements.length, 0);
  lines.push(`${count} capability statements in ${role.domains.length} domains.`);
  lines.push(
    role.pickAndMix
      ? 'Pick and mix: employers may select the statements relevant to the post (framework section 2).'
      : 'Include every capability statement: the framework (section 2) does not allow picking a subset for this role.',
  );
  if (role.buildsOn.length > 0) {
    const bases = role.buildsOn.map(
      (b) => `${roleLabel(framework.role(b.role)!)}${b.population ? ` for ${b.population.replace(/-/g, ' ')}` : ''}`,
    );
    lines.push(`Builds on: ${bases.join('; ')} (framework section 2).`);
  }
  return lines.join('\n\n');
}

function roleLabel(role: Role): string {
  return `${role.name} (${role.section})`;
}

function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

function quote(text: string): string {
  return `> ${text}`;
}
