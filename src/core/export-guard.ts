// The export guard: what stands between a job description and a Word file.
// Shared by `jdkit render` and the editor's Export to Word command, so both
// refuse the same documents. Errors block an export unless the user allows
// them; warnings are shown (the editor asks) but never block; a document
// whose front matter cannot be read is never exported, because its title and
// fields (and, with an unclosed block, its whole body) would be lost, nor one
// without front matter or a title, which would be exported as an untitled
// post. Why such a document is not exported is worded here once, for both.
import type { FrontMatter, FrontMatterProblem } from './document/front-matter';
import { acceptedValue } from './fields';
import type { Diagnostic } from './types';

export interface ExportBlockers {
  /** Error-severity diagnostics, in document order. */
  errors: Diagnostic[];
  /** Warning-severity diagnostics, in document order. */
  warnings: Diagnostic[];
  /**
   * The front matter is there but cannot be read (invalid YAML, never closed,
   * not "field: value" lines). Taken from the parsed document, not the
   * diagnostics, so switching `invalid-front-matter` off or suppressing it does
   * not let such a document through.
   */
  unreadableFrontMatter: boolean;
  /** Why the front matter cannot be read; empty when it can. */
  frontMatterProblems: FrontMatterProblem[];
  /** No front matter at all: a plain job description, not yet a jdkit one. Taken from the document, as above. */
  noFrontMatter: boolean;
  /** No front matter, or no valid title in it: the Word file would be an untitled post. Taken from the document, as above. */
  untitled: boolean;
}

export type ExportBlock = 'unreadable-front-matter' | 'no-front-matter' | 'untitled' | 'errors';

export function exportBlockers(
  diagnostics: readonly Diagnostic[],
  frontMatter: Pick<FrontMatter, 'problems' | 'fields'> | null,
): ExportBlockers {
  const frontMatterProblems = frontMatter ? [...frontMatter.problems] : [];
  return {
    errors: diagnostics.filter((d) => d.severity === 'error'),
    warnings: diagnostics.filter((d) => d.severity === 'warning'),
    unreadableFrontMatter: frontMatterProblems.length > 0,
    frontMatterProblems,
    noFrontMatter: frontMatter === null,
    untitled: acceptedValue('title', frontMatter?.fields.get('title')?.value) === undefined,
  };
}

/**
 * Why the document must not be exported, or null when it may be.
 * `allowErrors` lets errors through, never unreadable front matter, no front
 * matter or a missing title: these come first, so that a document with both
 * is not sent to try --allow-errors, which cannot help it.
 */
export function exportBlock(blockers: ExportBlockers, options: { allowErrors?: boolean } = {}): ExportBlock | null {
  if (blockers.unreadableFrontMatter) return 'unreadable-front-matter';
  if (blockers.noFrontMatter) return 'no-front-matter';
  if (blockers.untitled) return 'untitled';
  if (blockers.errors.length > 0 && !options.allowErrors) return 'errors';
  return null;
}

/** Whether `jdkit import` reads the file as text (src/import/import.ts): it refuses a .jd.md, a job description already. */
function importedAsText(file: string): boolean {
  return /\.(md|txt)$/i.test(file) && !/\.jd\.md$/i.test(file);
}

/**
 * Why a document without front matter, or without a title in it, is never
 * exported, and what to do: "<file> was not exported: <this>". A plain
 * Markdown or text job description is sent to the import, as a Word one is,
 * which makes its front matter from its heading and details; a .jd.md, or
 * an unsaved document, is told the lines to add. `importWith` names the import
 * as the reader runs it: "jdkit import", or the editor's command.
 */
export function untitledReason(block: 'no-front-matter' | 'untitled', file: string, importWith: string): string {
  if (block === 'untitled')
    return 'it has no title in its front matter, so the Word file would be an untitled post. Add "title: <job title>" between --- lines at the top.';
  const why = 'it has no front matter, so the Word file would be an untitled post.';
  return importedAsText(file)
    ? `${why} ${importWith} turns a plain job description into a .jd.md that jdkit can lint and export, with its title and details as front matter.`
    : `${why} Start the file with a "---" line, then "title: <job title>", then another "---" line.`;
}
