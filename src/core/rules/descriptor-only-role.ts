import { getFramework } from '../framework/load';
import { roleNames } from '../coverage';
import type { Rule } from './rule';

const descriptorRoles = () => getFramework().roles.filter((r) => r.kind === 'descriptor');

export const rule: Rule = {
  id: 'descriptor-only-role',
  defaultSeverity: 'information',
  get summary() {
    return `The role is one the framework describes without capability statements (${roleNames(descriptorRoles())}).`;
  },
  get rationale() {
    return (
      `The capability framework (section 7) gives only a role descriptor for ${roleNames(descriptorRoles())}, because other frameworks already set out their capabilities; ` +
      'it says that external guidance should be followed in conjunction with it. jdkit cannot check these capabilities, so it points to the framework to use.'
    );
  },
  get sources() {
    return descriptorRoles().map((r) => ({ document: 'framework' as const, ref: r.section }));
  },
  fixesOffered: [],
  check(context) {
    const role = context.role;
    if (!role || role.kind !== 'descriptor') return [];
    // Descriptor roles have no statements, so the role was declared or named by the title.
    const field = context.field(context.roleSource === 'declared' ? 'role' : 'title');
    if (!field) return [];
    const frameworks = role.externalFrameworks.map((f) =>
      f.publisher === null ? `"${f.name}"` : `"${f.name}" from ${f.publisher}`,
    );
    return [
      {
        message:
          `The capability framework has no capability statements for the "${role.name}" role: section ${role.section} is a role descriptor only. ` +
          `For this post's capabilities it points to ${frameworks.join(' and ')}, to be used in conjunction with the framework.`,
        range: field.valueRange,
        data: { roles: [role.id], externalFrameworks: role.externalFrameworks },
      },
    ];
  },
};
