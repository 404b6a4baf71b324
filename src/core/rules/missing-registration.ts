import { containsAnyPhrase } from '../text/find-phrases';
import { anchorRange, documentText } from '../text/document-text';
import type { Rule } from './rule';

const PERSON_SPECIFICATION = /^person\s+spec/i;

export const rule: Rule = {
  id: 'missing-registration',
  defaultSeverity: 'warning',
  summary: 'A regulated role (nurse, psychologist, social worker, pharmacy professional, doctor, counsellor) never names the registration the postholder must hold.',
  rationale:
    'The framework (section 2) says regulated professionals must work in line with their professional regulation requirements, and each regulated role profile (5.6 to 5.9, 7.1, 7.3) names its regulator. A job description that does not ask for that registration may recruit someone who cannot lawfully practise in the role.',
  sources: [
    { document: 'framework', ref: '2' },
    { document: 'framework', ref: '5.6' },
    { document: 'framework', ref: '5.7' },
    { document: 'framework', ref: '5.8' },
    { document: 'framework', ref: '5.9' },
    { document: 'framework', ref: '7.1' },
    { document: 'framework', ref: '7.3' },
  ],
  fixesOffered: [],
  check(context) {
    const role = context.role;
    const regulation = role?.regulation;
    if (!role || !regulation) return [];
    if (containsAnyPhrase(documentText(context.doc).text, regulation.evidence)) return [];
    return [
      {
        message: `${role.name} posts are regulated: say that the postholder must hold ${regulation.requirement} (framework section ${regulation.source.ref}).`,
        range: anchorRange(context.doc, PERSON_SPECIFICATION),
        data: { role: role.id, regulator: regulation.regulator, roles: [role.id] },
      },
    ];
  },
};
