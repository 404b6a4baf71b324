import { insertField } from '../edits/front-matter-edits';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'role-inferred',
  defaultSeverity: 'information',
  summary: 'There is no "role" field, so jdkit worked out the framework role from the title or the capabilities.',
  rationale:
    'jdkit checks a job description against the capabilities of one framework role (capability framework sections 5 to 7). Without a "role" field it uses the role the job title names or, failing that, the role most capabilities belong to. Declaring the role makes the checks certain.',
  sources: [{ document: 'framework', ref: '2' }],
  fixable: true,
  check(context) {
    const source = context.roleSource;
    const role = context.role;
    // A role field jdkit cannot read is reported by invalid-front-matter. When no role could be
    // inferred there is nothing useful to add: unknown-title or vague-title already explains the title.
    if ((source !== 'title' && source !== 'capabilities') || !role || context.field('role')) return [];
    const titleField = context.field('title');
    const fromTitle = source === 'title' && titleField;
    const range = fromTitle ? titleField.valueRange : context.doc.lines.lineRange(context.capabilities!.heading.line);
    const from = fromTitle ? `the job title "${context.title.title}"` : 'the capabilities listed, most of which are its framework statements';
    // An ambiguous title names several roles: offer each, best first.
    const candidates = fromTitle ? context.title.roles : [role.id];
    const fixes = candidates.flatMap((id) => {
      const edit = insertField(context.doc, 'role', id);
      return edit ? [{ title: `Add role: ${id}`, edits: [edit] }] : [];
    });
    const others = candidates.slice(1).map((id) => `"${context.framework.role(id)!.name}"`);
    return [
      {
        message:
          `There is no "role" field, so jdkit took the role "${role.name}" (capability framework section ${role.section}) from ${from} and checks the document against it.` +
          (others.length > 0 ? ` The title could also mean ${others.join(' or ')}.` : '') +
          ` Add "role: ${role.id}" to the front matter to make this certain.`,
        range,
        data: { roles: candidates, source },
        ...(fixes.length > 0 ? { fixes } : {}),
      },
    ];
  },
};
