// Caseload sizes stated in the prose of a job description ("manage a caseload
// of up to 50 service users", "caseloads of 45–55"), which applicants read as
// much as the front-matter field (plan section 4). A size is the first number
// after the word "caseload" reached through connecting words only ("of", "up
// to", "approximately", "between"): any other word ends the search, so
// "caseload reviews every 12 weeks" and "reduce caseloads by 10%" state no
// size. Or it is the number of people just before "on your caseload" ("45-50
// people on your caseload"; not "aged 18 to 65 on your caseload", "300 people
// in their caseloads" or "200 families on a caseload basis"). Numbers may be
// written in words ("fifty").
//
// Linear in the text: one scan for the keyword, then a look at most WINDOW
// characters after and BEFORE_WINDOW before each occurrence, with patterns
// that cannot backtrack far.
import { NUMBER_IN_WORDS, numberInWordsValue } from './number-words';

export interface StatedCaseload {
  /** The caseload: the number stated, or the upper end of a stated range. */
  value: number;
  /** UTF-16 offsets of the number or range as written ("50", "45–55", "50+", "fifty"). */
  start: number;
  end: number;
  /** Whether a range is stated ("45–55"), `value` being its upper end. */
  range: boolean;
}

const KEYWORD = /(?<![A-Za-z0-9_])case[\s\u2010\u2011-]?loads?(?![A-Za-z0-9_])/gi;
/** A caseload shared by a team or service is not one worker's caseload. */
const COLLECTIVE_BEFORE = /(?<![A-Za-z])(?:team|teams|service|services|combined|collective)(?:['’]s)?\s+$/i;
const WINDOW = 160;
const MAX_TOKENS = 10;

/**
 * One token after optional spacing that crosses at most one line break (a
 * blank line starts another paragraph): a number, a word with an optional
 * full stop, or punctuation that may sit between "caseload" and its size.
 */
const TOKEN = /[ \t]*(?:\r?\n[ \t]*)?(?:(\d+(?:,\d{3})*(?:\.\d+)?)(?![A-Za-z\d])|([A-Za-z]+)(\.?)|([:(~=≈–—]))/y;

/** Words that may come between "caseload" and the number ("of up to", "is expected to be around"). */
const CONNECTORS = new Set([
  'of',
  'is',
  'are',
  'will',
  'would',
  'should',
  'be',
  'being',
  'to',
  'a',
  'an',
  'the',
  'in',
  'region',
  'at',
  'up',
  'no',
  'not',
  'more',
  'than',
  'less',
  'fewer',
  'under',
  'below',
  'over',
  'above',
  'around',
  'about',
  'approximately',
  'approx',
  'roughly',
  'circa',
  'c',
  'ca',
  'some',
  'between',
  'from',
  'ranging',
  'range',
  'most',
  'least',
  'maximum',
  'max',
  'minimum',
  'min',
  'average',
  'averaging',
  'averages',
  'typically',
  'usually',
  'normally',
  'generally',
  'currently',
  'likely',
  'expected',
  'size',
  'sizes',
  'number',
  'numbers',
  'target',
  'exceeding',
  'typical',
]);
/** Connectors that may be abbreviated with a full stop; after any other word a full stop ends the sentence. */
const ABBREVIATIONS = new Set(['approx', 'c', 'ca', 'max', 'min']);

/** A number in words where a token starts ("fifty", "forty-five"). */
const NUMBER_IN_WORDS_AT = new RegExp(NUMBER_IN_WORDS, 'iy');

// Both look no further than the number's line: the next line may be another
// item ("Caseload: 45" above "Hours: 37.5").
/** The end of a range's upper number, in figures or in words. */
const UPPER = `(\\d+(?![\\d,.]?\\d|[A-Za-z])|${NUMBER_IN_WORDS})`;
/** The upper end of a range: "45–55", "45 - 55", "45 to 55"; "35 and 50" after "between". */
const RANGE_END = new RegExp(`[^\\S\\r\\n]*(?:[-\\u2010-\\u2015]|to(?![A-Za-z]))[^\\S\\r\\n]*${UPPER}`, 'iy');
const BETWEEN_END = new RegExp(`[^\\S\\r\\n]+and[^\\S\\r\\n]+${UPPER}`, 'iy');

/** A number in figures or in words, as a group. */
const NUMBER = `(\\d{1,3}(?:,\\d{3})+|\\d+|${NUMBER_IN_WORDS})`;
/**
 * A number of people on one worker's caseload, just before the keyword: "45-50 people on your caseload",
 * "between 35 and 50 families in a", "50 adult service users on a": the people right after the number,
 * at most one word between. Not "our", "the" or "their" caseload (a team's: "300 people in their
 * caseloads"), nor a number of anything else ("45 minutes with each person on your", "aged 18 to 65 on your").
 */
const PEOPLE_ON_A_CASELOAD = new RegExp(
  `(?<![A-Za-z0-9_,.£$-])(?:between[ \\t]+${NUMBER}[ \\t]+and[ \\t]+${NUMBER}|${NUMBER}(?:[ \\t]*(?:[-\\u2010-\\u2015]|to(?![A-Za-z]))[ \\t]*${NUMBER})?(\\+)?)` +
    `[ \\t]+(?:[A-Za-z-]+[ \\t]+)?(?:people|persons|individuals|clients|service[ \\t]+users|adults|children|families|parents|carers|patients)[ \\t]+` +
    `(?:on|in)[ \\t]+(?:your|a|my|his|her|each)[ \\t]+$`,
  'id',
);
const BEFORE_WINDOW = 100;
/** The end of PEOPLE_ON_A_CASELOAD, tested first on a few characters: most caseloads are "a caseload" or "your caseload". */
const ON_A = /(?<![A-Za-z])(?:on|in)[ \t]+(?:your|a|my|his|her|each)[ \t]+$/i;
/** "on a caseload basis": how a service works, not the size of a caseload. */
const BASIS_AFTER = /^[\s-]*basis(?![A-Za-z])/i;
/** An age range ("adults aged 18 to 65") is no number of people. */
const AGED_BEFORE = /(?<![A-Za-z])(?:aged?|ages)[ \t]+(?:(?:between|from|of)[ \t]+)?$/i;
/** What after a number shows it is not a caseload: a percentage, a duration, a time, a date. */
const NOT_A_SIZE =
  /[^\S\r\n]*(?:%|per\s*cent|percent|(?:hours?|hrs?|weeks?|days?|months?|years?|minutes?|mins?|miles?|am|pm|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![A-Za-z])|[/.:]\d)/iy;
const YEAR = /^(?:19|20)\d\d$/;

/** Every caseload size stated in `text` from offset `from` on, in document order. */
export function statedCaseloads(text: string, from = 0): StatedCaseload[] {
  const found: StatedCaseload[] = [];
  /** Adds a size unless it is one already found ("Caseload: 45 people on your caseload" states one). */
  const add = (size: StatedCaseload) => {
    if (found.length === 0 || found[found.length - 1].end <= size.start) found.push(size);
  };
  KEYWORD.lastIndex = from;
  for (let m = KEYWORD.exec(text); m; m = KEYWORD.exec(text)) {
    if (COLLECTIVE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const end = m.index + m[0].length;
    const before = BASIS_AFTER.test(text.slice(end, end + 12)) ? null : sizeBefore(text, from, m.index);
    if (before) add(before);
    const size = sizeAfter(text.slice(end, end + WINDOW));
    // A number running to the window's edge may be cut short: leave it out.
    if (size && size.end < WINDOW) add({ ...size, start: end + size.start, end: end + size.end });
  }
  return found;
}

/** The number of people stated just before "caseload" at `keyword`, looking back no further than `from`. */
function sizeBefore(text: string, from: number, keyword: number): StatedCaseload | null {
  if (!ON_A.test(text.slice(Math.max(from, keyword - 24), keyword))) return null;
  const windowStart = Math.max(from, keyword - BEFORE_WINDOW);
  const m = PEOPLE_ON_A_CASELOAD.exec(text.slice(windowStart, keyword));
  // A number starting at the window's edge may be cut short: leave it out.
  if (!m?.indices || (m.index === 0 && windowStart > from)) return null;
  // Groups 1 and 2: "between 35 and 50"; 3 and 4: "45", "45-50", then 5: "50+".
  const [low, high] = m[1] !== undefined ? [1, 2] : [3, 4];
  const first = m[low];
  if (YEAR.test(first)) return null;
  const numberStart = windowStart + m.indices[low][0];
  if (AGED_BEFORE.test(text.slice(Math.max(from, numberStart - 24), numberStart))) return null;
  const last = m[high] ?? first;
  return {
    value: Math.max(numberValue(first), numberValue(last)),
    start: numberStart,
    end: windowStart + (m.indices[5] ?? m.indices[high] ?? m.indices[low])[1],
    range: m[high] !== undefined,
  };
}

/** The size stated at the start of `after`, the text following "caseload", with offsets into it. */
function sizeAfter(after: string): StatedCaseload | null {
  let between = false;
  TOKEN.lastIndex = 0;
  for (let i = 0; i < MAX_TOKENS; i++) {
    const token = TOKEN.exec(after);
    if (!token) return null;
    const [, number, word, stop] = token;
    if (number !== undefined) return size(after, TOKEN.lastIndex - number.length, number, between);
    if (word !== undefined) {
      const wordStart = TOKEN.lastIndex - word.length - stop.length;
      NUMBER_IN_WORDS_AT.lastIndex = wordStart;
      const inWords = NUMBER_IN_WORDS_AT.exec(after);
      if (inWords) return size(after, wordStart, inWords[0], between);
      const lower = word.toLowerCase();
      if (!CONNECTORS.has(lower) || (stop && !ABBREVIATIONS.has(lower))) return null;
      between ||= lower === 'between';
    }
  }
  return null;
}

function size(after: string, start: number, first: string, between: boolean): StatedCaseload | null {
  if (first.includes('.') || YEAR.test(first)) return null;
  let value = numberValue(first);
  let end = start + first.length;
  const range = rangeEnd(after, end, between);
  if (range) {
    value = Math.max(value, range.value);
    end = range.end;
  } else if (after[end] === '+') end++;
  NOT_A_SIZE.lastIndex = end;
  return NOT_A_SIZE.test(after) ? null : { value, start, end, range: range !== null };
}

function rangeEnd(after: string, from: number, between: boolean): { value: number; end: number } | null {
  for (const pattern of between ? [BETWEEN_END, RANGE_END] : [RANGE_END]) {
    pattern.lastIndex = from;
    const m = pattern.exec(after);
    if (m) return { value: numberValue(m[1]), end: pattern.lastIndex };
  }
  return null;
}

/** A number in figures ("1,200") or in words ("forty-five"). */
function numberValue(written: string): number {
  return /^\d/.test(written) ? Number(written.replace(/,/g, '')) : numberInWordsValue(written);
}
