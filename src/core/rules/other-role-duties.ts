import { roleName, roleNames } from '../coverage';
import { getFramework } from '../framework/load';
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
    const duties = context.otherRoleDuties;
    if (duties.length === 0) return [];
    const prose = documentText(context.doc);
    const role = roleName(context.role!);
    return duties.map(({ work, match }) => {
      const named = context.forThisPopulation(work.otherRoles);
      const others = (named.length > 0 ? named : work.otherRoles).map((id) => context.framework.role(id)!);
      const written = prose.written(match.start, match.end);
      return {
        message:
          `'${written}' is the work of a ${roleNames(others, 'or')}, and this is a ${role} post. ${work.detail} ` +
          `Remove it, or make clear what the ${role} does instead; if it is central to the post, the post may be a ${roleName(others[0])}.`,
        range: prose.range(match.start, match.end),
        data: { phrase: match.phrase, roles: others.map((r) => r.id) },
      };
    });
  },
};
