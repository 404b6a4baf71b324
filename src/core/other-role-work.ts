// Another role's work that the sources single out when a post of one role is
// given it (guidance otherRoleWork): the workforce plan reports peer support
// workers doing keyworkers' assessments, care plans and treatment
// interventions. Read by other-role-duties, which reports it, and by
// missing-supervision, as such work needs clinical supervision (plan 38).
import type { GuidanceData } from './framework/schema';
import type { LintContext } from './lint-context';
import type { PhraseMatch } from './text/find-phrases';
import { affirmedAboutThePost } from './text/post-prose';

export interface OtherRoleDuty {
  work: GuidanceData['otherRoleWork'][number];
  /** Where the text gives the post that work. */
  match: PhraseMatch;
}

/**
 * Where a paid post's text gives it work the sources name as another role's,
 * one place a line, in text order: not in the Capabilities section or the
 * person specification (aboutThePost), and not where the text rules it out.
 */
export function otherRoleDuties(context: LintContext): OtherRoleDuty[] {
  const role = context.role;
  if (!role || context.volunteer) return [];
  const works = context.framework.guidance.otherRoleWork.filter((w) => w.role === role.id);
  if (works.length === 0) return [];
  const lines = new Set<number>();
  return works
    .flatMap((work) => affirmedAboutThePost(context.doc, work.evidence).map((match) => ({ work, match })))
    .sort((a, b) => a.match.start - b.match.start)
    .filter(({ match }) => {
      const line = context.doc.lines.positionAt(match.start).line;
      return !lines.has(line) && !!lines.add(line);
    });
}
