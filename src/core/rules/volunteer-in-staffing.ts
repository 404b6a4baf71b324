import { getFramework } from '../framework/load';
import { documentText } from '../text/document-text';
import { findPhrases } from '../text/find-phrases';
import { isNegated } from '../text/negated';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'volunteer-in-staffing',
  defaultSeverity: 'warning',
  summary:
    'A volunteer role’s description counts the volunteer in the service’s staffing: staffing levels, rotas, covering staff shortages.',
  get rationale() {
    const { source } = getFramework().guidance.volunteers.staffing;
    return `The workforce plan (${source.ref}) says: "${source.quote}" A volunteer post that fills the staffing of the service is a paid post described as a volunteer one.`;
  },
  get sources() {
    return [getFramework().guidance.volunteers.staffing.source];
  },
  fixesOffered: [],
  check(context) {
    if (!context.volunteer) return [];
    const { evidence, exceptions, source } = context.framework.guidance.volunteers.staffing;
    const prose = documentText(context.doc);
    const affirmed = findPhrases(prose.text, evidence, exceptions).filter(
      (m) => !isNegated(context.doc, prose.text, m),
    );
    return affirmed.map((m) => ({
      message:
        `'${prose.written(m.start, m.end)}' counts this volunteer in the service’s staffing, and the workforce plan (${source.ref}) says volunteers work in a supernumerary capacity and "are not to be factored into service provision, service delivery or workforce calculations". ` +
        'Describe what the volunteer adds to the paid team, or make the post a paid role.',
      range: prose.range(m.start, m.end),
      data: { phrase: m.phrase },
    }));
  },
};
