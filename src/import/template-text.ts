// What jdkit's built-in templates write word for word: the equality statement
// a job description without one gets, the note under its person
// specification. In a Word document jdkit exported, these paragraphs are
// jdkit's, not the employer's; an import that kept them would add them to the
// job description, and once more on every round.
import fs from 'node:fs';
import path from 'node:path';
import { lazily } from '../core/lazy';
import { builtInTemplatesDir, TEMPLATE_EXTENSION } from '../export/templates';

/** A paragraph of plain text in a template: no expression, no inline markup. */
const LITERAL_PARAGRAPH = /<p>([^<>{}]+)<\/p>/g;

/** The built-in templates' literal paragraphs, as `normalised` gives them; read once, on first use. */
export const templateParagraphs: () => ReadonlySet<string> = lazily(() => {
  const dir = builtInTemplatesDir();
  const files = [dir, path.join(dir, 'partials')].flatMap((folder) =>
    fs
      .readdirSync(folder)
      .filter((name) => name.endsWith(TEMPLATE_EXTENSION))
      .map((name) => path.join(folder, name)),
  );
  return new Set(
    files.flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(LITERAL_PARAGRAPH)].map((m) => normalised(m[1])),
    ),
  );
});

/** Text compared whatever its spacing. */
export function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
