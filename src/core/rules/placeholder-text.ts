// Text left for someone to fill in: the "[bracketed placeholders]" of a new
// job description (src/core/scaffold.ts) and the stand-ins people type while
// drafting ("TBC", "£XX,XXX", "xx/xx/xxxx", "Lorem ipsum"). An advert that
// goes out with them is unfinished, whatever else it says.
//
// Where: the prose as document-text gives it (front-matter values and the
// body, without HTML comments, so jdkit directives, and without fenced code),
// less code spans, link destinations, bare URLs and e-mail addresses.
//
// Brackets are Markdown's link syntax and appear in prose for footnotes and
// editorial insertions, so a bracket is a placeholder only when its content
// reads as an instruction or a blank. The heuristic:
// - never a link or image ("[text](url)", "[text][ref]", "[text][]", a
//   "[label]" with a "[label]: url" definition, the definition itself), a
//   footnote ("[^1]", "[1]"), a task-list box or empty brackets ("[ ]",
//   "[x]"), or an elision ("[…]");
// - "[square]" or "{curly}" (also "{{mail merge}}"): a placeholder when the
//   content starts with an instruction or blank word (insert, add, describe,
//   enter, your, organisation, name, date, tbc... see STARTING_WORDS) or a
//   front-matter field's label ("Closing date", "Salary"), or gives an example
//   ("e.g.", "for example"), or ends with an ellipsis after some words
//   ("[Describe the post…]"), or stands alone: the whole of a front-matter
//   value, or of a line, bullet, heading or table cell ("- [Another main
//   duty]"), or all that follows a colon on its line ("Reports to: [Name]").
//   So "section 17 [of the Children Act]", "[sic]" and "[emphasis added]"
//   inside a sentence are left alone;
// - "<angle>": only by its words (insert, your...), never standing alone, and
//   only of two words or more or with an ellipsis, never with "=", "@" or
//   "://", as HTML tags ("<br>", "<address>", "<select name=x>") and autolinks
//   also use angle brackets.
// Stand-ins are whole words, so abbreviations inside words ("TBCs", "XXL")
// never match: TBC, TBA, TBD; a run of two or more X's, alone or joined by
// , . / : - ("XX", "£XX,XXX", "xx/xx/xxxx"), or one after "£" ("£X");
// "dd/mm/yyyy"; "Lorem ipsum".
//
// The words are not framework facts, so they live here rather than in
// framework-data. The rule offers no fix: only a person can supply the text.
import { acceptedValue, FIELD_SPECS } from '../fields';
import type { FrontMatterField } from '../document/front-matter';
import { lazily } from '../lazy';
import { documentText } from '../text/document-text';
import type { Finding, Rule } from './rule';

/** Words a placeholder starts with: instructions to the writer and the blanks they fill. Lower case; whole words. */
const STARTING_WORDS = [
  // instructions
  'insert',
  'add',
  'describe',
  'enter',
  'type',
  'write',
  'fill in',
  'list',
  'give',
  'provide',
  'include',
  'replace',
  'delete',
  'remove',
  'choose',
  'select',
  'specify',
  'confirm',
  'placeholder',
  'todo',
  'to do',
  'tbc',
  'tba',
  'tbd',
  'to be confirmed',
  'to be agreed',
  'to be decided',
  // blanks
  'your',
  'organisation',
  'organization',
  'employer',
  'company',
  'name',
  'date',
  'job title',
  'town',
  'city',
  'address',
  'line manager',
  'manager',
  'email',
  'e-mail',
  'phone',
  'telephone',
  'number',
  'amount',
  'pay',
  'band',
  'closing',
  'interview',
  'start',
];
/** The front-matter fields' labels ("closing date", "reports to"): a placeholder when the whole content, or before a comma, colon or bracket. */
const FIELD_LABELS = FIELD_SPECS.map((f) => f.name.replace(/_/g, ' '));

/** A RegExp alternation of phrases, longest first, any whitespace between words. */
function alternatives(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
}

/**
 * What makes the content of brackets read as a placeholder (readsAsPlaceholder):
 * a starting word, a field label, an example, or an ellipsis after words. Built
 * on first use: only a document with brackets needs them.
 */
const PLACEHOLDER_CONTENT = lazily(() => [
  new RegExp(`^(?:${alternatives(STARTING_WORDS)})(?![\\p{L}\\p{M}\\p{N}_])`, 'iu'),
  new RegExp(`^(?:${alternatives(FIELD_LABELS)})\\s*(?:$|[,:;(])`, 'iu'),
  /(?<![\p{L}\p{N}_])(?:e\.\s?g\.|for example)/iu,
  /[\p{L}\p{N}][^\p{L}\p{N}]*(?:…|\.\.\.)\s*$/u,
]);
/** Not a placeholder whatever else: a footnote, a task-list box, empty, or an elision. */
const NEVER = /^(?:\s*|\s*[xX]\s*|\^.*|\d+(?:[,–-]\s*\d+)*|\s*(?:…|\.\.\.)\s*)$/su;

/** What may precede a placeholder that stands alone on its line: quote and list markers, heading marks, a task box, a table pipe, a label's colon. */
const ALONE_BEFORE =
  /^[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:#{1,6}[ \t]+)?(?:\[[ xX]\][ \t]+)?$|\|[ \t]*$|:[*_]*[ \t]*$/;
const ALONE_AFTER = /^[ \t]*(?:[.,;:!?]?[ \t]*\r?$|\|)/;

/**
 * Stand-ins, one pattern per set of flags, each run only where a plain
 * pattern finds what any of its matches must contain (`gate`): compiling the
 * Unicode word-boundary classes takes about half a millisecond a class, paid
 * on the first lint after every start, and running their lookbehind at every
 * offset is slow on long text that has no stand-in at all, the usual case.
 * The patterns are built only when their gate first lets a text through.
 */
const STAND_INS: readonly { gate: RegExp; pattern: () => RegExp }[] = [
  {
    // "ipsum" may be spelt with a long s, which the `iu` pattern's case folding reads as "s".
    gate: /tb[acd]|dd\/mm\/yy|lorem\s+ip[s\u017f]um/i,
    // TBC, TBA, TBD, dd/mm/yy(yy), lorem ipsum, in any case. A match is whole words of 3, 2 or 4, and 5 letters
    // respectively, so matches of two of them never overlap: one pattern finds what three separate ones would.
    pattern: lazily(
      () => /(?<![\p{L}\p{M}\p{N}_])(?:TBC|TBA|TBD|dd\/mm\/yy(?:yy)?|lorem\s+ipsum)(?![\p{L}\p{M}\p{N}_])/giu,
    ),
  },
  {
    gate: /[Xx]{2}|[Xx][,./:-][Xx]|\u00a3[Xx]/,
    // XX, XXX, xx/xx/xxxx, £XX,XXX, £X, £XXk
    pattern: lazily(
      () =>
        /(?<![\p{L}\p{M}\p{N}_])(?:£[Xx]+(?:[,./:-][Xx]+)*k?|[Xx]{2,}(?:[,./:-][Xx]+)*|[Xx](?:[,./:-][Xx]+)+)(?![\p{L}\p{M}\p{N}_])/gu,
    ),
  },
];

/** Brackets: [square] (content without brackets or blank lines), {curly} or {{double curly}}, <angle> on one line. */
const SQUARE = /\[([^[\]\0]{0,300})\]/g;
const CURLY = /\{\{?([^{}\0]{1,300}?)\}\}?/g;
const ANGLE = lazily(() => /<([\p{L}][^<>\0\n]{0,200})>/gu);
/** Angle brackets hold a placeholder of two words or more, or ending in an ellipsis: "<address>" and "<select>" are HTML. */
const ANGLE_WORDS = /\s\S|…|\.\.\./;

const BLANK_LINE = /\n[ \t\r]*\n/;
const GAP = '\0';

export const rule: Rule = {
  id: 'placeholder-text',
  defaultSeverity: 'warning',
  summary:
    'A front-matter value or the text still holds a placeholder, such as "[Organisation name]", "<insert salary>", "TBC", "£XX,XXX" or "Lorem ipsum".',
  rationale:
    'The workforce plan (6.18) says employers must ensure job adverts and job titles align with job responsibilities and the capability framework. A job description or advert that still says "[Closing date]" or "£XX,XXX" is unfinished: applicants cannot tell what the job is, where it is or what it pays. The new-document command and "jdkit new" leave [bracketed placeholders] for the employer to fill in; this rule finds any left over.',
  sources: [
    {
      document: 'plan',
      ref: '6.18',
      quote:
        'Employers must ensure that job adverts and job titles align with job responsibilities and the capability framework.',
    },
  ],
  fixesOffered: [],
  check(context) {
    const { doc } = context;
    const prose = documentText(doc);
    const bodyStart = doc.lines.offsets[doc.bodyStartLine] ?? doc.lines.text.length;
    const { text, definitions } = scannable(prose.text, bodyStart);
    const fields = [...(doc.frontMatter?.fields.values() ?? [])].map((field) => ({
      field,
      start: doc.lines.offsetAt(field.valueRange.start),
      end: doc.lines.offsetAt(field.valueRange.end),
    }));
    const fieldAt = (offset: number) => fields.find((f) => f.start <= offset && offset < f.end);

    const found: { start: number; end: number }[] = [];
    const wholeValue = (start: number, end: number) => {
      const f = fieldAt(start);
      return f !== undefined && unquoted(doc.lines.text.slice(f.start, f.end)) === doc.lines.text.slice(start, end);
    };
    // Standing alone, whole or after a colon is what marks a placeholder, except for the brackets of a list value.
    const alone = (start: number, end: number) =>
      !listSyntax(fieldAt(start)?.field) && (wholeValue(start, end) || standsAlone(text, doc.lines.text, start, end));

    for (const m of text.includes('[') ? text.matchAll(SQUARE) : []) {
      const start = m.index;
      const end = start + m[0].length;
      const content = m[1];
      if (BLANK_LINE.test(content) || NEVER.test(content)) continue;
      if (isLink(text, start, end, content, definitions)) continue;
      if (readsAsPlaceholder(content) || alone(start, end)) found.push({ start, end });
    }
    for (const m of text.includes('{') ? text.matchAll(CURLY) : []) {
      const start = m.index;
      const end = start + m[0].length;
      const content = m[1];
      if (BLANK_LINE.test(content) || NEVER.test(content)) continue;
      if (readsAsPlaceholder(content) || alone(start, end)) found.push({ start, end });
    }
    // No "<", no angle-bracket placeholder: the Unicode pattern is not compiled for nothing.
    for (const m of text.includes('<') ? text.matchAll(ANGLE()) : []) {
      if (ANGLE_WORDS.test(m[1]) && !/[=@]|:\/\//.test(m[1]) && readsAsPlaceholder(m[1]))
        found.push({ start: m.index, end: m.index + m[0].length });
    }
    for (const { gate, pattern } of STAND_INS) {
      if (!gate.test(text)) continue;
      for (const m of text.matchAll(pattern())) found.push({ start: m.index, end: m.index + m[0].length });
    }
    // One finding per stretch of text: a stand-in inside a placeholder ("[TBC]") is part of it.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let reached = 0;
    return found
      .filter((f) => {
        if (f.start < reached) return false;
        reached = f.end;
        return true;
      })
      .map(({ start, end }): Finding => {
        const written = doc.lines.text.slice(start, end);
        const f = fieldAt(start);
        return {
          message: f
            ? fieldMessage(f.field, written, unquoted(doc.lines.text.slice(f.start, f.end)) === written)
            : bodyMessage(written),
          range: prose.range(start, end),
          data: { placeholder: written, ...(f ? { field: f.field.key } : {}) },
        };
      });
  },
};

/** The reason, once a message: a new document has a dozen placeholders, and the rule's page gives the rationale in full. */
const WHY = 'the workforce plan (6.18) asks that adverts match the job.';

function fieldMessage(field: FrontMatterField, written: string, whole: boolean): string {
  const what = whole
    ? `is still a placeholder: "${quoted(written)}"`
    : `still contains a placeholder: "${quoted(written)}"`;
  return `The field "${field.key}" ${what}. Fill in the real value, or remove the field, before the job description is published: ${WHY}`;
}

function bodyMessage(written: string): string {
  return `"${quoted(written)}" is placeholder text. Replace it with the real text, or delete it, before the job description is published: ${WHY}`;
}

/** The text on one line, cut short when long. */
function quoted(written: string): string {
  const flat = written.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

/** A front-matter value's source without YAML quotes and surrounding space. */
function unquoted(source: string): string {
  const trimmed = source.trim();
  const quote = /^(["'])([\s\S]*)\1$/.exec(trimmed);
  return (quote ? quote[2] : trimmed).trim();
}

/**
 * The field's value is a YAML list its field takes (`essential_capabilities:
 * [DAW-1-02, DAW-2-06]`): the brackets are the list's. An unquoted
 * `contract: [Permanent or fixed term]` is a list too, but not one its field
 * takes: a placeholder typed without quotes.
 */
function listSyntax(field: FrontMatterField | undefined): boolean {
  return field !== undefined && Array.isArray(field.value) && acceptedValue(field.key, field.value) !== undefined;
}

function readsAsPlaceholder(content: string): boolean {
  const trimmed = content.trim().replace(/^[*_]+|[*_]+$/g, '');
  return PLACEHOLDER_CONTENT().some((pattern) => pattern.test(trimmed));
}

/** `text` is the scannable text; `source` the document's, whose line breaks document-text may have blanked out. */
function standsAlone(text: string, source: string, start: number, end: number): boolean {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = source.indexOf('\n', end);
  return (
    ALONE_BEFORE.test(text.slice(lineStart, start)) &&
    ALONE_AFTER.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd))
  );
}

function isLink(text: string, start: number, end: number, content: string, definitions: ReadonlySet<string>): boolean {
  const next = text[end];
  if (next === '(' || next === '[') return true; // [text](url), [text][ref], [text][]
  if (text[start - 1] === ']' || text[start - 1] === '!') return true; // the [ref] of [text][ref]; an image
  if (next === ':' && /(?:^|\n) {0,3}$/.test(text.slice(Math.max(0, start - 4), start))) return true; // [label]: url
  return definitions.has(label(content));
}

function label(content: string): string {
  return content.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The prose with, from the body on, code spans, link destinations, bare URLs
 * and e-mail addresses blanked out (offsets kept), and the labels of the
 * reference-link definitions.
 */
function scannable(prose: string, bodyStart: number): { text: string; definitions: Set<string> } {
  const definitions = new Set<string>();
  const original = prose.slice(bodyStart);
  // Each pattern only where its anchor occurs: most job descriptions have no links, code or e-mail
  // addresses, and the e-mail pattern tries every word, which is costly on long text.
  if (original.includes(']:'))
    for (const m of original.matchAll(/(?:^|\n) {0,3}\[([^[\]\0]+)\]:/g)) definitions.add(label(m[1]));
  let body = blankCodeSpans(original);
  const blank = (s: string) => s.replace(/[^\r\n]/g, GAP);
  if (body.includes(']('))
    body = body.replace(
      /(\]\()([^)\n\0]*)\)/g,
      (_, open: string, destination: string) => `${open}${blank(destination)})`,
    );
  if (body.includes('://') || body.includes('www.'))
    body = body.replace(/(?:https?|ftp):\/\/[^\s<>\0]+|www\.[^\s<>\0]+/g, blank);
  if (body.includes('@')) body = body.replace(/(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, blank);
  // Nothing blanked: the prose itself, not a copy of it.
  return { text: body === original ? prose : prose.slice(0, bodyStart) + body, definitions };
}

/**
 * Blanks `code spans`: a run of backticks up to the next run of the same
 * length in the same paragraph. Linear: each run's next run of its length is
 * found once, from the end, and blank lines are counted once.
 */
function blankCodeSpans(text: string): string {
  if (!text.includes('`')) return text;
  const runs = [...text.matchAll(/`+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // Paragraph number of each run: blank lines before it.
  const blankLines = [...text.matchAll(/\n[ \t\r]*\n/g)].map((m) => m.index);
  const paragraph: number[] = [];
  for (let i = 0, b = 0; i < runs.length; i++) {
    while (b < blankLines.length && blankLines[b] < runs[i].start) b++;
    paragraph.push(b);
  }
  const nextSame = new Array<number>(runs.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const length = runs[i].end - runs[i].start;
    nextSame[i] = lastOfLength.get(length) ?? -1;
    lastOfLength.set(length, i);
  }
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < runs.length; i++) {
    const j = nextSame[i];
    if (j < 0 || paragraph[j] !== paragraph[i]) continue;
    out.push(text.slice(at, runs[i].start), text.slice(runs[i].start, runs[j].end).replace(/[^\r\n]/g, GAP));
    at = runs[j].end;
    i = j;
  }
  out.push(text.slice(at));
  return out.join('');
}
