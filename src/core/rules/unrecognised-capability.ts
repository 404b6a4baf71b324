import { analyseCoverage, roleName } from '../coverage';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'unrecognised-capability',
  defaultSeverity: 'information',
  summary: 'A bullet in the Capabilities section is not a framework capability statement.',
  rationale:
    'The framework (section 2) should inform job descriptions, and its capability statements are what a post in the role needs. A bullet that matches none of them is often a duty or a person-specification item, which belongs in those sections, or a paraphrase that would be clearer in the framework wording.',
  sources: [
    {
      document: 'framework',
      ref: '2',
      quote: 'The framework should be used by managers and service providers to inform:',
    },
  ],
  fixesOffered: [],
  check(context) {
    const role = context.role;
    // Descriptor roles (section 7) take their capabilities from other frameworks.
    if (role && role.kind !== 'capabilities') return [];
    return analyseCoverage(context).unrecognised.map(({ bullet }) => ({
      message:
        `This is not one of the framework’s capability statements${role ? ` for the ${roleName(role)} role or any other role` : ''}. ` +
        `If it is a duty or a requirement of the post, move it to "Main duties" or "Person specification"; if it is meant as a capability, use the framework wording.`,
      range: bullet.range,
    }));
  },
};
