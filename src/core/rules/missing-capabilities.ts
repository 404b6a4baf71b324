import {
  analyseCoverage,
  capabilitiesAnchor,
  describeCounts,
  describeMissing,
  missingByDomain,
  roleName,
  roleNames,
} from '../coverage';
import { insertStatementsEdits } from '../edits/insert-statements';
import { getFramework } from '../framework/load';
import { NOT_PICK_AND_MIX, insertingStatementsNeedsJudgement, withLazyFixes, type Rule } from './rule';

/** The exceptions to "not pick and mix" (framework section 2): roles whose capabilities may be selected from. */
const pickAndMixRoles = () => getFramework().roles.filter((r) => r.pickAndMix);
import { plural } from '../text/plural';

export const rule: Rule = {
  id: 'missing-capabilities',
  defaultSeverity: 'warning',
  get summary() {
    return `Some of the role’s capability statements are missing (all roles except ${roleNames(pickAndMixRoles())}).`;
  },
  get rationale() {
    return (
      `The framework (section ${NOT_PICK_AND_MIX.ref}) says its capabilities are fundamental to each role and "not designed to be used in a ‘pick and mix’ fashion". ` +
      `Only the capabilities of ${roleNames(pickAndMixRoles())} may be selected from, because those frameworks cover several role types or roles that vary from service to service.`
    );
  },
  get sources() {
    const exceptions = pickAndMixRoles().flatMap((r) => (r.pickAndMixSource ? [r.pickAndMixSource] : []));
    return [NOT_PICK_AND_MIX, ...exceptions.filter((s, i) => exceptions.findIndex((t) => t.quote === s.quote) === i)];
  },
  fixesOffered: [
    'Insert the missing statements in the framework wording, each under its domain’s heading in the Capabilities section (applied by Fix all only when the role is declared).',
  ],
  check(context) {
    const role = context.role;
    if (!role || role.kind !== 'capabilities' || role.pickAndMix) return [];
    const own = analyseCoverage(context).own!;
    if (own.missing.length === 0) return [];
    const count = own.missing.length;
    return [
      withLazyFixes(
        {
          message:
            `${count} of the ${own.total} ${roleName(role)} capabilities (section ${role.section}) ${count === 1 ? 'is' : 'are'} missing: ${describeMissing(own)}. ` +
            // With every one missing, the breakdown would only say so again ("Of the 74: 74 missing").
            (count < own.total ? `Of the ${own.total}: ${describeCounts(own.counts)}. ` : '') +
            `The framework (section 2) says the capabilities are fundamental to the role and not to be used "pick and mix", so the job description should list them all, in the framework wording.`,
          range: capabilitiesAnchor(context),
          data: {
            roles: [role.id],
            missing: own.missing.map((e) => e.statement.id),
            byDomain: missingByDomain(own),
            counts: own.counts,
          },
        },
        () => [
          {
            title: `Insert the ${plural(count, 'missing statement')}`,
            edits: insertStatementsEdits(context.doc, context.framework, own.missing),
            needsJudgement: insertingStatementsNeedsJudgement(context),
          },
        ],
      ),
    ];
  },
};
