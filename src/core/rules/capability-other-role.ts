import { analyseCoverage, describeRoles, roleName } from '../coverage';
import type { LintContext } from '../lint-context';
import { getFramework } from '../framework/load';
import { describeMatch } from '../match/describe';
import type { Attribution } from '../match/matcher';
import type { Bullet } from '../document/parse';
import type { RoleId, SourceRef } from '../framework/schema';
import type { Fix } from '../types';
import { NOT_PICK_AND_MIX, withLazyFixes, type Rule } from './rule';

export const rule: Rule = {
  id: 'capability-other-role',
  defaultSeverity: 'warning',
  summary:
    'A capability bullet or a duty is another role’s statement (in its words or the employer’s), with nothing like it among this role’s statements: mix-and-match.',
  rationale:
    'The framework (section 2) says its capabilities "should be considered as fundamental to each specified role": each role has its own statements, and the statements for one role do not describe another. Another role’s capability in the list, or its work among the duties, usually means the wrong list was used, or the post is really that other role. The workforce plan reports peer support workers doing keyworkers’ work.',
  // With the plan's sentence on the other role's work it singles out, which planNote adds to the message.
  get sources() {
    return [NOT_PICK_AND_MIX, ALONGSIDE_REGULATION, ...getFramework().guidance.otherRoleWork.map((w) => w.source)];
  },
  fixesOffered: [
    'Remove the bullet or the duty.',
    'Replace a capability bullet with the nearest statement of the document’s role (not offered when the role was itself inferred from the capabilities).',
  ],
  check(context) {
    const role = context.role;
    // Descriptor roles (section 7) have no statements of their own to compare with.
    if (!role || role.kind !== 'capabilities') return [];
    const capabilityBullets = new Set(context.bullets);
    const otherRole = analyseCoverage(context).otherRole;
    // A duty whose text gives the post work the plan singles out as another role's is other-role-duties' to report, in the plan's terms.
    const planned = otherRole.some((analysis) => !capabilityBullets.has(analysis))
      ? context.otherRoleDuties.map(({ match }) => context.doc.lines.positionAt(match.start).line)
      : [];
    const singledOut = (bullet: Bullet) => planned.some((line) => line >= bullet.startLine && line < bullet.endLine);
    const reported = otherRole.filter((analysis) => capabilityBullets.has(analysis) || !singledOut(analysis.bullet));
    return reported.map((analysis) => {
      const best = analysis.match.best!;
      const roles = [...new Set(best.sameText.map((s) => s.role))];
      const isDuty = !capabilityBullets.has(analysis);
      return withLazyFixes(
        {
          message:
            `${isDuty ? 'This duty' : 'This'} ${how(best)} capability statement ${best.statement.id} of the ${describeRoles(context.framework, roles)} role${roles.length > 1 ? 's' : ''}, ` +
            `and nothing in the ${roleName(role)} capabilities (section ${role.section}) is like it. ` +
            `The framework says capabilities are specific to each role and not to be mixed and matched (section 2).` +
            planNote(context, roles) +
            ` ${advice(isDuty, roleName(role), roles.length > 1 ? 'those roles' : `a ${describeRoles(context.framework, roles)}`)}` +
            (isDuty && role.regulation ? ` ${REGULATED_NOTE}` : ''),
          range: analysis.bullet.range,
          data: { roles, statementId: best.statement.id, kind: best.kind, duty: isDuty },
        },
        () => fixes(context, analysis.bullet, isDuty),
      );
    });
  },
};

/**
 * Remove the bullet; for a capability bullet, or replace it with the role's
 * nearest statement, unless the role was inferred from the bullets themselves,
 * when the replacement could change which role is inferred.
 */
function fixes(context: LintContext, bullet: Bullet, isDuty: boolean): Fix[] {
  const { lines } = context.doc;
  const start = { line: bullet.startLine, character: 0 };
  const end = bullet.endLine < lines.lineCount ? { line: bullet.endLine, character: 0 } : lines.end;
  const out: Fix[] = [
    {
      title: `Remove this ${isDuty ? 'duty' : 'bullet'}`,
      edits: [{ range: { start, end }, newText: '' }],
      needsJudgement: true,
    },
  ];
  if (!isDuty && context.roleSource !== 'capabilities') {
    const nearest = context.framework.matcher.nearest(bullet.text, context.ownRoleIds);
    if (nearest) {
      const role = roleName(context.framework.role(nearest.role)!);
      out.push({
        title: `Replace with ${nearest.id}, the nearest ${role} statement`,
        edits: [{ range: bullet.range, newText: nearest.text }],
        needsJudgement: true,
      });
    }
  }
  return out;
}

function how(best: Attribution): string {
  if (best.kind === 'exact') return 'is';
  return best.kind === 'wording'
    ? `is close (${describeMatch(best)}) to`
    : `says in other words (${describeMatch(best)}) what is`;
}

/** What the sources say about this role doing that role's work, if they single it out. */
function planNote(context: LintContext, roles: readonly RoleId[]): string {
  const own = context.role!.id;
  const note = context.framework.guidance.otherRoleWork.find(
    (w) => w.role === own && roles.some((r) => w.otherRoles.includes(r)),
  );
  return note ? ` ${note.detail}` : '';
}

/**
 * A regulated professional's duties may come from the profession's own
 * standards, which the framework's capabilities do not replace (section 2).
 */
const ALONGSIDE_REGULATION: SourceRef = {
  document: 'framework',
  ref: '2',
  quote:
    'These setting-specific capabilities are intended to sit alongside existing competency frameworks and regulatory requirements for regulated professions.',
};
const REGULATED_NOTE =
  'For a regulated role the framework’s capabilities sit alongside the profession’s own competency frameworks and regulation (section 2): if those cover this work, keep it.';

function advice(isDuty: boolean, role: string, other: string): string {
  return isDuty
    ? `Remove it from this ${role} post, or say how the post holder is trained, supervised and accountable for it; if it is central to the post, the post may be ${other}.`
    : `Remove it, or replace it with the ${role} statement you meant.`;
}
