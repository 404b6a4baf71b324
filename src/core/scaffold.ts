// A new job description for a framework role: front matter, the sections a
// job description needs, and every capability statement the role must have
// (its own and, per framework section 2, those of the roles it builds on).
// Fields only the employer can fill in are left as [bracketed placeholders],
// which are valid values, so the new document lints clean apart from the
// placeholder-text warnings that point at each gap until it is filled in.
import { stringify } from 'yaml';
import { roleGroupHeading } from './edits/insert-statements';
import { getFramework, type Framework } from './framework/load';
import type { GuidanceData, Population, Role, RoleId } from './framework/schema';
import { normalisedKey } from './match/normalise';
import { lowerFirst, upperFirst } from './text/case';
import { canonicalTitle } from './title';

export interface ScaffoldOptions {
  role: RoleId;
  /** Decides the base role of a senior drug and alcohol worker (section 2); defaults to adults there. */
  population?: Population;
  organisation?: string;
  /** Line ending; defaults to "\n". */
  eol?: '\n' | '\r\n';
  framework?: Framework;
}

export const PLACEHOLDER = {
  organisation: '[Organisation name]',
  location: '[Town or city]',
  salary: '[Salary, e.g. £28,000 to £32,000 a year]',
  hours: '[Hours a week, e.g. 37.5]',
  contract: '[Permanent or fixed term]',
  closingDate: '[Closing date]',
  reportsTo: '[Line manager’s job title]',
} as const;

export function newJobDescription(options: ScaffoldOptions): string {
  const framework = options.framework ?? getFramework();
  const role = framework.role(options.role);
  if (!role) throw new Error(`unknown role id "${options.role}"`);
  const population = options.population ?? (role.buildsOn.some((b) => b.population) ? 'adults' : undefined);
  const roles = new Set([role.id, ...framework.baseRoles(role.id, population).map((r) => r.id)]);

  const lines = [
    ...frontMatter(role, framework, population, options.organisation),
    '',
    `<!-- Created by jdkit from NHS England's ${framework.source.title} (${framework.source.year}), section ${role.section}. Replace every [bracketed placeholder]. -->`,
    '',
    ...aboutTheRole(role),
    '## Main duties',
    '',
    '- [A main duty of the post, one per bullet]',
    '- [Another main duty]',
    '',
    ...(role.kind === 'capabilities' ? capabilities(role, framework, population) : externalFrameworks(role)),
    ...personSpecification(role, framework),
    ...supervisionSection(framework, supervisionOffers(framework, role, roles), 'paid'),
    '',
    '## Terms',
    '',
    '- [Annual leave, pension and other benefits]',
    '- [Flexible working, training and development support]',
    '- [Pre-employment checks, e.g. an enhanced DBS check]',
  ];
  return lines.join(options.eol ?? '\n') + (options.eol ?? '\n');
}

function frontMatter(
  role: Role,
  framework: Framework,
  population: Population | undefined,
  organisation: string | undefined,
): string[] {
  const { caseload, settings } = framework.guidance;
  const fields: Record<string, string | number | undefined> = {
    title: canonicalTitle(framework, role.id),
    role: role.id,
    population,
    employment: 'paid',
    setting: settings.roles.find((s) => s.role === role.id)?.setting ?? settings.default,
    caseload: caseload.typical.find((t) => t.role === role.id)?.caseload,
    organisation: organisation ?? PLACEHOLDER.organisation,
    location: PLACEHOLDER.location,
    salary: PLACEHOLDER.salary,
    hours: PLACEHOLDER.hours,
    contract: PLACEHOLDER.contract,
    closing_date: PLACEHOLDER.closingDate,
    reports_to: PLACEHOLDER.reportsTo,
  };
  const out = ['---'];
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) out.push(`${name}: ${stringify(value, { lineWidth: 0 }).trimEnd()}`);
  }
  out.push('---');
  return out;
}

/** The first two paragraphs of the role profile, without the framework's footnote paragraphs and markers. */
function aboutTheRole(role: Role): string[] {
  const paragraphs = role.profile.filter((p) => !p.startsWith('*')).slice(0, 2);
  return [
    '## About the role',
    '',
    '[Describe the post, the team and the service in a few sentences.]',
    '',
    `The framework describes the ${lowerFirst(role.name)} role as follows (section ${role.section}):`,
    '',
    ...paragraphs.flatMap((p) => [`> ${p.replace(/\*(?=[\s.,;:)]|$)/g, '')}`, '>']).slice(0, -1),
    '',
  ];
}

function capabilities(role: Role, framework: Framework, population: Population | undefined): string[] {
  const out = ['## Capabilities', ''];
  out.push(
    `The post holder will have, or will work towards, the capabilities below from section ${role.section} of the framework.`,
    '',
  );
  if (role.pickAndMix) {
    out.push(
      '<!-- Section 2 of the framework lets you choose the capabilities that fit this post: delete any that do not apply. -->',
      '',
    );
  }
  // A base role may share a statement word for word with the role (section 2); list it once.
  const seen = new Set<string>();
  for (const source of [role, ...framework.baseRoles(role.id, population)]) {
    for (const domain of source.domains) {
      const statements = domain.statements.filter((s) => {
        const key = normalisedKey(s.text);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (statements.length === 0) continue;
      out.push(
        `### ${source === role ? domain.name : roleGroupHeading(domain.name, source)}`,
        '',
        ...statements.map((s) => `- ${s.text}`),
        '',
      );
    }
  }
  return out;
}

/** Descriptor-only roles (section 7): the framework points to other frameworks for their capabilities. */
function externalFrameworks(role: Role): string[] {
  return [
    '## Competencies',
    '',
    `The capability framework does not list capabilities for this role; it points to these frameworks instead (section ${role.section}):`,
    '',
    ...role.externalFrameworks.map((f) =>
      f.publisher === null ? `- ${f.name}` : `- ${f.name}, from the ${f.publisher}`,
    ),
    '',
  ];
}

function personSpecification(role: Role, framework: Framework): string[] {
  const out = ['## Person specification', ''];
  if (role.regulation) out.push(`- ${upperFirst(role.regulation.requirement)}.`);
  for (const c of framework.guidance.personSpecification) if (c.role === role.id) out.push(`- ${c.criterion}`);
  out.push('- [Qualifications and training the post needs]', '- [Experience the post needs]', '');
  return out;
}

export const SUPERVISION_HEADING = 'Supervision and support';

/**
 * The guidance's wording for each kind of supervision that a post of `role`
 * must have, `roles` being the role and those it builds on.
 */
export function supervisionOffers(framework: Framework, role: Role, roles: ReadonlySet<RoleId>): string[] {
  return framework.guidance.supervision
    .filter((s) => s.roles.some((r) => roles.has(r)))
    .map((s) => supervisionOffer(s, role));
}

/**
 * The bullet offering the supervision to a post of `role` (null: a post of
 * no known role). The plan sets how often clinical supervision happens only
 * for regulated roles (3.2); other posts are offered it without a frequency.
 */
export function supervisionOffer(supervision: GuidanceData['supervision'][number], role: Role | null): string {
  return role?.regulation && supervision.regulatedOffer ? supervision.regulatedOffer.offer : supervision.offer;
}

/**
 * The "Supervision and support" section, without a blank line after it: the
 * supervision `offers` and, for a paid post, line management and protected
 * time, all in the guidance's wording. Used by new documents and by the
 * missing-supervision fix, so both write the same section.
 */
export function supervisionSection(
  framework: Framework,
  offers: readonly string[],
  employment: 'paid' | 'volunteer',
): string[] {
  return [
    `## ${SUPERVISION_HEADING}`,
    '',
    'You will receive:',
    '',
    ...offers.map((offer) => `- ${offer}`),
    ...(employment === 'paid' ? framework.guidance.paidPostSupport.map((s) => `- ${s.offer}`) : []),
  ];
}
