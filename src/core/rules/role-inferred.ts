import { insertField } from '../edits/front-matter-edits';
import { capabilitiesAnchor } from '../coverage';
import type { LintContext } from '../lint-context';
import { withLazyFixes, type Rule } from './rule';

/** Statement ids named in the message; the rest are in the diagnostic's data. */
const MAX_IDS_SHOWN = 5;

export const rule: Rule = {
  id: 'role-inferred',
  defaultSeverity: 'information',
  summary:
    'There is no "role" field, so jdkit worked out the framework role from the title, or from the capabilities and duties.',
  rationale:
    'jdkit checks a job description against the capabilities of one framework role (capability framework sections 5 to 7). Without a "role" field it uses the role the job title names or, failing that, the role whose statements most capabilities and duties restate, in the framework’s words or the employer’s, made the children and young people’s role when the post works with them (the population field, a title qualifier or the text says so). Declaring the role makes the checks certain.',
  sources: [{ document: 'framework', ref: '2' }],
  fixesOffered: ['Add a "role" field with the role jdkit inferred (one fix for each role an ambiguous title names).'],
  check(context) {
    const source = context.roleSource;
    const role = context.role;
    // A role field jdkit cannot read is reported by invalid-front-matter. When no role could be
    // inferred there is nothing useful to add: unknown-title or vague-title already explains the title.
    if ((source !== 'title' && source !== 'capabilities') || !role || context.field('role')) return [];
    const titleField = context.field('title');
    const fromTitle = source === 'title' && titleField;
    const range = fromTitle ? titleField.valueRange : capabilitiesAnchor(context);
    const from = fromTitle ? `the job title "${context.title.title}"${textPopulation(context)}` : fromBody(context);
    // An ambiguous title names several roles: offer each, the one taken first.
    const candidates = fromTitle ? [role.id, ...context.titleRoles.filter((id) => id !== role.id)] : [role.id];
    const others = candidates.slice(1).map((id) => `"${context.framework.role(id)!.name}"`);
    return [
      withLazyFixes(
        {
          message:
            `There is no "role" field, so jdkit took the role "${role.name}" (capability framework section ${role.section}) from ${from} and checks the document against it.` +
            (others.length > 0 ? ` The title could also mean ${others.join(' or ')}.` : '') +
            ` Add "role: ${role.id}" to the front matter to make this certain.`,
          range,
          data: {
            roles: candidates,
            source,
            ...(context.roleEvidence?.bullets.length
              ? { statements: [...new Set(context.roleEvidence.bullets.map((b) => b.match.best!.statement.id))] }
              : {}),
          },
        },
        // Built when read: inserting a field serialises YAML, and every legacy document without a role gets this finding.
        () =>
          candidates.flatMap((id) => {
            const edit = insertField(context.doc, 'role', id);
            return edit ? [{ title: `Add role: ${id}`, edits: [edit], needsJudgement: true }] : [];
          }),
      ),
    ];
  },
};

/** "the 6 capabilities and duties that restate its statements (DAW-3-01, …), and the text, which is about children and young people (5 mentions, 0 of adults)". */
function fromBody(context: LintContext): string {
  const evidence = context.roleEvidence!;
  const ids = [...new Set(evidence.bullets.map((b) => b.match.best!.statement.id))];
  const shown = ids.slice(0, MAX_IDS_SHOWN).join(', ') + (ids.length > MAX_IDS_SHOWN ? ', …' : '');
  return `the ${evidence.bullets.length} capabilities and duties that restate its statements (${shown})${textPopulation(context)}`;
}

/** ", and the text, which is about children and young people (5 mentions, 0 of adults)," when the text decided the population; else "". */
function textPopulation(context: LintContext): string {
  const mentions = context.roleEvidence?.populationMentions;
  return mentions
    ? `, and the text, which is about children and young people (${mentions['children-and-young-people']} mentions, ${mentions.adults} of adults),`
    : '';
}
