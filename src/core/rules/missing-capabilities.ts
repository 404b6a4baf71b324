import { analyseCoverage, capabilitiesAnchor, describeCounts, describeMissing, missingByDomain, roleName } from '../coverage';
import { insertStatementsEdits } from '../edits/insert-statements';
import { NOT_PICK_AND_MIX, type Rule } from './rule';
import { plural } from '../text/plural';

export const rule: Rule = {
  id: 'missing-capabilities',
  defaultSeverity: 'warning',
  summary: 'Some of the role’s capability statements are missing (all roles except nurse, psychologist, pharmacy and peer support worker).',
  rationale:
    'The framework (section 2) says its capabilities are fundamental to each role and "not designed to be used in a ‘pick and mix’ fashion". Only the nursing, practitioner psychologist, pharmacy and peer support worker capabilities may be selected from, because those frameworks cover several role types or roles that vary from service to service.',
  sources: [NOT_PICK_AND_MIX],
  fixesOffered: ['Insert the missing statements in the framework wording, each under its domain’s heading in the Capabilities section.'],
  check(context) {
    const role = context.role;
    if (!role || role.kind !== 'capabilities' || role.pickAndMix) return [];
    const own = analyseCoverage(context).own!;
    if (own.missing.length === 0) return [];
    const count = own.missing.length;
    return [
      {
        message:
          `${count} of the ${own.total} ${roleName(role)} capabilities (section ${role.section}) ${count === 1 ? 'is' : 'are'} missing: ${describeMissing(own)}. ` +
          `Of the ${own.total}: ${describeCounts(own.counts)}. ` +
          `The framework (section 2) says the capabilities are fundamental to the role and not to be used "pick and mix", so the job description should list them all, in the framework wording.`,
        range: capabilitiesAnchor(context),
        data: { roles: [role.id], missing: own.missing.map((e) => e.statement.id), byDomain: missingByDomain(own), counts: own.counts },
        fixes: [
          {
            title: `Insert the ${plural(count, 'missing statement')}`,
            edits: insertStatementsEdits(context.doc, context.framework, own.missing),
          },
        ],
      },
    ];
  },
};
