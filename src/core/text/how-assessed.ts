// How a person-specification criterion is assessed, written after it in
// brackets: "Full UK driving licence (how assessed: A/I)". The Word import
// writes a table's "How assessed" column so, and the export reads it back
// instead of guessing.

const NOTE = /\s*\(how assessed:\s*([^()]*[^()\s])\s*\)\s*$/i;

/** The criterion with its assessment noted after it. */
export function withAssessment(criterion: string, how: string): string {
  return how ? `${criterion} (how assessed: ${how})` : criterion;
}

/** The criterion without its note, and the note's text (null when it has none). */
export function splitAssessment(text: string): { criterion: string; how: string | null } {
  const note = NOTE.exec(text);
  return note ? { criterion: text.slice(0, note.index).trim(), how: note[1] } : { criterion: text, how: null };
}

/** The letters person specifications use for how a criterion is assessed (a key under the table). */
const LETTERS: Readonly<Record<string, string>> = {
  A: 'Application',
  I: 'Interview',
  T: 'Test',
  P: 'Presentation',
  R: 'References',
  C: 'Certificates',
};

/** "A/I" → "Application / Interview"; anything but those letters is kept as written. */
export function spellAssessment(how: string): string {
  const parts = how.split(/\s*[/,&+]\s*|\s+and\s+|\s+/);
  return parts.every((p) => LETTERS[p.toUpperCase()] && p.length === 1)
    ? parts.map((p) => LETTERS[p.toUpperCase()]).join(' / ')
    : how;
}
