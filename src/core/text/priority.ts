// A person-specification criterion marked essential or desirable in its own
// words, before it ("Essential: Full driving licence") or after it ("Full
// driving licence – desirable", "… (desirable)"). The Word import writes the
// first form; the export reads both.

export type Priority = 'essential' | 'desirable';

const BEFORE = /^(essential|desirable)\s*[:–—-]\s*/i;
const AFTER = /\s*(?:\((essential|desirable)\)|[–—-]\s*(essential|desirable))\s*\.?$/i;

/** The criterion without its mark, and the mark (null when it has none). */
export function splitPriority(text: string): { criterion: string; priority: Priority | null } {
  const mark = BEFORE.exec(text) ?? AFTER.exec(text);
  return mark
    ? { criterion: text.replace(mark[0], '').trim(), priority: (mark[1] ?? mark[2]).toLowerCase() as Priority }
    : { criterion: text, priority: null };
}
