import { getFramework } from '../framework/load';
import { statedCaseloads } from '../text/caseload-in-prose';
import { documentText } from '../text/document-text';
import { findPhrases, type PhraseMatch } from '../text/find-phrases';
import { lastMatch } from '../text/clause-words';
import { clauseBefore, isNegated } from '../text/negated';
import type { Finding, Rule } from './rule';

/**
 * What before a clinical phrase in its clause shows the volunteer is not doing
 * the work: training offered to them ("an introduction to motivational
 * interviewing", "training in brief interventions") and taking people to the
 * care others give ("Signpost people to the pharmacy for a blood pressure
 * check", "Go with people to their medication review"). Global: the last counts.
 */
const NOT_DOING =
  /\b(?:training (?:in|on)|introductions? to|courses?|learn(?:s|ing)?|e-learning|signpost(?:s|ing)?|refer(?:s|ring)?|go(?:es|ing)? with|accompan(?:y|ies|ying)|walk(?:s|ing)? with)\b/gi;
/** Another duty after it does not inherit it: "Signpost people to services and take blood pressure". */
const ANOTHER_DUTY =
  /\b(?:and|then)\s+(?:deliver|use|run|take|do|provide|carry out|offer|give|check|record|supervise|dispense|administer|hold|lead)\b/i;

/** Whether the clause before a clinical phrase shows it is not a duty of the volunteer (NOT_DOING). */
function notADuty(text: string, m: PhraseMatch): boolean {
  const before = clauseBefore(text, m.start);
  const cue = lastMatch(before, NOT_DOING);
  return cue !== undefined && !ANOTHER_DUTY.test(before.slice(cue.index + cue[0].length));
}

/** The `phrase` of a caseload found by its stated size rather than by a phrase of the guidance; the word every caseload phrase has. */
const CASELOAD_SIZE = 'caseload';

/** Occurrences marked one by one; the rest are counted in one summary diagnostic. */
const MAX_MARKED = 10;

export const rule: Rule = {
  id: 'volunteer-clinical-duties',
  defaultSeverity: 'warning',
  summary:
    'A volunteer role is a clinical framework role, or its description assigns clinical work such as psychosocial interventions, key working or a caseload.',
  get rationale() {
    const { source } = getFramework().guidance.volunteers;
    return (
      `The workforce plan (${source.ref}) says: "${source.quote}" It also says (39.3) that volunteers must not be factored into service delivery. ` +
      'Stakeholders reported volunteers being asked to deliver treatment without the training or clinical supervision it needs (plan section 39).'
    );
  },
  get sources() {
    return [getFramework().guidance.volunteers.source, { document: 'plan' as const, ref: '39.3' }];
  },
  fixesOffered: [],
  check(context) {
    if (!context.volunteer) return [];
    const { source, clinicalDuties } = context.framework.guidance.volunteers;
    const findings: Finding[] = [];
    const role = context.role;
    if (role?.clinical) {
      findings.push({
        message: `Volunteers should not be employed in clinical roles: the ${role.name.toLowerCase()} role is clinical (framework section ${role.section}), and the workforce plan (${source.ref}) says: "${source.quote}" Make this a paid post, or describe a non-clinical volunteer role.`,
        range:
          (context.roleSource === 'declared' ? context.field('role') : context.field('title'))?.valueRange ??
          context.doc.lines.lineRange(0),
        data: { roles: [role.id] },
      });
    }
    const clinicalWork = (what: string, remove: string) =>
      `${what} is clinical work, and this is a volunteer role: the workforce plan (${source.ref}) says: "${source.quote}" Remove ${remove}, or make the post a paid role.`;
    // A caseload in the front matter is as much a duty as one in the text.
    const caseloadField = context.field('caseload');
    if (caseloadField && (context.fields.caseload ?? 0) > 0)
      findings.push({
        message: clinicalWork(`A caseload (caseload: ${context.fields.caseload})`, 'the caseload'),
        range: caseloadField.valueRange,
        data: { phrase: CASELOAD_SIZE },
      });
    const prose = documentText(context.doc);
    const phrases = findPhrases(prose.text, clinicalDuties).filter((m) => !notADuty(prose.text, m));
    // A caseload of a stated size ("a small caseload of 10 clients") is one too, however it is worded around.
    const bodyStart = context.doc.lines.offsets[context.doc.bodyStartLine] ?? prose.text.length;
    // One finding a caseload: "hold a caseload of 5" is marked once, by its phrase; another duty on the
    // line ("… between key work sessions") does not hide "a small caseload of up to 8".
    const lineOf = (offset: number) => context.doc.lines.positionAt(offset).line;
    const caseloadLines = new Set(phrases.filter((p) => p.phrase.includes(CASELOAD_SIZE)).map((p) => lineOf(p.start)));
    const sizes = statedCaseloads(prose.text, bodyStart)
      .filter((s) => !caseloadLines.has(lineOf(s.start)))
      .map((s) => ({ start: s.start, end: s.end, phrase: CASELOAD_SIZE }));
    const duties = [...phrases, ...sizes]
      .filter((m) => !isNegated(context.doc, prose.text, m))
      .sort((a, b) => a.start - b.start);
    for (const duty of duties.slice(0, MAX_MARKED)) {
      const written = prose.written(duty.start, duty.end);
      const what = duty.phrase === CASELOAD_SIZE ? `A caseload (${written})` : `'${written}'`;
      findings.push({
        message: clinicalWork(what, 'this duty'),
        range: prose.range(duty.start, duty.end),
        data: { phrase: duty.phrase },
      });
    }
    if (duties.length > MAX_MARKED) {
      const rest = duties.length - MAX_MARKED;
      findings.push({
        message: `${rest} more ${rest === 1 ? 'place assigns' : 'places assign'} clinical work to this volunteer role (only the first ${MAX_MARKED} are marked). Volunteers should not be doing clinical work (workforce plan ${source.ref}).`,
        range: prose.range(duties[MAX_MARKED].start, duties[MAX_MARKED].end),
        data: { more: rest },
      });
    }
    return findings;
  },
};
