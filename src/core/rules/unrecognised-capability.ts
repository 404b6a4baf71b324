import { analyseCoverage, roleName } from '../coverage';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'unrecognised-capability',
  defaultSeverity: 'information',
  summary:
    'A bullet in the Capabilities section matches no framework capability statement, in the framework’s wording or in other words.',
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
        // jdkit's matching, not the framework, is what failed to place it: a paraphrase may be too free to recognise.
        `jdkit cannot match this to any of the framework’s capability statements${role ? ` (the ${roleName(role)} role’s or any other role’s)` : ''}, in their wording or in other words. ` +
        `If it is a duty or a requirement of the post, move it to "Main duties" or "Person specification"; if it is meant as a capability, use the framework wording.`,
      range: bullet.range,
    }));
  },
};
