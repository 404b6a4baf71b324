import { getFramework } from '../framework/load';
import { documentText } from '../text/document-text';
import { findPhrases } from '../text/find-phrases';
import type { PhraseMatch } from '../text/find-phrases';
import { lastMatch, wordsOf } from '../text/clause-words';
import { clauseAfter, clauseBefore, isNegated } from '../text/negated';
import type { Rule } from './rule';

// Staff being short, away or on leave ("staff are short", "is on annual leave",
// "staff holidays") is staffing only where the volunteer covers for them:
// "Help out on reception when staff are short", "Cover staff holidays". A
// mention of it is no evidence: "Check-ins with staff are short", "the staff
// holiday lunch", and a volunteer's own supervisor being away is the support
// plan 41.1 asks for ("If your supervisor is on annual leave, the duty manager
// will be your contact"). A phrase of the evidence naming no covering (no
// "cover", "fill", "rota", "staffed", …) but a shortage or absence is such a
// state; phrases that name the covering count wherever they are.
const STATE =
  /\b(?:short|shortages?|absent|absences?|away|off|unavailable|leave|holidays?|sickness|sick|low|handed|shorthanded)\b/i;
const COVERING = /\b(?:cover|backfill|fill|staffed|understaffed|rota|rotas|gaps)\b/i;
/** What introduces a state the volunteer covers: "when", "if", "during", "cover (for)". Global: the last one counts. */
const CUE = /\b(?:when|whenever|while|if|during|cover|covering)\b/gi;
/** At most this many words between the cue and the state ("when the recovery worker is on leave"). */
const MAX_WORDS_BETWEEN = 5;
/** The volunteer's own supervisor or the volunteer: "when your supervisor is on leave", "if you are on holiday". */
const THE_VOLUNTEER = /\b(?:you|your)\b/i;
/** A clause opening with "When staff are off, …" must go on to cover: "…, cover the duty phone". */
const CONDITION_CUE = /^(?:when|whenever|while|if)$/i;
const COVERS_AFTER = /\b(?:cover|covering|fill in|step in|stand in|help out|help on|help at)\b/i;

/** Whether a state phrase at `m` is one the volunteer covers (see STATE). */
function coveredState(text: string, m: PhraseMatch): boolean {
  const before = clauseBefore(text, m.start);
  const cue = lastMatch(before, CUE);
  if (!cue) return false;
  const between = before.slice(cue.index + cue[0].length);
  if (wordsOf(between).length > MAX_WORDS_BETWEEN || THE_VOLUNTEER.test(between)) return false;
  // "When staff are off, …" opening its clause: only when the rest of the sentence covers.
  const opensClause = /^[\s\-*+\d.)]*$/.test(before.slice(0, cue.index));
  return !(opensClause && CONDITION_CUE.test(cue[0])) || COVERS_AFTER.test(clauseAfter(text, m.end));
}

/** Whether an evidence phrase names a shortage or absence rather than the covering of it. */
const isState = (phrase: string) => STATE.test(phrase) && !COVERING.test(phrase);

export const rule: Rule = {
  id: 'volunteer-in-staffing',
  defaultSeverity: 'warning',
  summary:
    'A volunteer role’s description counts the volunteer in the service’s staffing: staffing levels, rotas, covering staff shortages.',
  get rationale() {
    const { source } = getFramework().guidance.volunteers.staffing;
    return `The workforce plan (${source.ref}) says: "${source.quote}" A volunteer post that fills the staffing of the service is a paid post described as a volunteer one.`;
  },
  get sources() {
    return [getFramework().guidance.volunteers.staffing.source];
  },
  fixesOffered: [],
  check(context) {
    if (!context.volunteer) return [];
    const { evidence, exceptions, source } = context.framework.guidance.volunteers.staffing;
    const prose = documentText(context.doc);
    const affirmed = findPhrases(prose.text, evidence, exceptions).filter(
      (m) => (!isState(m.phrase) || coveredState(prose.text, m)) && !isNegated(context.doc, prose.text, m),
    );
    return affirmed.map((m) => ({
      message:
        `'${prose.written(m.start, m.end)}' counts this volunteer in the service’s staffing, and the workforce plan (${source.ref}) says volunteers work in a supernumerary capacity and "are not to be factored into service provision, service delivery or workforce calculations". ` +
        'Describe what the volunteer adds to the paid team, or make the post a paid role.',
      range: prose.range(m.start, m.end),
      data: { phrase: m.phrase },
    }));
  },
};
