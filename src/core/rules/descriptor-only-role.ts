import type { Rule } from './rule';

export const rule: Rule = {
  id: 'descriptor-only-role',
  defaultSeverity: 'information',
  summary: 'The role is one the framework describes without capability statements (medical workforce, leaders and managers, counsellors).',
  rationale:
    'The capability framework (section 7) gives only a role descriptor for the medical workforce, leaders and managers, and counsellors, because other frameworks already set out their capabilities; it says that external guidance should be followed in conjunction with it. jdkit cannot check these capabilities, so it points to the framework to use.',
  sources: [
    { document: 'framework', ref: '7.1' },
    { document: 'framework', ref: '7.2' },
    { document: 'framework', ref: '7.3' },
  ],
  fixesOffered: [],
  check(context) {
    const role = context.role;
    if (!role || role.kind !== 'descriptor') return [];
    // Descriptor roles have no statements, so the role was declared or named by the title.
    const field = context.field(context.roleSource === 'declared' ? 'role' : 'title');
    if (!field) return [];
    const frameworks = role.externalFrameworks.map((f) =>
      // The framework does not name every publisher; the data then says so instead of naming one.
      f.publisher.startsWith('not named') ? `"${f.name}"` : `"${f.name}" from ${f.publisher}`,
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
