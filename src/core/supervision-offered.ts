import type { JdDocument } from './document/parse';
import { documentText } from './text/document-text';
import type { PhraseMatch } from './text/find-phrases';
import { lastMatch, wordsOf } from './text/clause-words';
import { clauseAfter, clauseBefore, negatedAfter } from './text/negated';
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
/** "Responsible for" at the end of the text before a verb, with its copula: the verb's subject is the role's ("the clinical lead is responsible for providing"). */
const RESPONSIBLE_FOR =
  /(?:\b(?:(?:be|is|are|being)\s+)?(?:responsible|accountable)|\b(?:(?:take|takes|taking|have|has|having|hold|holds|holding)\s+)?responsibility)\s+for\s*$/i;
/**
 * A verb by which the postholder sees that others get supervision rather than
 * giving it: "make sure the team gets", "ensure staff receive", "arrange
 * clinical supervision for volunteers" (arrangedForOthers).
 */
const ARRANGING =
  /\b(?:(?:make|makes|making)\s+sure|ensur(?:e|es|ing)|arrang(?:e|es|ing)|organi[sz](?:e|es|ing)|monitor(?:s|ing)?|co-?ordinat(?:e|es|ing)|schedul(?:e|es|ing))\b/gi;
/** A verb whose subject receives the supervision that follows: "staff receive", "the team has access to", "volunteers are offered". */
const RECEIVED_BY =
  /\b(?:ha(?:ve|s)\s+access\s+to|gets?|receiv(?:e|es)|ha(?:ve|s)|attend(?:s)?|access(?:es)?|engag(?:e|es)|participat(?:e|es)|benefit(?:s)?|is|are)\b/gi;
/** A word after which a verb has no subject of its own: coordinated with the duty ("monitor your caseload and attend"), or an infinitive. */
const NO_SUBJECT = /^(?:and|or|then|to|also)$/i;
/** A modal between a subject and its verb: "so staff can attend". */
const MODAL = /^(?:can|could|will|would|shall|should|must|may|might)$/i;
/** A word that makes a place, time or topic of the supervision rather than what is received: "cases are reviewed in clinical supervision". */
const PREPOSITION = /^(?:in|into|at|during|through|within|from|by|with|on|for|of|about)$/i;
/** The postholder among those who receive it: "you attend", "you and your team receive", "the postholder gets". */
const INCLUDES_POSTHOLDER = /\b(?:you|yourself|postholders?|jobholders?|holders?)\b/i;
/** A possessive other than the postholder's right before the supervision: "the team’s clinical supervision", "their monthly clinical supervision". */
const OTHERS_POSSESSIVE = /(?:^|\s)(?:their|[\w-]+['’]s|[\w-]+s['’])(?:\s+[\w-]+){0,2}\s*$/i;
/** People the supervision is arranged for, after "for", "of" or "to": "for volunteers", "of all staff", "is available to the recovery workers"; not "with peers", which says how. */
const FOR_OTHERS =
  /^(?:\s+[\w-]+){0,3}?\s+(?:for|of|to)\s+(?:(?!(?:in|into|at|during|through|within|from|by|with|on|about)\s)[\w'’-]+\s+){0,3}?(?:staff|teams?|colleagues?|workers?|keyworkers?|volunteers?|practitioners?|students?|trainees?|apprentices?|nurses?|associates?|members?|supervisees?|employees?|starters?|peers?|mentors?|everyone|others)\b/i;
/**
 * Words that make supervision the postholder's to ask for, not a regular part
 * of the post: "on request", "if needed", "as required" (not "as required by
 * your registration", which makes it a requirement), "ad hoc".
 */
const ON_REQUEST =
  /\b(?:(?:on|upon)\s+request|(?:if|when|as)\s+(?:needed|requested|necessary)|(?:if|when|as)\s+required(?!\s+(?:for|under)\b)|ad[\s-]hoc|on\s+demand)\b(?!\s+by\b)/i;
/** Attending as a duty, which "as required" after it makes an obligation, not an offer on request: "Attend clinical supervision as required". */
const ATTEND_DUTY =
  /(?:^|[^\w\s]\s*|\b(?:and|to|must|will|should)\s+)(?:attend|participate\s+in|take\s+part\s+in|engage\s+in)\b/i;
/** The words that make an "as required" after an attending duty an obligation. */
const AS_REQUIRED = /^(?:as|when)\s+required$/i;
/** Words that make supervision regular, whatever more is offered on request: "monthly, and more often on request". */
const REGULAR =
  /\b(?:regular(?:ly)?|routine(?:ly)?|scheduled|monthly|weekly|fortnightly|quarterly|bi-?monthly|every|each\s+(?:week|month)|(?:once|twice)\s+a|per\s+(?:week|month)|a\s+month|at\s+least|(?:[\w-]+\s+)?times\s+(?:a|per|each|every)\s+(?:week|month|year))\b/i;
/**
 * Where the clause of a supervision mention ends, for the words that make it
 * regular or on request: another clause joined by ", and", ";", or a relative
 * clause about someone ("from our psychologist, who you can contact when
 * needed"), or another supervision joined by "and" ("clinical supervision on
 * request and monthly management supervision").
 */
const OWN_CLAUSE_END =
  /;|,\s*(?:and|plus|while|whereas)\s+(?=you\b|we\b|they\b|there\b|the\b|your\b|our\b)|,?\s*\b(?:who|whom|whose)\b|,\s*(?:which|where)\b|\band\b(?=[^,]*\bsupervis)/i;
/** Where the words that make it regular must be, more narrowly: before any ", and" ("clinical supervision when needed, and monthly line management"). */
const REGULAR_CLAUSE_END = /,\s*(?:and|plus)\b/i;
/** Where the clause of a supervision mention starts, looking back: after another supervision ("monthly management supervision and clinical …") or ", and …". */
const OWN_CLAUSE_START = /(?:\bsupervis\w*|;|,\s*and\b)/gi;

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
 *   often lists among its duties;
 * - supervision the postholder makes sure others get ("Ensure all staff
 *   receive regular clinical supervision", "Arrange clinical supervision for
 *   volunteers"), a duty that says nothing of the postholder's own.
 * Plan 3.2 asks that the postholder receives it. What the missing-supervision
 * rule looks for, and all an export may promise applicants.
 */
export function offersSupervision(doc: JdDocument, kind: { readonly evidence: readonly string[] }): boolean {
  return supervisionOfferedAt(doc, kind).length > 0;
}

/** Where the prose offers the postholder this kind of supervision, as offersSupervision reads it: for quoting the offer. */
export function supervisionOfferedAt(doc: JdDocument, kind: { readonly evidence: readonly string[] }): PhraseMatch[] {
  return mentions(doc, kind).flatMap((m) => (m.reading === 'receives' ? [m.match] : []));
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
  return mentions(doc, kind).flatMap((m) => (m.reading === 'gives' ? [m.match] : []));
}

/**
 * The readings of one kind from one pass over the text: whether the prose
 * offers it to the postholder (offersSupervision) as regular supervision, and
 * if it offers it only on request, in which words ("on request", "as
 * needed"): plan 3.2 asks for regular supervision, 3.7 not as an optional
 * add-on; whether the postholder gives it (givesSupervision), and whether the
 * postholder makes sure others get it (arrangedForOthers).
 */
export function readSupervision(
  doc: JdDocument,
  kind: { readonly evidence: readonly string[] },
): { offeredRegularly: boolean; onRequest?: string; given: boolean; arranged: boolean } {
  const found = mentions(doc, kind);
  const has = (reading: Reading) => found.some((m) => m.reading === reading);
  const received = found.filter((m) => m.reading === 'receives');
  const offeredRegularly = received.some((m) => m.onRequest === undefined);
  return {
    offeredRegularly,
    ...(offeredRegularly || received.length === 0 ? {} : { onRequest: received[0].onRequest }),
    given: has('gives'),
    arranged: has('arranges'),
  };
}

/** Who the supervision is for: the postholder receiving it, the postholder giving it, or others the postholder makes sure get it. */
type Reading = 'receives' | 'gives' | 'arranges';

/** The supervision the prose says the post has, outside the sections that are no offer and not denied, and who it is for. */
function mentions(
  doc: JdDocument,
  kind: { readonly evidence: readonly string[] },
): { match: PhraseMatch; reading: Reading; onRequest?: string }[] {
  const text = documentText(doc).text;
  const found = affirmedAboutThePost(doc, kind.evidence).filter((m) => !negatedAfter(text, m.end));
  return found.flatMap((match): { match: PhraseMatch; reading: Reading; onRequest?: string }[] => {
    const under = sectionUnderHeading(doc, text, match);
    if (under !== undefined) {
      // A heading alone is no offer: what its section says is. Its own mentions speak for themselves.
      if (found.some((m) => m.start >= under.start && m.start < under.end)) return [];
      const body = text.slice(under.start, under.end);
      const onRequest = REGULAR.test(body) ? null : ON_REQUEST.exec(body);
      return [{ match, reading: 'receives', ...(onRequest ? { onRequest: onRequest[0] } : {}) }];
    }
    const before = clauseBefore(text, match.start);
    const after = clauseAfter(text, match.end);
    const reading: Reading = receivedByPostholderAfter(after)
      ? 'receives'
      : givenByPostholder(before)
        ? 'gives'
        : arrangedForOthers(before, after)
          ? 'arranges'
          : 'receives';
    if (reading !== 'receives') return [{ match, reading }];
    return [{ match, reading, ...onRequestIn(before, text.slice(match.start, match.end), after) }];
  });
}

/**
 * The words that make this mention of supervision one only on request, in
 * its own clause, unless words there make it regular (plan 3.2, 3.7):
 * "monthly management supervision and clinical supervision when needed" is
 * clinical supervision on request; "Attend clinical supervision as required"
 * is a duty, not an offer on request.
 */
function onRequestIn(before: string, mention: string, after: string): { onRequest?: string } {
  const opening = lastMatch(before, OWN_CLAUSE_START);
  const start = opening ? opening.index + opening[0].length : 0;
  const end = OWN_CLAUSE_END.exec(after);
  const own = `${before.slice(start)}${mention}${end ? after.slice(0, end.index) : after}`;
  const regularEnd = REGULAR_CLAUSE_END.exec(own.slice(before.length - start + mention.length));
  if (REGULAR.test(regularEnd ? own.slice(0, before.length - start + mention.length + regularEnd.index) : own))
    return {};
  const onRequest = ON_REQUEST.exec(own);
  if (!onRequest) return {};
  if (AS_REQUIRED.test(onRequest[0].replace(/\s+/g, ' ')) && ATTEND_DUTY.test(before.slice(start))) return {};
  return { onRequest: onRequest[0] };
}

/**
 * The text of the section under the heading a mention is in, up to the next
 * heading, when the mention is in a heading ("## Clinical supervision").
 */
function sectionUnderHeading(
  doc: JdDocument,
  text: string,
  match: PhraseMatch,
): { start: number; end: number } | undefined {
  const line = doc.lines.positionAt(match.start).line;
  const index = doc.headings.findIndex((h) => h.line === line);
  if (index < 0) return undefined;
  const next = doc.headings[index + 1];
  const start = doc.lines.offsetAt({ line: line + 1, character: 0 });
  const end = next ? doc.lines.offsetAt({ line: next.line, character: 0 }) : text.length;
  return { start, end: Math.max(start, end) };
}

/** A verb of receiving after the supervision, the postholder its subject: "the clinical supervision you receive", "… that the postholder attends". */
function receivedByPostholderAfter(after: string): boolean {
  return /^\s*(?:(?:that|which)\s+)?(?:you|the\s+post\s?holder|the\s+jobholder)\s+(?:(?:will|can|may|must|should|also|would)\s+)*(?:receive|get|attend|have|access|are\s+(?:given|offered|provided))\b/i.test(
    after,
  );
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
  const giving = lastMatch(clause, GIVING);
  if (!giving || RECEIVING.test(clause.slice(giving.index + giving[0].length))) return false;
  return postholderSubject(clause.slice(0, giving.index));
}

/** The last GIVING_ROLE in the clause, when the supervision is its noun phrase and its subject the postholder. */
function givenInRole(clause: string): boolean {
  const role = lastMatch(clause, GIVING_ROLE);
  if (!role) return false;
  const words = wordsOf(clause.slice(role.index + role[0].length));
  // A word ending "-ing" straight after the role is a verb ("responsible for attending"); after a determiner, a modifier ("the ongoing").
  if (DETERMINER.test(words[0] ?? '')) words.shift();
  else if (/ing$/i.test(words[0] ?? '')) return false;
  const nounPhrase =
    words.length <= 2 && words.every((w) => /^[\w'’-]+$/.test(w) && !OUTSIDE_NOUN_PHRASE.test(w) && !RECEIVING.test(w));
  return nounPhrase && postholderSubject(clause.slice(0, role.index));
}

/**
 * Whether the clause has the postholder making sure others get the
 * supervision (ARRANGING, its subject the postholder): someone else as the
 * subject of a verb of receiving before it ("Make sure the recovery workers in
 * your team get monthly …", "Ensure the team has access to …"), someone
 * else's ("Ensure the team’s …"), or people named after it ("Arrange … for
 * volunteers"). Plan 3.2 asks that the postholder has it; this is others
 * having it. Not the postholder among them ("make sure you attend", "ensure
 * you and your team receive"), nor someone else making sure ("We ensure all
 * staff receive", which includes the postholder).
 */
function arrangedForOthers(before: string, after: string): boolean {
  const arranging = lastMatch(before, ARRANGING);
  if (!arranging || !postholderSubject(before.slice(0, arranging.index))) return false;
  const duty = before.slice(arranging.index + arranging[0].length);
  const receiver = receiverOf(duty);
  // The postholder among the receivers, or the supervision theirs: "make sure you attend the supervision provided to all staff", "arrange your monthly …".
  if (receiver) return receiver === 'others';
  if (POSTHOLDERS_OWN.test(duty) || POSTHOLDER_AFTER.test(after)) return false;
  return othersPossessive(duty) || FOR_OTHERS.test(after);
}

/** The postholder among the receivers named after the supervision: "for volunteers and yourself", "provided to you". */
const POSTHOLDER_AFTER =
  /\b(?:for|to|and|including)\s+(?:you|yourself|the\s+post\s?holder)\b|\b(?:you|the\s+post\s?holder)\s+(?:(?:will|can|also)\s+)?(?:receive|attend|get|have|access)\b/i;
/** The postholder's own supervision: "your monthly clinical supervision", "your own". */
const POSTHOLDERS_OWN = /(?:^|\s)(?:your|yourself)(?:\s+[\w-]+){0,2}\s*$/i;

/** Someone else's supervision, the possessive right before it: "the team’s", "their monthly"; not "clients' progress in". */
function othersPossessive(duty: string): boolean {
  const m = OTHERS_POSSESSIVE.exec(duty);
  if (!m || INCLUDES_POSTHOLDER.test(duty)) return false;
  return !wordsOf(m[0])
    .slice(1)
    .some((w) => PREPOSITION.test(w));
}

/**
 * Who is the subject of the last verb of receiving in the duty, right before
 * the supervision: the postholder ("you attend"), other people ("staff
 * receive"), or no one ("there is", "your diary has", an infinitive).
 */
function receiverOf(duty: string): 'postholder' | 'others' | undefined {
  const received = lastMatch(duty, RECEIVED_BY);
  if (!received) return undefined;
  // Only words describing the supervision may follow the verb ("get regular management and"), not "reviewed in".
  const rest = wordsOf(duty.slice(received.index + received[0].length));
  if (rest.length > 4 || rest.some((w) => PREPOSITION.test(w))) return undefined;
  const subject = wordsOf(duty.slice(0, received.index));
  while (MODAL.test(subject.at(-1) ?? '')) subject.pop();
  if (/^that$/i.test(subject[0] ?? '')) subject.shift();
  if (subject.length === 0 || NO_SUBJECT.test(subject.at(-1)!)) return undefined;
  if (INCLUDES_POSTHOLDER.test(subject.join(' ')) || INCLUDES_POSTHOLDER.test(rest.join(' '))) return 'postholder';
  // Things are not people receiving: "there is", "your diary has".
  return NOT_PEOPLE.test(subject.join(' ')) ? undefined : 'others';
}

/** A subject that is no one receiving supervision: "there is …", "your diary has …", "the rota has …". */
const NOT_PEOPLE =
  /^(?:there|it|this|that)$|\b(?:diary|diaries|calendar|calendars|rota|rotas|schedule|plan|record|records)$/i;

/** Whether the text before a giving verb or role leaves the postholder its subject: stated, or none as in a duty. */
function postholderSubject(before: string): boolean {
  const responsible = RESPONSIBLE_FOR.exec(before);
  if (responsible) return postholderSubject(before.slice(0, responsible.index));
  const modal = MODAL_BEFORE.exec(before);
  if (modal) return !modal[1] || POSTHOLDER.test(modal[1].trim());
  const lastWord = /([a-z][\w'’-]*)[^a-z]*$/i.exec(before)?.[1];
  return !lastWord || DUTY_LEAD_IN.test(lastWord) || POSTHOLDER.test(lastWord);
}
