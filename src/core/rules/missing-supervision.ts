import type { GuidanceData, Role, SourceRef } from '../framework/schema';
import { containsAnyPhrase } from '../text/find-phrases';
import { anchorRange, documentText } from '../text/document-text';
import type { LintContext } from '../lint-context';
import type { Finding, Rule } from './rule';

type Requirement = Pick<GuidanceData['supervision'][number], 'evidence' | 'detail' | 'source'> & { kind: string };

const SUPERVISION_HEADING = /\bsupervision\b/i;

/**
 * Volunteers (plan 39.1, 41.1) must be supervised, but not clinically: they
 * must not do clinical work at all. So for a volunteer role any mention of
 * supervision is enough, and the role's clinical, safeguarding or supportive
 * supervision does not apply (volunteer-clinical-duties reports volunteers in
 * clinical roles).
 */
const VOLUNTEER_SUPERVISION: Requirement = {
  kind: 'volunteer',
  evidence: ['supervision', 'supervised', 'supervisor', 'supervisors'],
  detail:
    'Volunteers should be supervised and supported (plan 39.1), with regular supervision from an appropriately trained supervisor, as the volunteering policy should set out.',
  source: {
    document: 'plan',
    ref: '41.1',
    quote: 'Regular supervision should be facilitated by an appropriately trained supervisor to ensure that volunteers are supported while they undertake the tasks they have been given.',
  },
};

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
  fixesOffered: [],
  check(context) {
    const role = context.role;
    const requirements: Requirement[] = context.volunteer
      ? [VOLUNTEER_SUPERVISION]
      : role
        ? context.framework.guidance.supervision.filter((s) => s.roles.includes(role.id))
        : casework(context);
    if (requirements.length === 0) return [];
    const text = documentText(context.doc).text;
    const findings: Finding[] = [];
    for (const requirement of requirements) {
      if (containsAnyPhrase(text, requirement.evidence)) continue;
      findings.push({
        message: `${missing(requirement.kind, role)} (${cite(requirement.source)}). ${detailFor(requirement, role)} ${advice(requirement.kind)}`,
        range: anchorRange(context.doc, SUPERVISION_HEADING),
        data: { kind: requirement.kind, ...(role ? { roles: [role.id] } : {}) },
      });
    }
    return findings;
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

function missing(kind: string, role: Role | null): string {
  if (kind === 'volunteer') return 'The document does not say how this volunteer will be supervised';
  const who = role ? `${role.name.toLowerCase()} posts` : 'a post that holds a caseload or delivers treatment, whatever its role,';
  return `The document does not mention ${kind} supervision, which ${who} must have`;
}

function advice(kind: string): string {
  return kind === 'volunteer' ? 'Say who will supervise the volunteer and how often.' : 'Say how and how often the postholder will receive it.';
}

/**
 * The guidance's explanation. Its sentence on the monthly 60-minute session
 * applies to regulated roles only (plan 3.2), so it is left out for the others.
 */
function detailFor(requirement: Requirement, role: Role | null): string {
  if (role?.regulation) return requirement.detail;
  return requirement.detail
    .split(/(?<=\.)\s+/)
    .filter((sentence) => !/\bregulated roles?\b/i.test(sentence))
    .join(' ');
}

function cite(source: SourceRef): string {
  return source.document === 'plan' ? `workforce plan ${source.ref}` : `framework section ${source.ref}`;
}
