import {
  SUBSTANTIALLY_PRESENT,
  analyseCoverage,
  capabilitiesAnchor,
  describeMissing,
  missingByDomain,
  roleName,
  roleNames,
  type BaseCoverage,
} from '../coverage';
import { setField } from '../edits/front-matter-edits';
import { insertStatementsEdits } from '../edits/insert-statements';
import { getFramework } from '../framework/load';
import { POPULATION_NAMES, type Population, type Role } from '../framework/schema';
import type { LintContext } from '../lint-context';
import { insertingStatementsNeedsJudgement, withLazyFixes, type Finding, type Rule } from './rule';
import { listing } from '../text/listing';
import { plural } from '../text/plural';

/** The roles that build on another (framework section 2), with what each builds on. */
const buildingRoles = () => getFramework().roles.filter((r) => r.buildsOn.length > 0);

export const rule: Rule = {
  id: 'missing-base-capabilities',
  defaultSeverity: 'warning',
  get summary() {
    return `A ${roleNames(buildingRoles(), 'or')} post lacks some capabilities of the role it builds on.`;
  },
  get rationale() {
    const framework = getFramework();
    const roles = buildingRoles();
    const refs = [...new Set(roles.flatMap((r) => r.buildsOn.map((b) => b.source.ref)))];
    const rules = roles.flatMap((role) =>
      role.buildsOn.map((b) => {
        const who = b.population ? ` working with ${POPULATION_NAMES[b.population]}` : '';
        return `${roleName(role)} posts${who} must have all the ${roleName(framework.role(b.role)!)} capabilities`;
      }),
    );
    const byPopulation = roles.some((r) => r.buildsOn.some((b) => b.population));
    return (
      `The framework (section ${listing(refs)}) says ${listing(rules)}.` +
      (byPopulation
        ? ' The front-matter field `population` decides which base role applies where that depends on who the post works with.'
        : '')
    );
  },
  get sources() {
    const roles = buildingRoles();
    return [
      ...roles.flatMap((r) => r.buildsOn.map((b) => b.source)),
      ...roles.map((r) => ({ document: 'framework' as const, ref: r.section })),
    ];
  },
  fixesOffered: [
    'Insert the missing statements of the role the post builds on; when "population" is not set, one fix for each population also sets it.',
  ],
  check(context) {
    const role = context.role;
    if (!role || role.kind !== 'capabilities') return [];
    const coverage = analyseCoverage(context);
    const findings: Finding[] = coverage.bases
      .filter((base) => base.missing.length > 0)
      .map((base) => missingBase(context, role, base, coverage.inferredPopulation));
    if (coverage.undecidedBases.length > 0) findings.push(undecided(context, role, coverage.undecidedBases));
    return findings;
  },
};

/** The framework's own sentence (section 2) saying the role builds on `base`. */
function requirement(role: Role, base: BaseCoverage): string {
  const source = role.buildsOn.find((b) => b.role === base.role.id)?.source;
  return source?.quote ? ` Section ${source.ref}: "${source.quote}"` : '';
}

function missingBase(context: LintContext, role: Role, base: BaseCoverage, inferred: Population | null): Finding {
  const count = base.missing.length;
  const assumption = inferred
    ? `\`population\` is not set; ${base.covered} of the ${base.total} ${roleName(base.role)} capabilities are present (at least ${SUBSTANTIALLY_PRESENT * 100}%), so jdkit assumes this post works with ${POPULATION_NAMES[inferred]}. `
    : '';
  return withLazyFixes(
    {
      message:
        assumption +
        `A ${roleName(role)} post must also have the ${roleName(base.role)} capabilities (section ${base.role.section}), and ${count} of ${base.total} are missing: ${describeMissing(base)}.` +
        requirement(role, base),
      range: capabilitiesAnchor(context),
      data: {
        roles: [base.role.id],
        population: base.population ?? null,
        populationInferred: inferred !== null,
        missing: base.missing.map((e) => e.statement.id),
        byDomain: missingByDomain(base),
      },
    },
    () => [
      {
        title: `Insert the ${plural(count, `missing ${roleName(base.role)} statement`)}`,
        edits: insertStatementsEdits(context.doc, context.framework, base.missing),
        needsJudgement: insertingStatementsNeedsJudgement(context),
      },
    ],
  );
}

/** `population` is not set and no base role's statements are substantially present: say which applies when. */
function undecided(context: LintContext, role: Role, candidates: BaseCoverage[]): Finding {
  const options = candidates.map(
    (c) =>
      `with ${POPULATION_NAMES[c.population!]} it must have all the ${roleName(c.role)} capabilities (section ${c.role.section}; ${c.covered} of ${c.total} present)`,
  );
  return withLazyFixes(
    {
      message:
        `A ${roleName(role)} post builds on another role, and the front-matter field \`population\` decides which (section 2): ${options.join('; ')}. ` +
        `Neither set is substantially present (at least ${SUBSTANTIALLY_PRESENT * 100}%). Set \`population\` and add the capabilities of the matching role.`,
      range: capabilitiesAnchor(context),
      data: {
        roles: candidates.map((c) => c.role.id),
        population: null,
        populationInferred: false,
        missing: candidates.flatMap((c) => c.missing.map((e) => e.statement.id)),
      },
    },
    () =>
      candidates.map((c) => {
        const population = setField(context.doc, 'population', c.population!);
        const insert = `insert the ${c.missing.length} missing ${roleName(c.role)} statements`;
        return {
          title: population
            ? `Set population to ${c.population} and ${insert}`
            : `${insert[0].toUpperCase()}${insert.slice(1)} (for ${POPULATION_NAMES[c.population!]})`,
          edits: [
            ...(population ? [population] : []),
            ...insertStatementsEdits(context.doc, context.framework, c.missing),
          ],
        };
      }),
  );
}
