import { analyseCoverage, describeRoles, roleName } from '../coverage';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'capability-other-role',
  defaultSeverity: 'warning',
  summary: 'A capability bullet is another role’s statement, with nothing like it among this role’s statements.',
  rationale:
    'The framework (section 2) says its capabilities "should be considered as fundamental to each specified role": each role has its own statements, and the statements for one role do not describe another. A statement copied from another role’s list usually means the wrong list was used, or the post is really that other role.',
  sources: [{ document: 'framework', ref: '2', quote: 'The capabilities in this framework should be considered as fundamental to each specified role' }],
  fixable: false,
  check(context) {
    const role = context.role;
    // Descriptor roles (section 7) have no statements of their own to compare with.
    if (!role || role.kind !== 'capabilities') return [];
    return analyseCoverage(context).otherRole.map(({ bullet, match }) => {
      const best = match.best!;
      const roles = [...new Set(best.sameText.map((s) => s.role))];
      const how = best.kind === 'exact' ? 'is' : `is close (${Math.round(best.score * 100)}%) to`;
      return {
        message:
          `This ${how} capability statement ${best.statement.id} of the ${describeRoles(context.framework, roles)} role${roles.length > 1 ? 's' : ''}, and nothing in the ${roleName(role)} capabilities (section ${role.section}) is like it. ` +
          `The framework says capabilities are specific to each role (section 2). Remove it, or replace it with the ${roleName(role)} statement you meant.`,
        range: bullet.range,
        data: { roles, statementId: best.statement.id },
      };
    });
  },
};

