import { findPhrases } from '../text/find-phrases';
import { outsideCapabilities } from '../text/post-prose';
import { anchorRange, documentText } from '../text/document-text';
import { getFramework } from '../framework/load';
import { listing, numberRanges } from '../text/listing';
import { roleNames } from '../coverage';
import type { Rule } from './rule';

const regulatedRoles = () => getFramework().roles.filter((r) => r.regulation);

const PERSON_SPECIFICATION = /^person\s+spec/i;
const REGULATED = {
  document: 'framework',
  ref: '2',
  quote: 'Regulated professionals must work in line with their professional regulation requirements.',
} as const;

export const rule: Rule = {
  id: 'missing-registration',
  defaultSeverity: 'warning',
  get summary() {
    return `A regulated role (${roleNames(regulatedRoles())}) never names the registration the postholder must hold.`;
  },
  get rationale() {
    const roles = regulatedRoles();
    return (
      `The framework (section ${REGULATED.ref}) says regulated professionals must work in line with their professional regulation requirements, ` +
      `and each regulated role profile (${numberRanges(roles.map((r) => r.section))}) names its regulator (${listing(roles.map((r) => r.regulation!.regulator))}). ` +
      'A job description that does not ask for that registration may recruit someone who cannot lawfully practise in the role.'
    );
  },
  get sources() {
    return [REGULATED, ...regulatedRoles().map((r) => r.regulation!.source)];
  },
  fixesOffered: [],
  check(context) {
    const role = context.role;
    const regulation = role?.regulation;
    if (!role || !regulation) return [];
    // The role's own statements name its regulator ("standards set by SWE"): only the employer's words show the requirement.
    const text = documentText(context.doc).text;
    if (findPhrases(text, regulation.evidence).some(outsideCapabilities(context.doc, text))) return [];
    return [
      {
        message: `${role.name} posts are regulated: say that the postholder must hold ${regulation.requirement} (framework section ${regulation.source.ref}).`,
        range: anchorRange(context.doc, PERSON_SPECIFICATION),
        data: { role: role.id, regulator: regulation.regulator, roles: [role.id] },
      },
    ];
  },
};
