import { replaceFieldValue, setField } from '../edits/front-matter-edits';
import type { Role, RoleId } from '../framework/schema';
import type { LintContext } from '../lint-context';
import type { BulletMatch } from '../match/matcher';
import type { Fix } from '../types';
import type { Finding, Rule } from './rule';
import { canonicalTitle } from '../title';
import { mostVoted } from '../votes';

/** The capabilities point to another role only when at least this many bullets are that role's alone. */
const MIN_OTHER_ROLE_BULLETS = 5;

export const rule: Rule = {
  id: 'title-role-mismatch',
  defaultSeverity: 'warning',
  summary: 'The job title, the declared role and the capabilities listed do not describe the same framework role.',
  rationale:
    'The workforce plan (6.18) says employers must ensure job adverts and job titles align with job responsibilities and the capability framework, and (6.8) use the framework to clearly define roles, job descriptions and job titles. The framework (section 2) says its capabilities are fundamental to each specified role. A title for one role over the capabilities of another misleads applicants.',
  sources: [
    { document: 'plan', ref: '6.18' },
    { document: 'plan', ref: '6.8' },
    { document: 'framework', ref: '2' },
  ],
  fixesOffered: [
    'When the title names one role and the front matter declares another: set the role to the one the title names, or change the title to the declared role’s framework title.',
    'When most capabilities are another role’s statements: set the role to that role.',
  ],
  check(context) {
    const findings: Finding[] = [];
    const evidence = capabilityEvidence(context);
    const titleMismatch = titleAgainstDeclaredRole(context, evidence);
    if (titleMismatch) findings.push(titleMismatch);
    const other = otherRoleOfCapabilities(context, evidence);
    // When the capabilities point to the role the title names, the finding above already says so.
    if (other && !(titleMismatch && context.titleRoles.includes(other.id))) {
      findings.push(capabilitiesMismatch(context, other, evidence));
    }
    return findings;
  },
};

interface CapabilityEvidence {
  /** Bullets that match some framework statement. */
  matched: number;
  /** Of those, the ones whose best match is a statement of the document's role (or a role it builds on). */
  own: number;
  /** The other role with most bullets that are its statements and not even a close variant of one of the document's role. */
  other: { role: RoleId; count: number } | null;
}

function capabilityEvidence(context: LintContext): CapabilityEvidence {
  const ownRoles = context.ownRoleIds;
  const rolesOf = (match: BulletMatch) => match.best?.sameText.map((s) => s.role) ?? [];
  const isOwn = (match: BulletMatch) => rolesOf(match).some((r) => ownRoles.has(r));
  const matched = context.bullets.filter(({ match }) => match.best);
  const others = matched.filter(({ match }) => !isOwn(match) && !match.own);
  const leader = mostVoted(others, ({ match }) => rolesOf(match));
  return {
    matched: matched.length,
    own: matched.filter(({ match }) => isOwn(match)).length,
    other: leader && { role: leader.key, count: leader.voters.length },
  };
}

/** The title names a role and the front matter declares a different one. */
function titleAgainstDeclaredRole(context: LintContext, evidence: CapabilityEvidence): Finding | null {
  const declared = context.roleSource === 'declared' ? context.role : null;
  const titleRoles = context.titleRoles;
  const roleField = context.field('role');
  const titleField = context.field('title');
  if (!declared || !roleField || !titleField || titleRoles.length === 0 || titleRoles.includes(declared.id))
    return null;
  const titleRole = context.framework.role(titleRoles[0])!;
  const declaredTitle = canonicalTitle(context.framework, declared.id);
  const setRole: Fix = {
    title: `Set role to ${titleRole.id}`,
    edits: [replaceFieldValue(context.doc, roleField, titleRole.id)],
    needsJudgement: true,
  };
  const setTitle: Fix = {
    title: `Change the title to "${declaredTitle}"`,
    edits: [replaceFieldValue(context.doc, titleField, declaredTitle)],
    needsJudgement: true,
  };
  // Most capabilities being the declared role's says the title is the odd one out.
  const capabilitiesAgree = evidence.matched > 0 && evidence.own > evidence.matched / 2;
  return {
    message:
      `The job title "${context.title.title}" names the framework role "${titleRole.name}" (section ${titleRole.section}), but the front matter declares role: ${declared.id} ("${declared.name}", section ${declared.section}). ` +
      (capabilitiesAgree
        ? `The capabilities listed are those of the "${declared.name}" role, so the title is probably what should change. `
        : '') +
      'The workforce plan (6.18) asks that job titles align with the role and the capability framework: change the title or the role so they agree.',
    range: roleField.valueRange,
    data: { roles: [declared.id, titleRole.id] },
    fixes: capabilitiesAgree ? [setTitle, setRole] : [setRole, setTitle],
  };
}

/**
 * The other role most capabilities belong to: at least MIN_OTHER_ROLE_BULLETS
 * bullets that are only its statements, and more than half of the recognised
 * bullets. Not for an inferred-from-capabilities role (it is the capabilities'
 * role by definition) nor a descriptor-only role (it has no statements of its own).
 */
function otherRoleOfCapabilities(context: LintContext, evidence: CapabilityEvidence): Role | null {
  const current = context.role;
  if (!current || current.kind === 'descriptor' || context.roleSource === 'capabilities') return null;
  const other = evidence.other;
  return other && other.count >= MIN_OTHER_ROLE_BULLETS && other.count > evidence.matched / 2
    ? context.framework.role(other.role)!
    : null;
}

function capabilitiesMismatch(context: LintContext, other: Role, evidence: CapabilityEvidence): Finding {
  const current = context.role!;
  const heading = context.capabilities!.heading;
  const count = evidence.other!.count;
  const how =
    context.roleSource === 'declared'
      ? 'declared in the front matter'
      : `named by the job title "${context.title.title}"`;
  const edit = setField(context.doc, 'role', other.id);
  return {
    message:
      `${count} of the ${evidence.matched} capabilities jdkit recognises are framework statements for the "${other.name}" role (section ${other.section}), not for the "${current.name}" role ${how} (section ${current.section}). ` +
      `Either this is really a "${other.name}" post, or the capabilities were taken from the wrong part of the framework: set the role to ${other.id}, or use the capabilities in section ${current.section}.`,
    range: context.doc.lines.lineRange(heading.line),
    data: { roles: [current.id, other.id], count, matched: evidence.matched },
    ...(edit ? { fixes: [{ title: `Set role to ${other.id}`, edits: [edit], needsJudgement: true }] } : {}),
  };
}
