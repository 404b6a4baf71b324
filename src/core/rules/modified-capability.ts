import { describeRoles, ownAttributions, roleName } from '../coverage';
import { STANDARDISED_ROLES, type Rule } from './rule';

export const rule: Rule = {
  id: 'modified-capability',
  defaultSeverity: 'information',
  summary: 'A capability bullet is a close but altered copy of one of the role’s statements.',
  rationale:
    'The framework (section 2) is meant to standardise workforce roles across the sector, and says it should be used to inform job descriptions. Rewording a statement can change what it asks for, and makes the post harder to compare with the framework and with other services. Use the framework wording, and put anything local under main duties.',
  sources: [STANDARDISED_ROLES],
  fixesOffered: ['Restore the framework wording of the statement.'],
  check(context) {
    return ownAttributions(context, 'wording').flatMap(({ bullet, match, entry, where }) => {
      const own = match.own!;
      // `own` is close, so an exact `best` is another role's statement: say whose wording it is rather than calling it an edit.
      const otherRoles = match.best?.kind === 'exact' ? [...new Set(match.best.sameText.map((s) => s.role))] : [];
      // With the role inferred from the bullets themselves, an exact statement of a related role is no
      // evidence of a slip: rewording it to the inferred role's could change which role is inferred.
      if (otherRoles.length > 0 && context.roleSource === 'capabilities') return [];
      const percent = Math.round(own.score * 100);
      const message =
        otherRoles.length > 0
          ? `This is the ${describeRoles(context.framework, otherRoles)} wording (${match.best!.statement.id}) of a statement whose ${roleName(entry.role)} version is ${entry.statement.id} (${where}, ${percent}% similar). Use the ${roleName(entry.role)} wording.`
          : `Close to ${entry.statement.id} (${where}) but not the framework wording (${percent}% similar). Use the exact wording so the post matches the framework; put local detail under main duties.`;
      return [
        {
          message,
          range: bullet.range,
          data: { statementId: entry.statement.id, score: own.score, roles: otherRoles },
          fixes: [
            {
              title: 'Restore the framework wording',
              edits: [{ range: bullet.range, newText: entry.statement.text }],
              needsJudgement: true,
            },
          ],
        },
      ];
    });
  },
};
