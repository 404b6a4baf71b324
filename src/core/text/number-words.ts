// Whole numbers written in words, as job descriptions sometimes write a
// caseload ("a caseload of around fifty people"): one to ninety-nine, and
// hundreds ("a hundred", "one hundred and twenty").

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const VALUE = new Map<string, number>([
  ...UNITS.map((w, i) => [w, i + 1] as const),
  ...TEENS.map((w, i) => [w, i + 10] as const),
  ...TENS.map((w, i) => [w, (i + 2) * 10] as const),
  ['a', 1],
]);

/** Between the words of "forty-five" or "forty five": a hyphen or a space, on one line. */
const JOIN = '[-\\u2010\\u2011 \\t]';
const BELOW_HUNDRED = `(?:(?:${TENS.join('|')})(?:${JOIN}(?:${UNITS.join('|')}))?|${TEENS.join('|')}|${UNITS.join('|')})`;
/**
 * A number in words, as a pattern source without flags or groups to compose:
 * the longest reading first, and never the start of a longer word or of a
 * hyphenated one ("onerous", "one-to-one", "twenty-somethings").
 */
export const NUMBER_IN_WORDS = `(?:(?:(?:a|${UNITS.join('|')})[ \\t]+)?hundred(?:[ \\t]+and[ \\t]+${BELOW_HUNDRED})?|${BELOW_HUNDRED})(?![-\\u2010\\u2011]?[A-Za-z])`;

/** The value of a number NUMBER_IN_WORDS matched, in any case. */
export function numberInWordsValue(written: string): number {
  let value = 0;
  for (const word of written.toLowerCase().split(/[^a-z]+/)) {
    if (word === 'hundred') value = (value || 1) * 100;
    else value += VALUE.get(word) ?? 0;
  }
  return value;
}
