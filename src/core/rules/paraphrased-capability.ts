import { ownAttributions } from '../coverage';
import { addDutyEdit } from '../edits/add-duty';
import { describeMatch } from '../match/describe';
import type { Fix } from '../types';
import { STANDARDISED_ROLES, type Rule } from './rule';

/** Words of the employer's own beyond the statement's that make its text worth keeping as a duty. */
const LOCAL_DETAIL_TERMS = 2;

export const rule: Rule = {
  id: 'paraphrased-capability',
  defaultSeverity: 'information',
  summary: 'A capability bullet says what one of the role’s statements says, in the employer’s own words.',
  rationale:
    'The framework (section 2) is meant to standardise workforce roles across the sector and to inform job descriptions. A capability in the employer’s own words counts towards the role’s coverage, but the framework wording makes the post easy to compare with the framework and with other services; local detail belongs in the main duties.',
  sources: [STANDARDISED_ROLES],
  fixesOffered: [
    'Replace the bullet with the framework wording of the statement it restates.',
    'When the bullet adds local detail, replace it and keep its text as a main duty.',
  ],
  check(context) {
    return ownAttributions(context, 'meaning').map(({ bullet, match, entry, where }) => {
      const replace = { range: bullet.range, newText: entry.statement.text };
      const fixes: Fix[] = [
        { title: `Use the framework wording of ${entry.statement.id}`, edits: [replace], needsJudgement: true },
      ];
      const localDetail =
        context.framework.matcher.extraTerms(bullet.text, entry.statement.text).length >= LOCAL_DETAIL_TERMS;
      const keep = localDetail ? addDutyEdit(context.doc, bullet.text) : null;
      if (keep)
        fixes.push({
          title: `Use the framework wording of ${entry.statement.id} and keep this text as a main duty`,
          edits: [replace, keep],
          needsJudgement: true,
        });
      return {
        message:
          `This reads as capability ${entry.statement.id} (${where}) in your own words (${describeMatch(match.own!)}): “${entry.statement.text}”. ` +
          `It counts towards the role’s capabilities; use the framework wording so the post matches the framework (section 2)` +
          (localDetail ? ', and keep the local detail as a main duty.' : '.'),
        range: bullet.range,
        data: { statementId: entry.statement.id, score: match.own!.score, domain: entry.domain.id, localDetail },
        fixes,
      };
    });
  },
};
