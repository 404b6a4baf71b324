import type { JdDocument } from './document/parse';
import { documentText } from './text/document-text';
import type { PhraseMatch } from './text/find-phrases';
import { clauseBefore, negatedAfter } from './text/negated';
import { affirmedAboutThePost } from './text/post-prose';

/**
 * A verb that makes the postholder the one who supervises others ("provide
 * clinical supervision to the team"; a manager's "line manage the team,
 * including monthly management supervision"), unless a verb of receiving or a
 * service's own voice ("we provide") comes between it and the supervision, or
 * someone else is its subject ("your line manager will provide").
 * ASCII word boundaries, as in negated.ts: "managed", "manager" and
 * "supervised" are not among them. Managing is giving only as line
 * management: "manage a caseload and have monthly clinical supervision" is
 * an offer.
 */
const GIVING =
  /\b(?:provid(?:e|es|ing)|deliver(?:s|ing)?|giv(?:e|es|ing)|facilitat(?:e|es|ing)|lead(?:s|ing)?|conduct(?:s|ing)?|run(?:s|ning)?|carry(?:ing)? out|undertak(?:e|es|ing)|line[ -]?manag(?:e|es|ing)|supervis(?:e|es|ing)|oversee(?:s|ing)?)\b/gi;
/** A verb of receiving between the giving verb and the supervision: "deliver and receive clinical supervision". */
const RECEIVING =
  /\b(?:receiv(?:e|es|ing)|attend(?:s|ing)?|access|engag(?:e|es|ing)|participat(?:e|es|ing)|benefit(?:s|ting)?)\b/i;
/** The employer speaking: "we provide", "our clinical leads deliver", "the service provides". */
const EMPLOYER = /\b(?:we|our|us|(?:the|this) (?:service|organi[sz]ation|trust|employer|charity|company))\b/i;
/**
 * Someone other than the postholder as the giving verb's subject, at the start
 * of the clause or after a comma or "and": "Your line manager will provide",
 * "the clinical lead provides"; not "the postholder will provide".
 */
const SOMEONE_ELSE =
  /(?:^|[,:]\s*|\band\s+)(?:your|their|a|an|the|each)\s+(?!post\s?holder|job\s?holder|role\s?holder|successful)(?:[a-z'-]+\s+){1,3}(?:(?:will|shall|would|can|may)\s+)?$/i;

/**
 * Whether the job description offers a kind of supervision: its prose names
 * it in any of the words the guidance data lists as its evidence, as
 * something the postholder receives. Not an offer:
 * - a mention in the Capabilities section: its framework statements say what
 *   the postholder does ("able to engage in regular clinical supervision",
 *   "provide clinical supervision to others"), not what the employer provides;
 *   nor in the person specification, which says what an applicant brings
 *   ("Clinical supervision training"), unless the employer speaks ("The
 *   Trust provides clinical supervision", aboutThePost);
 * - a mention the text denies ("There is no clinical supervision", "Clinical
 *   supervision is not available");
 * - supervision the postholder gives ("Provide clinical supervision to recovery
 *   workers"), which a team leader's post often lists among its duties.
 * Plan 3.2 asks that the postholder receives it. What the missing-supervision
 * rule looks for, and all an export may promise applicants.
 */
export function offersSupervision(doc: JdDocument, kind: { readonly evidence: readonly string[] }): boolean {
  return supervisionOfferedAt(doc, kind).length > 0;
}

/** Where the prose offers the postholder this kind of supervision, as offersSupervision reads it: for quoting the offer. */
export function supervisionOfferedAt(doc: JdDocument, kind: { readonly evidence: readonly string[] }): PhraseMatch[] {
  return mentions(doc, kind).flatMap((m) => (m.given ? [] : [m.match]));
}

/**
 * Whether the postholder gives this kind of supervision to others, by the
 * same reading of the text: plan 3.3 asks that clinical supervisors receive
 * clinical supervision themselves.
 */
export function givesSupervision(doc: JdDocument, kind: { readonly evidence: readonly string[] }): boolean {
  return supervisionGivenAt(doc, kind).length > 0;
}

/** Where the prose has the postholder giving this kind of supervision, as givesSupervision reads it. */
export function supervisionGivenAt(doc: JdDocument, kind: { readonly evidence: readonly string[] }): PhraseMatch[] {
  return mentions(doc, kind).flatMap((m) => (m.given ? [m.match] : []));
}

/** Both readings of one kind from one pass over the text: whether the prose offers it to the postholder (offersSupervision), and whether the postholder gives it (givesSupervision). */
export function readSupervision(
  doc: JdDocument,
  kind: { readonly evidence: readonly string[] },
): { offered: boolean; given: boolean } {
  const found = mentions(doc, kind);
  return { offered: found.some((m) => !m.given), given: found.some((m) => m.given) };
}

/** The supervision the prose says the post has, outside the sections that are no offer and not denied, and who gives it. */
function mentions(
  doc: JdDocument,
  kind: { readonly evidence: readonly string[] },
): { match: PhraseMatch; given: boolean }[] {
  const text = documentText(doc).text;
  return affirmedAboutThePost(doc, kind.evidence)
    .filter((m) => !negatedAfter(text, m.end))
    .map((match) => ({ match, given: givenByPostholder(clauseBefore(text, match.start)) }));
}

/** Whether the clause leading up to the supervision has the postholder giving it. */
function givenByPostholder(clause: string): boolean {
  let giving: RegExpExecArray | undefined;
  for (const m of clause.matchAll(GIVING)) giving = m;
  if (!giving) return false;
  const before = clause.slice(0, giving.index);
  const after = clause.slice(giving.index + giving[0].length);
  return !RECEIVING.test(after) && !EMPLOYER.test(before + giving[0]) && !SOMEONE_ELSE.test(before.trimStart());
}
