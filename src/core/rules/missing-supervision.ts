import { supervisionEdit } from '../edits/add-supervision';
import type { GuidanceData, Role, SourceRef } from '../framework/schema';
import { SUPERVISION_HEADING, supervisionOffers, supervisionSection } from '../scaffold';
import { containsAnyPhrase } from '../text/find-phrases';
import { documentText } from '../text/document-text';
import type { LintContext } from '../lint-context';
import type { Rule } from './rule';

type Requirement = Pick<GuidanceData['supervision'][number], 'evidence' | 'offer' | 'source'> & { kind: string };

export const rule: Rule = {
  id: 'missing-supervision',
  defaultSeverity: 'warning',
  summary:
    'The document does not mention the supervision the role must receive: clinical supervision, safeguarding supervision for CYP drug and alcohol workers, supportive supervision for peer support workers, supervision for volunteers.',
  rationale:
    'The workforce plan (3.2) says everyone delivering treatment and recovery interventions must have regular clinical supervision, monthly for at least 60 minutes in full-time regulated roles; CYP drug and alcohol workers must also have safeguarding supervision (35.1); peer support workers need supportive supervision (framework section 4, plan section 38); volunteers should be supervised and supported (39.1, 41.1). Saying so in the job description tells applicants the post is safe and supported.',
  sources: [
    { document: 'plan', ref: '3.2' },
    { document: 'plan', ref: '35.1' },
    { document: 'framework', ref: '4' },
    { document: 'plan', ref: '38' },
    { document: 'plan', ref: '39.1' },
    { document: 'plan', ref: '41.1' },
  ],
  fixesOffered: [
    'Insert a "Supervision and support" section with the supervision the role must receive, worded as a new job description words it; or, when the section is there, add the kinds it lacks.',
  ],
  check(context) {
    const role = context.role;
    const guidance = context.framework.guidance;
    // Volunteers must be supervised (plan 39.1, 41.1) but not clinically: they must not do
    // clinical work at all (volunteer-clinical-duties reports volunteers in clinical roles).
    const requirements: Requirement[] = context.volunteer
      ? [{ kind: 'volunteer', ...guidance.volunteers.supervision }]
      : role
        ? guidance.supervision.filter((s) => s.roles.includes(role.id))
        : casework(context);
    const text = documentText(context.doc).text;
    const missing = requirements.filter((r) => !containsAnyPhrase(text, r.evidence));
    if (missing.length === 0) return [];

    // One fix for all: the section a new document for the post has, or the missing kinds added to the document's own.
    const section = context.volunteer
      ? supervisionSection(context.framework, [guidance.volunteers.supervision.offer], 'volunteer')
      : supervisionSection(context.framework, role ? supervisionOffers(context.framework, context.ownRoleIds) : missing.map((r) => r.offer), 'paid');
    const place = supervisionEdit(context.doc, section, missing.map((r) => r.offer));
    const title = place.heading
      ? `Add ${missing.map((r) => r.kind).join(' and ')} supervision to "${place.heading.text}"`
      : `Insert a ${SUPERVISION_HEADING} section`;
    return missing.map((requirement) => ({
      message: `${sentence(requirement.kind, role)} (${cite(requirement.source)}). ${advice(requirement.kind)}`,
      range: place.range,
      data: { kind: requirement.kind, ...(role ? { roles: [role.id] } : {}) },
      fixes: [{ title, edits: [place.edit] }],
    }));
  },
};

/**
 * With no role known, a post that holds a caseload or delivers treatment
 * still needs clinical supervision: plan 3.2 asks it of everyone delivering
 * treatment and recovery interventions, whatever the role.
 */
function casework(context: LintContext): Requirement[] {
  if (!context.describesCasework) return [];
  return context.framework.guidance.supervision.filter((s) => s.kind === 'clinical');
}

function sentence(kind: string, role: Role | null): string {
  if (kind === 'volunteer') return 'The document does not say how this volunteer will be supervised';
  const who = role ? `${role.name.toLowerCase()} posts` : 'a post that holds a caseload or delivers treatment, whatever its role,';
  return `The document does not mention ${kind} supervision, which ${who} must have`;
}

function advice(kind: string): string {
  return kind === 'volunteer' ? 'Say who will supervise the volunteer and how often.' : 'Say how and how often the postholder will receive it.';
}

function cite(source: SourceRef): string {
  return source.document === 'plan' ? `workforce plan ${source.ref}` : `framework section ${source.ref}`;
}
