import type { Framework } from '../framework/load';
import type { StigmaData } from '../framework/schema';
import { documentText, type DocumentText } from '../text/document-text';
import { findPhrases, phraseList, type PhraseList, type PhraseMatch } from '../text/find-phrases';
import type { Fix } from '../types';
import type { Rule } from './rule';
import { upperFirst } from '../text/case';

type Term = StigmaData['terms'][number];

/**
 * The stigma vocabulary as one phrase list for a single scan, less the
 * organisation's allowed terms: an allowed term id drops the term; any other
 * allowed entry is a phrase to leave alone, handled as an exception so that
 * allowing "ex-offender" also stops "offender" matching inside it.
 */
interface Vocabulary {
  /** Looked for by their words the framework's statements use least ("addict", not "drug"): see phraseList. */
  phrases: PhraseList;
  exceptions: string[];
  termOf: Map<string, Term>;
}

// Keyed by the framework and the allowed terms: the phrase list is compiled once, not on every keystroke.
const vocabularies = new WeakMap<Framework, Map<string, Vocabulary>>();

function vocabulary(framework: Framework, allowedTerms: readonly string[]): Vocabulary {
  const { stigma } = framework;
  const allowed = [...new Set(allowedTerms.map(normalise))].sort();
  const key = allowed.join('\u0000');
  let byAllowed = vocabularies.get(framework);
  if (!byAllowed) vocabularies.set(framework, (byAllowed = new Map<string, Vocabulary>()));
  let vocab = byAllowed.get(key);
  if (!vocab) {
    const named = stigma.terms.filter((t) => allowed.includes(t.id));
    // Accepting "offender" accepts "offenders" too: a term is allowed in both its numbers.
    const allowedIds = new Set(named.flatMap((t) => (t.otherNumber ? [t.id, t.otherNumber] : [t.id])));
    const exceptions = new Set(allowed.filter((a) => !allowedIds.has(a)));
    const phrases: string[] = [];
    const termOf = new Map<string, Term>();
    for (const term of stigma.terms) {
      if (allowedIds.has(term.id)) continue;
      for (const phrase of term.phrases) {
        if (termOf.has(phrase)) continue;
        phrases.push(phrase);
        termOf.set(phrase, term);
      }
      for (const exception of term.exceptions) exceptions.add(exception);
    }
    // Words the framework's statements use often are common in job descriptions too.
    const commonness = (word: string) => framework.matcher.commonness(word);
    vocab = { phrases: phraseList(phrases, commonness), exceptions: [...exceptions], termOf };
    byAllowed.set(key, vocab);
  }
  return vocab;
}

function normalise(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

export const rule: Rule = {
  id: 'stigmatising-language',
  defaultSeverity: 'warning',
  summary:
    "The document uses stigmatising words for people who use drugs and/or alcohol, such as 'addict', 'substance abuse' or 'clean'.",
  rationale:
    'The framework (section 3) chose \'people who use(d) drugs and/or alcohol\' as the preferred term after consulting experts by experience, and (section 4) asks everyone to challenge stigma, which makes people reluctant to use services. A job description is the first thing applicants read about how a service talks about the people it supports. Words inside the name of an organisation or group, a run of capitalised words ending in a word such as Forum, Network, Group or Café ("the Wexcombe Drug Users Forum"), are reported as information at most and without a fix: the name may not be the employer\'s to change. Capitals alone mark no name ("work with Drug Users in Wexcombe").',
  sources: [
    { document: 'framework', ref: '3' },
    { document: 'framework', ref: '4' },
  ],
  fixesOffered: [
    'Replace the words with a preferred term, such as "person who uses drugs and/or alcohol" for "addict" (one fix for each preferred term).',
  ],
  check(context) {
    const vocab = vocabulary(context.framework, context.config.allowedTerms);
    const prose = documentText(context.doc);
    return findPhrases(prose.text, vocab.phrases, vocab.exceptions).map((match) => {
      const term = vocab.termOf.get(match.phrase)!;
      const written = prose.text.slice(match.start, match.end);
      const sentenceStart = startsSentence(prose.text, match.start);
      const rewritten = term.preferred.map((preferred) => rewrite(written, term, preferred, sentenceStart));
      // A term that replaces some of its words suggests the whole rewritten phrase ("using drugs").
      const suggested = term.replaces ? rewritten.map((r) => r.replace(/\s+/g, ' ')) : term.preferred;
      // Rewording a name ("the People who use drugs and/or alcohol Forum") is no fix, and the employer may not own it.
      if (inName(prose.text, match.start, match.end))
        return {
          message: `'${prose.written(match.start, match.end)}' is stigmatising language, but looks like part of a name, which may not be yours to change. ${term.reason} If the name is yours, consider changing it; if not, add it to allowedTerms in .jdkit.json.`,
          range: prose.range(match.start, match.end),
          data: { term: term.id, preferred: suggested, inName: true },
          severityAtMost: 'information' as const,
        };
      return {
        message: `'${prose.written(match.start, match.end)}' is stigmatising language. ${term.reason} Say '${suggested[0]}' instead.`,
        range: prose.range(match.start, match.end),
        data: { term: term.id, preferred: suggested },
        fixes: rewritten.map((newText, i) => {
          const fix = replacement(prose, match, newText, suggested[i]);
          return term.replaces || standsAlone(prose.text, match.end) ? fix : { ...fix, needsJudgement: true };
        }),
      };
    });
  },
};

/**
 * The matched words with `preferred` in place of the whole match, or of the
 * term's `replaces` words within it, keeping an initial capital (capitalised).
 */
function rewrite(written: string, term: Term, preferred: string, sentenceStart: boolean): string {
  if (!term.replaces) return capitalised(written, sentenceStart) ? upperFirst(preferred) : preferred;
  // Every phrase of the term contains the words (checked by the knowledge-data test). A
  // RegExp rather than findPhrases, which would evict the document from its case-folding cache.
  const words = wordsPattern(term.replaces).exec(written)!;
  const end = words.index + words[0].length;
  const capital = capitalised(words[0], sentenceStart && words.index === 0);
  return written.slice(0, words.index) + (capital ? upperFirst(preferred) : preferred) + written.slice(end);
}

/**
 * Whether the replacement keeps the written words' initial capital: a
 * capitalised word ("Addicts", in a sentence or a title-case heading) has
 * one; an abbreviation in capitals ("IV drug users", "IVDUs") only where a
 * sentence starts, else "work with People who inject drugs".
 */
function capitalised(written: string, sentenceStart: boolean): boolean {
  const firstWord = /^\S+/.exec(written)![0];
  return startsUpperCase(firstWord) && (sentenceStart || isCapitalised(firstWord));
}

/**
 * Whether `offset` of the prose (documentText) starts a sentence: a line,
 * list item, heading or field value starts there (after a line break or
 * what is not prose), or a sentence ends before it. Reads a few characters
 * back, never the whole line: a megabyte line of matches stays linear.
 */
function startsSentence(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - LOOK_BACK), offset);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\0')) + 1;
  const atLineStart = (lineStart > 0 || offset <= LOOK_BACK) && LINE_OPENING.test(before.slice(lineStart));
  return atLineStart || SENTENCE_END.test(before);
}

/** How far back startsSentence reads: enough for an indented list marker and emphasis. */
const LOOK_BACK = 16;
/** What may come between a line's start and its first word: indentation, a list, heading or quote marker, emphasis. */
const LINE_OPENING = /^\s*(?:(?:[-*+]|\d+[.)]|#+|>)\s*)?[*_]*$/;
/** The end of a sentence, then space (and emphasis) before the next. */
const SENTENCE_END = /[.!?]["'”’)]?\s+[*_]*$/;

/**
 * Whether the match is part of a name, which the employer may not own: the
 * unbroken run of capitalised words holding it (NAME_JOINING words allowed
 * inside, not at its ends) ends in a word naming an organisation or group
 * (GROUP_WORDS: "the Wexcombe Drug Users Forum", "the Clean & Sober Café").
 * Capitals alone mark no name: not a capitalised common noun ("work with Drug
 * Users in Wexcombe", "Street Drinkers and Alcoholics"), nor a group the
 * text does not capitalise ("our Working With Addicts group"), nor a line in
 * Title Case throughout, such as a heading, bullet or field value ("## Drug
 * Users Forum"), nor one in capitals throughout ("DRUG USERS FORUM").
 * Reads a bounded stretch either side, never the whole line.
 */
function inName(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).match(WORDS)!;
  if (!words.some(isCapitalised) || !words.every((w) => isCapitalised(w) || NAME_JOINING.has(w))) return false;
  // The run's last capitalised word, reading on past the match. A run still
  // going where the stretch read ends (a name longer than NAME_LOOK) is no name.
  let last = words.filter(isCapitalised).at(-1)!;
  let edge = end;
  for (const m of text.slice(end, end + NAME_LOOK).matchAll(WORDS)) {
    const at = end + m.index;
    if (!GAP.test(text.slice(edge, at)) || !(isCapitalised(m[0]) || NAME_JOINING.has(m[0]))) break;
    if (isCapitalised(m[0])) last = m[0];
    edge = at + m[0].length;
  }
  if (end + NAME_LOOK < text.length && GAP.test(text.slice(edge, end + NAME_LOOK))) return false;
  if (!GROUP_WORDS.has(last.toLowerCase())) return false;
  return !inTitleCaseLine(text, start, end);
}

/**
 * Words that end the name of an organisation or group. A stigmatising term in
 * such a name ("the Wexcombe Drug Users Forum") is reported as information
 * without a fix, since the name may belong to someone else: a forum, network
 * or charity the employer works with but cannot rename. Kept short on
 * purpose: any other capitalised words are reported as usual.
 */
const GROUP_WORDS = new Set([
  'forum',
  'café',
  'cafe',
  'network',
  'group',
  'project',
  'service',
  'services',
  'association',
  'society',
  'anonymous',
  'centre',
  'center',
  'club',
  'collective',
  'partnership',
  'alliance',
  'trust',
  'foundation',
  'charity',
  'programme',
  'campaign',
  'fellowship',
  'council',
  'committee',
  'panel',
  'board',
]);

/** Small words that may join the capitalised words of a name ("Families of Addicts", "Clean & Sober"). */
const NAME_JOINING = new Set(['&', 'and', 'of', 'the']);

/**
 * Whether the line holding the match is in Title Case: no word in lower case
 * but joining words, and no full stop at its end ("Links with the Ex-Offenders
 * Network." is a sentence). A line longer than LINE_LOOK either side is prose.
 */
function inTitleCaseLine(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - LINE_LOOK);
  const before = text.slice(from, start);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\0'));
  if (lineStart < 0 && from > 0) return false;
  const after = text.slice(end, end + LINE_LOOK);
  const lineEnd = after.search(/[\n\0]/);
  if (lineEnd < 0 && end + LINE_LOOK < text.length) return false;
  const line = before.slice(lineStart + 1) + after.slice(0, lineEnd < 0 ? undefined : lineEnd);
  return !SENTENCE_CLOSE.test(line) && (line.match(WORDS) ?? []).every((w) => !/^\p{Ll}/u.test(w) || JOINING.has(w));
}

/** A word with an initial capital and then lower case: "Forum", not "IVDU" or "DRUG". */
function isCapitalised(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word);
}

/** Small words a line in Title Case leaves in lower case ("## Working with Addicts"). */
const JOINING = new Set(['a', 'an', 'and', '&', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to', 'with']);
const WORDS = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’ʼ-]*|&/gu;
/** What may separate the words of a name: spaces, not a line break (a heading's last word is no part of the next line). */
const GAP = /^[^\S\r\n]*$/;
/** The end of a sentence, with closing quotes, brackets or emphasis after it. */
const SENTENCE_CLOSE = /[.!?]["'”’)*_]*\s*$/;
/** How far inName reads past the match for the end of a name. */
const NAME_LOOK = 64;
/** How far inTitleCaseLine reads either side for the ends of the line: a heading's length. */
const LINE_LOOK = 120;

/** Whole words `words`, case-insensitive, any whitespace between them. */
function wordsPattern(words: string): RegExp {
  const source = words
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])${source}(?![\\p{L}\\p{M}\\p{N}_])`, 'iu');
}

/**
 * Replaces the matched words with `newText`, turning a preceding "a"/"an"
 * into the one the new words need ("an addict" becomes "a person who uses
 * drugs and/or alcohol").
 */
function replacement(prose: DocumentText, match: PhraseMatch, newText: string, suggested: string): Fix {
  let start = match.start;
  const article = /(?<![\p{L}\p{M}\p{N}_])(an?)(\s+)$/iu.exec(prose.text.slice(Math.max(0, start - 64), start));
  if (article) {
    const wanted = /^[aeiou]/i.test(newText) ? 'an' : 'a';
    if (article[1].toLowerCase() !== wanted) {
      const cased = startsUpperCase(article[1]) ? upperFirst(wanted) : wanted;
      newText = `${cased}${article[2]}${newText}`;
      start -= article[0].length;
    }
  }
  return { title: `Replace with '${suggested}'`, edits: [{ range: prose.range(start, match.end), newText }] };
}

// Words that can follow a noun phrase without leaning on it: prepositions,
// conjunctions, relative pronouns, auxiliaries and quantifiers. After any
// other word the stigmatising word is likely used as a modifier ("addict
// services", "alcoholic parents"), where swapping in "people who use ..."
// would not read as English.
const FOLLOWERS = new Set(
  (
    'about across after against among and are around as at because before but by can could did do does during each every for from had has have ' +
    'in including into is like may might must need needs nor of on or over per should since so than that the their them these they this those ' +
    'through to under until was were when where which while who whom whose will with within without would'
  ).split(' '),
);

/**
 * Whether the words after a match let a noun phrase replace it as it is:
 * the end of the text or a clause, or one of FOLLOWERS. A possessive
 * ("addicts' families") or a following noun needs rewording by a person.
 */
function standsAlone(text: string, end: number): boolean {
  const after = /^(['’ʼ]s?(?![\p{L}\p{N}]))|^\s*([\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*)?/u.exec(text.slice(end, end + 64))!;
  if (after[1] !== undefined) return false;
  return after[2] === undefined || FOLLOWERS.has(after[2].toLowerCase());
}

function startsUpperCase(s: string): boolean {
  const first = s[0];
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
