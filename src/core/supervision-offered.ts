import type { JdDocument } from './document/parse';
import { documentText } from './text/document-text';
import type { PhraseMatch } from './text/find-phrases';
import { clauseBefore, negatedAfter } from './text/negated';
import { affirmedAboutThePost } from './text/post-prose';

/**
 * A verb that makes the postholder the one who supervises others ("provide
 * clinical supervision to the team"; a manager's "line manage the team,
 * including monthly management supervision") when the postholder is its
 * subject (givenByPostholder). ASCII word boundaries, as in negated.ts:
 * "managed", "manager" and "supervised" are not among them. Managing is
 * giving only as line management: "manage a caseload and have monthly
 * clinical supervision" is an offer.
 */
const GIVING =
  /\b(?:provid(?:e|es|ing)|deliver(?:s|ing)?|giv(?:e|es|ing)|offer(?:s|ing)?|facilitat(?:e|es|ing)|lead(?:s|ing)?|conduct(?:s|ing)?|run(?:s|ning)?|carry(?:ing)? out|undertak(?:e|es|ing)|line[ -]?manag(?:e|es|ing)|supervis(?:e|es|ing)|oversee(?:s|ing)?)\b/gi;
/** A verb of receiving, or "you" as the object, between the giving verb and the supervision: "deliver and receive", "provide you with". */
const RECEIVING =
  /\b(?:receiv(?:e|es|ing)|attend(?:s|ing)?|access|engag(?:e|es|ing)|participat(?:e|es|ing)|benefit(?:s|ting)?|you)\b/i;
/** A modal before the giving verb, and the word before it, its subject if any: "your line manager will provide", "you will deliver". */
const MODAL_BEFORE =
  /(?:^|\s)([\w'’-]+\s+)?(?:will|must|shall|should|can|may|would)\s+(?:also\s+)?(?:be\s+(?:expected|required|able)\s+to\s+)?$/i;
/** The postholder as a subject: "you", "the postholder", "the post holder", "the successful candidate". */
const POSTHOLDER = /^(?:you|you['’]ll|postholders?|holders?|jobholders?|candidates?)$/i;
/**
 * The word before a giving verb that leaves the postholder its subject: none
 * (a duty in the imperative, "Provide …"), or a word that joins or leads into
 * a duty ("Lead the team and provide …", "responsible for providing", "able to
 * deliver", "also").
 */
const DUTY_LEAD_IN = /^(?:and|or|to|for|also|then|both|help|helping)$/i;
/**
 * A role or responsibility that makes its holder the one who supervises,
 * as giving verbs do, when the supervision is its noun phrase: "responsible
 * for the clinical supervision of the team", "act as clinical supervisor to
 * two recovery workers", "take on the role of clinical supervisor", "be a
 * clinical supervisor for". A copula is part of it, so that the word before
 * is its subject ("you will be responsible for", "the clinical lead is
 * responsible for"); "be" only before a determiner ("be offered clinical
 * supervision" is an offer).
 */
const GIVING_ROLE =
  /\b(?:(?:(?:be|is|are|being)\s+)?(?:responsible|accountable)\s+for|(?:(?:take|takes|taking|have|has|having|hold|holds|holding)\s+)?responsibility\s+for|(?:act|acts|acting|serve|serves|serving|work|works|working)\s+as|(?:(?:take|takes|taking)\s+on\s+|(?:have|has|having|hold|holds|holding)\s+)?the\s+role\s+of|(?:be|is|are)(?=\s+(?:a|an|the)\s))\b/gi;
/** A determiner or possessive opening a noun phrase: "the", "a", "their", "the team's". */
const DETERMINER = /^(?:the|a|an|all|any|their|[\w-]+['’]s)$/i;
/** Words that end a noun phrase before the supervision, or make it the postholder's own: "responsible for bringing cases to", "for your own". */
const OUTSIDE_NOUN_PHRASE = /^(?:your|own|of|to|for|in|into|at|with|from|by|on|about|and|or)$/i;

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
 *   workers", "Act as clinical supervisor to …"), which a team leader's post
 *   often lists among its duties.
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

/**
 * Whether the clause leading up to the supervision has the postholder giving
 * it: a giving verb, or a role whose noun phrase it is (GIVING_ROLE), whose
 * subject is the postholder, stated ("you will deliver", "the postholder will
 * provide", "you will act as") or left out as duties leave it ("Provide …",
 * "responsible for providing", "Responsible for the clinical supervision
 * of …"), with no verb of receiving after the verb. Anyone else as the subject
 * makes it an offer: "Team leaders provide", "Turning Point provides", "your
 * line manager will provide", "the team leader, who will provide", "We
 * offer", "the Clinical Lead" (a title, not the verb), "the clinical lead is
 * responsible for".
 */
function givenByPostholder(clause: string): boolean {
  return givenByVerb(clause) || givenInRole(clause);
}

/** The last giving verb in the clause, with no verb of receiving after it and the postholder its subject. */
function givenByVerb(clause: string): boolean {
  let giving: RegExpExecArray | undefined;
  for (const m of clause.matchAll(GIVING)) giving = m;
  if (!giving || RECEIVING.test(clause.slice(giving.index + giving[0].length))) return false;
  return postholderSubject(clause.slice(0, giving.index));
}

/** The last GIVING_ROLE in the clause, when the supervision is its noun phrase and its subject the postholder. */
function givenInRole(clause: string): boolean {
  let role: RegExpExecArray | undefined;
  for (const m of clause.matchAll(GIVING_ROLE)) role = m;
  if (!role) return false;
  const words = clause
    .slice(role.index + role[0].length)
    .split(/\s+/)
    .filter(Boolean);
  // A word ending "-ing" straight after the role is a verb ("responsible for attending"); after a determiner, a modifier ("the ongoing").
  if (DETERMINER.test(words[0] ?? '')) words.shift();
  else if (/ing$/i.test(words[0] ?? '')) return false;
  const nounPhrase =
    words.length <= 2 && words.every((w) => /^[\w'’-]+$/.test(w) && !OUTSIDE_NOUN_PHRASE.test(w) && !RECEIVING.test(w));
  return nounPhrase && postholderSubject(clause.slice(0, role.index));
}

/** Whether the text before a giving verb or role leaves the postholder its subject: stated, or none as in a duty. */
function postholderSubject(before: string): boolean {
  const modal = MODAL_BEFORE.exec(before);
  if (modal) return !modal[1] || POSTHOLDER.test(modal[1].trim());
  const lastWord = /([a-z][\w'’-]*)[^a-z]*$/i.exec(before)?.[1];
  return !lastWord || DUTY_LEAD_IN.test(lastWord) || POSTHOLDER.test(lastWord);
}
