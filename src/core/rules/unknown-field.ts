import { renameField } from '../edits/front-matter-edits';
import { FIELD_BY_NAME, FIELD_SPECS } from '../fields';
import { closest } from '../text/closest';
import type { Finding, Rule } from './rule';

const FIELD_NAMES = FIELD_SPECS.map((f) => f.name);

export const rule: Rule = {
  id: 'unknown-field',
  defaultSeverity: 'warning',
  summary: 'A front-matter field is not one jdkit knows, often a misspelling such as "organization" or "closing-date".',
  rationale:
    'jdkit ignores fields it does not know, so a misspelt field is silently left out of the checks and of the Word export: a misspelt "role" or "caseload" switches off the checks against the framework roles (plan 6.8) and the caseload guidance (plan section 4). Correcting the name makes the value count.',
  sources: [
    { document: 'plan', ref: '6.8' },
    { document: 'plan', ref: '4' },
  ],
  fixesOffered: ['Rename the field to the known field it is nearest to, such as "closing-date" to "closing_date".'],
  check(context) {
    const findings: Finding[] = [];
    for (const [name, field] of context.doc.frontMatter?.fields ?? []) {
      if (FIELD_BY_NAME.has(name)) continue;
      const suggestion = closest(name, FIELD_NAMES);
      const ignored = `The front-matter field "${name}" is not one jdkit knows, so the checks and the Word export ignore it.`;
      if (!suggestion) {
        findings.push({
          message: `${ignored} The fields are: ${FIELD_NAMES.join(', ')}.`,
          range: field.keyRange,
          data: { field: name },
        });
        continue;
      }
      findings.push({
        message: `${ignored} Did you mean "${suggestion}"?`,
        range: field.keyRange,
        data: { field: name, suggestion },
        // Renaming onto a field that is already there would create a duplicate key.
        ...(context.doc.frontMatter!.fields.has(suggestion)
          ? {}
          : {
              fixes: [
                {
                  title: `Rename ${name} to ${suggestion}`,
                  edits: [renameField(field, suggestion)],
                  needsJudgement: true,
                },
              ],
            }),
      });
    }
    return findings;
  },
};
