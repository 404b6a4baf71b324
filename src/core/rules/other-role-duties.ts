import { analyseCoverage, roleName, roleNames } from '../coverage';
import { getFramework } from '../framework/load';
import { otherRoleDuties } from '../other-role-work';
import { documentText } from '../text/document-text';
import { listing } from '../text/listing';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'other-role-duties',
  defaultSeverity: 'warning',
  get summary() {
    const framework = getFramework();
    const cases = framework.guidance.otherRoleWork.map(
      (w) =>
        `a ${roleName(framework.role(w.role)!)} post given ${roleNames(
          w.otherRoles.map((id) => framework.role(id)!),
          'or',
        )} work`,
    );
    return `The text gives a post work the workforce plan names as another role’s: ${listing(cases, 'or')}.`;
  },
  get rationale() {
    return getFramework()
      .guidance.otherRoleWork.map((w) => `${w.detail} The plan says: "${w.source.quote}"`)
      .join(' ');
  },
  get sources() {
    return getFramework().guidance.otherRoleWork.map((w) => w.source);
  },
  fixesOffered: [],
  check(context) {
    const duties = otherRoleDuties(context);
    if (duties.length === 0) return [];
    // A bullet capability-other-role already reports as the other role's statement is not reported twice.
    const reported = new Set(analyseCoverage(context).otherRole.map((b) => b.bullet.startLine));
    const prose = documentText(context.doc);
    const role = roleName(context.role!);
    return duties
      .filter(({ match }) => !reported.has(context.doc.lines.positionAt(match.start).line))
      .map(({ work, match }) => {
        const others = work.otherRoles.map((id) => context.framework.role(id)!);
        const written = prose.written(match.start, match.end);
        return {
          message:
            `'${written}' is the work of a ${roleNames(others, 'or')}, and this is a ${role} post. ${work.detail} ` +
            `Remove it, or make clear what the ${role} does instead; if it is central to the post, the post may be a ${roleName(others[0])}.`,
          range: prose.range(match.start, match.end),
          data: { phrase: match.phrase, roles: work.otherRoles },
        };
      });
  },
};
