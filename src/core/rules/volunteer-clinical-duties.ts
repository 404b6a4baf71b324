import { getFramework } from '../framework/load';
import type { JdDocument } from '../document/parse';
import { statedCaseloads } from '../text/caseload-in-prose';
import { documentText } from '../text/document-text';
import { findPhrases, type PhraseMatch } from '../text/find-phrases';
import type { Finding, Rule } from './rule';

/** The `phrase` of a caseload found by its stated size rather than by a phrase of the guidance. */
const CASELOAD_SIZE = 'caseload';

/** Occurrences marked one by one; the rest are counted in one summary diagnostic. */
const MAX_MARKED = 10;

// A duty is not assigned when the sentence, the list's lead-in line ("Volunteers
// will not:") or the section heading ("What this role does not include") negates
// it. Volunteer descriptions often say so explicitly, as plan 39.1 asks.
const NEGATION =
  /(?<![\p{L}\p{N}_])(?:not|no|never|nor|without|cannot|excluding|excludes?)(?![\p{L}\p{N}_])|n[’']t(?![\p{L}\p{N}_])/iu;
/** Where a clause ends: sentence punctuation, a blank line, a list item, or a gap (comment, code, front-matter key). */
const CLAUSE_END = /[.!?;\u0000]|\n[ \t]*(?:\n|[-*+][ \t]|\d{1,9}[.)][ \t])/g;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s/;

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
    const prose = documentText(context.doc);
    const phrases = findPhrases(prose.text, clinicalDuties);
    // A caseload of a stated size ("a small caseload of 10 clients") is one too, however it is worded around.
    const bodyStart = context.doc.lines.offsets[context.doc.bodyStartLine] ?? prose.text.length;
    // One finding a line: "hold a caseload of 5" is marked once, by its phrase.
    const lineOf = (offset: number) => context.doc.lines.positionAt(offset).line;
    const phraseLines = new Set(phrases.map((p) => lineOf(p.start)));
    const sizes = statedCaseloads(prose.text, bodyStart)
      .filter((s) => !phraseLines.has(lineOf(s.start)))
      .map((s) => ({ start: s.start, end: s.end, phrase: CASELOAD_SIZE }));
    const duties = [...phrases, ...sizes]
      .filter((m) => !negated(context.doc, prose.text, m))
      .sort((a, b) => a.start - b.start);
    for (const duty of duties.slice(0, MAX_MARKED)) {
      const written = prose.text.slice(duty.start, duty.end).replace(/\s+/g, ' ');
      const what = duty.phrase === CASELOAD_SIZE ? `A caseload (${written})` : `'${written}'`;
      findings.push({
        message: `${what} is clinical work, and this is a volunteer role: the workforce plan (${source.ref}) says: "${source.quote}" Remove this duty, or make the post a paid role.`,
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

function negated(doc: JdDocument, text: string, duty: PhraseMatch): boolean {
  // The clause before the duty.
  const before = text.slice(Math.max(0, duty.start - 200), duty.start);
  let clauseStart = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(before); m; m = CLAUSE_END.exec(before)) clauseStart = m.index + m[0].length;
  if (NEGATION.test(before.slice(clauseStart))) return true;

  const line = doc.lines.positionAt(duty.start).line;
  // The line introducing the list the duty is in, such as "You will not:".
  if (LIST_ITEM.test(doc.lines.lines[line])) {
    for (let l = line - 1; l >= doc.bodyStartLine && l >= line - 50; l--) {
      const source = doc.lines.lines[l];
      if (source.trim() === '' || LIST_ITEM.test(source) || /^\s/.test(source)) continue;
      if (source.trimEnd().endsWith(':') && NEGATION.test(source)) return true;
      break;
    }
  }
  // The heading of the section it is in (headings are in line order: binary search).
  let lo = 0;
  let hi = doc.headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.headings[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && NEGATION.test(doc.headings[lo - 1].text);
}
