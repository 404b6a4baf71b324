// Caseload sizes stated in the prose of a job description ("manage a caseload
// of up to 50 service users", "caseloads of 45–55"), which applicants read as
// much as the front-matter field. A size is the first number after the word
// "caseload" reached through connecting words only ("of", "up to",
// "approximately", "between"): any other word ends the search, so "caseload
// reviews every 12 weeks" and "reduce caseloads by 10%" state no size.
//
// Linear in the text: one scan for the keyword, then a look at most WINDOW
// characters after each occurrence, with patterns that cannot backtrack far.

export interface StatedCaseload {
  /** The caseload: the number stated, or the upper end of a stated range. */
  value: number;
  /** UTF-16 offsets of the number or range as written ("50", "45–55", "50+"). */
  start: number;
  end: number;
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

// Both look no further than the number's line: the next line may be another
// item ("Caseload: 45" above "Hours: 37.5").
/** The upper end of a range: "45–55", "45 - 55", "45 to 55"; "35 and 50" after "between". */
const RANGE_END = /[^\S\r\n]*(?:[-\u2010-\u2015]|to(?![A-Za-z]))[^\S\r\n]*(\d+)(?![\d,.]?\d|[A-Za-z])/y;
const BETWEEN_END = /[^\S\r\n]+and[^\S\r\n]+(\d+)(?![\d,.]?\d|[A-Za-z])/y;
/** What after a number shows it is not a caseload: a percentage, a duration, a time, a date. */
const NOT_A_SIZE =
  /[^\S\r\n]*(?:%|per\s*cent|percent|(?:hours?|hrs?|weeks?|days?|months?|years?|minutes?|mins?|miles?|am|pm|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![A-Za-z])|[/.:]\d)/iy;
const YEAR = /^(?:19|20)\d\d$/;

/** Every caseload size stated in `text` from offset `from` on, in document order. */
export function statedCaseloads(text: string, from = 0): StatedCaseload[] {
  const found: StatedCaseload[] = [];
  KEYWORD.lastIndex = from;
  for (let m = KEYWORD.exec(text); m; m = KEYWORD.exec(text)) {
    if (COLLECTIVE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const end = m.index + m[0].length;
    const size = sizeAfter(text.slice(end, end + WINDOW));
    // A number running to the window's edge may be cut short: leave it out.
    if (size && size.end < WINDOW) found.push({ value: size.value, start: end + size.start, end: end + size.end });
  }
  return found;
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
      const lower = word.toLowerCase();
      if (!CONNECTORS.has(lower) || (stop && !ABBREVIATIONS.has(lower))) return null;
      between ||= lower === 'between';
    }
  }
  return null;
}

function size(after: string, start: number, first: string, between: boolean): StatedCaseload | null {
  if (first.includes('.') || YEAR.test(first)) return null;
  let value = Number(first.replace(/,/g, ''));
  let end = start + first.length;
  const range = rangeEnd(after, end, between);
  if (range) {
    value = Math.max(value, range.value);
    end = range.end;
  } else if (after[end] === '+') end++;
  NOT_A_SIZE.lastIndex = end;
  return NOT_A_SIZE.test(after) ? null : { value, start, end };
}

function rangeEnd(after: string, from: number, between: boolean): { value: number; end: number } | null {
  for (const pattern of between ? [BETWEEN_END, RANGE_END] : [RANGE_END]) {
    pattern.lastIndex = from;
    const m = pattern.exec(after);
    if (m) return { value: Number(m[1]), end: pattern.lastIndex };
  }
  return null;
}
