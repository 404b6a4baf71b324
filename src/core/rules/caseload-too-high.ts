import { lowerFirst } from '../text/case';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'caseload-too-high',
  defaultSeverity: 'warning',
  summary: 'The caseload is above 40, or 40 or more for CYP drug and alcohol workers and outreach settings.',
  rationale:
    'The workforce plan (section 4) says good practice is a caseload of 40 or less, and (4.4) that caseloads need to be lower for outreach work and for CYP drug and alcohol workers. High caseloads reduce the quality of care and drive burnout.',
  sources: [
    { document: 'plan', ref: '4' },
    { document: 'plan', ref: '4.4' },
  ],
  fixable: false,
  check(context) {
    const caseload = context.fields.caseload;
    const field = context.field('caseload');
    if (caseload === undefined || !field) return [];
    const guidance = context.framework.guidance.caseload;
    const max = context.config.caseload.max ?? guidance.max;
    const lowerMax = context.config.caseload.lowerMax ?? max;
    const role = context.role?.id;
    const lowerBecause =
      role && guidance.lower.roles.includes(role)
        ? `${lowerFirst(context.role!.name)} posts`
        : context.fields.setting && guidance.lower.settings.includes(context.fields.setting)
          ? `${context.fields.setting} work`
          : null;
    if (lowerBecause) {
      if (caseload < lowerMax) return [];
      return [
        {
          message: `A caseload of ${caseload} is too high for ${lowerBecause}: the workforce plan (4.4) says caseloads must be lower than the general limit of ${max}. Reduce it below ${lowerMax}.`,
          range: field.valueRange,
          data: { caseload, limit: lowerMax, lower: true },
        },
      ];
    }
    if (caseload <= max) return [];
    return [
      {
        message: `A caseload of ${caseload} is above ${max}: the workforce plan (section 4) says good practice is a caseload of ${max} or less, depending on complexity.`,
        range: field.valueRange,
        data: { caseload, limit: max, lower: false },
      },
    ];
  },
};
