import { supervisionEdit } from '../edits/add-supervision';
import { roleName, roleNames } from '../coverage';
import { getFramework } from '../framework/load';
import type { GuidanceData, Role, SourceRef } from '../framework/schema';
import { SUPERVISION_HEADING, supervisionOffer, supervisionOffers, supervisionSection } from '../scaffold';
import { givesSupervision, readSupervision } from '../supervision-offered';
import { upperFirst } from '../text/case';
import { listing } from '../text/listing';
import type { LintContext } from '../lint-context';
import type { Rule } from './rule';

/**
 * Supervision a post must have, with the bullet that offers it to this post;
 * `because`: the sentence saying why, when it is not the post's role, given
 * what the document says instead (`onRequest`: it offers it only on request).
 */
type Requirement = Pick<GuidanceData['supervision'][number], 'evidence' | 'offer' | 'source' | 'notOptional'> & {
  kind: string;
  because?: (onRequest?: string) => string;
};

export const rule: Rule = {
  id: 'missing-supervision',
  defaultSeverity: 'warning',
  get summary() {
    const framework = getFramework();
    const kinds = framework.guidance.supervision.map((s) => `${s.kind} supervision for ${whoMust(s.roles)}`);
    const supervisors = framework.guidance.supervision
      .filter((s) => s.supervisors)
      .map((s) => `${s.kind} supervision for those who give it`);
    const otherWork = framework.guidance.otherRoleWork.map(
      (w) =>
        `${w.supervision.kind} supervision for a ${roleName(framework.role(w.role)!)} post given another role’s work`,
    );
    return `The document does not say the postholder regularly receives the supervision the role must have: ${listing([...kinds, ...supervisors, ...otherWork, 'supervision for volunteers'])}.`;
  },
  get rationale() {
    const { supervision, volunteers } = getFramework().guidance;
    const details = [...supervision, volunteers.supervision].map((s) => `${upperFirst(cite(s.source))}: ${s.detail}`);
    for (const s of supervision) {
      if (s.supervisors)
        details.push(
          `${upperFirst(cite(s.supervisors.source))} asks that ${s.kind} supervisors receive it themselves.`,
        );
      if (s.notOptional)
        details.push(
          `${upperFirst(cite(s.notOptional.source))} asks that ${s.kind} supervision be no optional add-on: offered only on request, it is not the regular supervision the role must have.`,
        );
    }
    return `${details.join(' ')} Saying so in the job description tells applicants the post is safe and supported.`;
  },
  get sources() {
    const { supervision, otherRoleWork, volunteers } = getFramework().guidance;
    return [
      ...supervision.flatMap((s) => [
        s.source,
        ...[s.regulatedOffer, s.supervisors, s.notOptional].flatMap((x) => (x ? [x.source] : [])),
      ]),
      ...otherRoleWork.map((w) => w.supervision.source),
      volunteers.source,
      volunteers.supervision.source,
    ];
  },
  fixesOffered: [
    'Insert a "Supervision and support" section with the supervision the role must receive, worded as a new job description words it (a monthly session of at least 60 minutes only for regulated roles, the posts plan 3.2 sets it for); or, when the section is there, add the kinds it lacks. Never applied by Fix all: it says what the employer provides.',
  ],
  check(context) {
    const role = context.role;
    const guidance = context.framework.guidance;
    // Volunteers must be supervised (plan 39.1, 41.1) but not clinically: they must not do
    // clinical work at all (volunteer-clinical-duties reports volunteers in clinical roles).
    const requirements: Requirement[] = context.volunteer
      ? [{ kind: 'volunteer', ...guidance.volunteers.supervision }]
      : (role ? guidance.supervision.filter((s) => s.roles.includes(role.id)) : casework(context)).map((s) => ({
          ...s,
          offer: supervisionOffer(s, role),
        }));
    if (!context.volunteer) requirements.push(...asSupervisor(context, requirements));
    requirements.push(...forOtherRoleWork(context, requirements));
    const readings = requirements.map((r) => readSupervision(context.doc, r));
    const missing = requirements.filter((_, i) => !readings[i].offeredRegularly);
    if (missing.length === 0) return [];

    // One fix for all: the section a new document for the post has, or the missing kinds added to the document's own.
    const section = context.volunteer
      ? supervisionSection(context.framework, [guidance.volunteers.supervision.offer], 'volunteer')
      : supervisionSection(
          context.framework,
          role
            ? [
                ...new Set([
                  ...supervisionOffers(context.framework, role, context.ownRoleIds),
                  ...missing.map((r) => r.offer),
                ]),
              ]
            : missing.map((r) => r.offer),
          'paid',
        );
    const place = supervisionEdit(
      context.doc,
      section,
      missing.map((r) => r.offer),
    );
    const title = place.heading
      ? `Add ${missing.map((r) => r.kind).join(' and ')} supervision to "${place.heading.text}"`
      : `Insert a ${SUPERVISION_HEADING} section`;
    return missing.map((requirement) => ({
      message: message(requirement, role, readings[requirements.indexOf(requirement)]),
      range: place.range,
      data: { kind: requirement.kind, ...(role ? { roles: [role.id] } : {}) },
      // The section says what the employer provides, which only the employer can promise.
      fixes: [{ title, edits: [place.edit], needsJudgement: true }],
    }));
  },
};

/** "clinical roles" when the roles are every clinical role (framework sections 5 and 7), else their names as posts. */
function whoMust(ids: readonly string[]): string {
  const framework = getFramework();
  const clinical = framework.roles.filter((r) => r.clinical);
  if (clinical.length === ids.length && clinical.every((r) => ids.includes(r.id))) return 'clinical roles';
  return `${roleNames(framework.roles.filter((r) => ids.includes(r.id)))} posts`;
}

/**
 * With no role known, a post that holds a caseload or delivers treatment
 * still needs clinical supervision: plan 3.2 asks it of everyone delivering
 * treatment and recovery interventions, whatever the role.
 */
function casework(context: LintContext): GuidanceData['supervision'] {
  if (!context.describesCasework) return [];
  return context.framework.guidance.supervision.filter((s) => s.kind === 'clinical');
}

/**
 * Supervision the post must receive because the postholder gives it (plan
 * 3.3: clinical supervisors should receive clinical supervision themselves),
 * whatever the role, when the role does not already require it.
 */
function asSupervisor(context: LintContext, required: readonly Requirement[]): Requirement[] {
  return context.framework.guidance.supervision
    .filter((s) => s.supervisors && !required.some((r) => r.kind === s.kind) && givesSupervision(context.doc, s))
    .map((s) => ({
      ...s,
      source: s.supervisors!.source,
      offer: supervisionOffer(s, context.role),
      because: (onRequest) =>
        `The postholder gives ${s.kind} supervision, but the document ${onRequest ? onlyOnRequest(s.kind, onRequest) : 'does not say they receive it'}, which ${s.kind} supervisors should`,
    }));
}

/**
 * Supervision a post needs for another role's work its text gives it: a peer
 * support worker doing keyworkers' clinical work needs clinical supervision
 * (plan 38), besides the supportive supervision of the role.
 */
function forOtherRoleWork(context: LintContext, required: readonly Requirement[]): Requirement[] {
  const found: Requirement[] = [];
  for (const { work, match } of context.otherRoleDuties) {
    const { kind, source } = work.supervision;
    const supervision = context.framework.guidance.supervision.find((s) => s.kind === kind);
    if (!supervision || [...required, ...found].some((r) => r.kind === kind)) continue;
    found.push({
      ...supervision,
      source,
      offer: supervisionOffer(supervision, context.role),
      because: (onRequest) =>
        `The post includes another role’s work ('${match.phrase}'), but the document ${onRequest ? onlyOnRequest(kind, onRequest) : `does not mention ${kind} supervision`}, which that work needs`,
    });
  }
  return found;
}

/** Why the requirement is not met, with its source, what the source says of supervision only on request, and what to do. */
function message(requirement: Requirement, role: Role | null, reading: Reading): string {
  const notOptional =
    reading.onRequest && requirement.notOptional
      ? ` ${upperFirst(cite(requirement.notOptional.source))}: "${requirement.notOptional.source.quote}"`
      : '';
  return `${sentence(requirement, role, reading)} (${cite(requirement.source)}).${notOptional} ${advice(requirement.kind)}`;
}

type Reading = { onRequest?: string; given: boolean; arranged: boolean };

/**
 * Why the requirement is not met, by how the document mentions that kind of
 * supervision: only on request (plan 3.2 asks for regular supervision), only
 * as given by the postholder, or arranged by them for others ("Ensure all
 * staff receive …"), or not at all.
 */
function sentence({ kind, because }: Requirement, role: Role | null, { onRequest, given, arranged }: Reading): string {
  if (because) return because(onRequest);
  if (kind === 'volunteer')
    return onRequest
      ? `The document offers this volunteer supervision only "${onRequest}", not regular supervision`
      : 'The document does not say how this volunteer will be supervised';
  const who = role
    ? `${role.name.toLowerCase()} posts`
    : 'a post that holds a caseload or delivers treatment, whatever its role,';
  if (onRequest)
    return `The document offers ${kind} supervision only "${onRequest}", not the regular ${kind} supervision ${who} must have`;
  if (!given && !arranged) return `The document does not mention ${kind} supervision, which ${who} must have`;
  const how = [given ? 'gives' : '', arranged ? 'arranges for others' : ''].filter(Boolean).join(' or ');
  return `The document mentions ${kind} supervision only as something the postholder ${how}, not as something they receive, which ${who} must`;
}

/** What the document says of a kind of supervision offered only on request: not the regular supervision plan 3.2 asks for. */
function onlyOnRequest(kind: string, onRequest: string): string {
  return `offers ${kind} supervision only "${onRequest}", not regularly`;
}

function advice(kind: string): string {
  return kind === 'volunteer'
    ? 'Say who will supervise the volunteer and how often.'
    : 'Say how and how often the postholder will receive it.';
}

function cite(source: SourceRef): string {
  return source.document === 'plan' ? `workforce plan ${source.ref}` : `framework section ${source.ref}`;
}
