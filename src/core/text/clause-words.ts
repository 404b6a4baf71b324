// Small readers of a clause (see clauseBefore and clauseAfter in negated.ts)
// that the rules reading who does what share: the nearest cue before a
// phrase is the last match of a pattern, and distances are counted in words.

/** The last match of a global pattern in the text, if any: the cue nearest what follows the text. */
export function lastMatch(text: string, pattern: RegExp): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(pattern)) last = m;
  return last;
}

/** The text's words, split at white space. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
