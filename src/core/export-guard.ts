// The export guard: what stands between a job description and a Word file.
// Shared by `jdkit render` and the editor's Export to Word command, so both
// refuse the same documents. Errors block an export unless the user allows
// them; warnings are shown (the editor asks) but never block; a document
// whose front matter cannot be read is never exported, because its title and
// fields (and, with an unclosed block, its whole body) would be lost, nor one
// without a title, which would be exported as an untitled post.
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
  /** No front matter, or no valid title in it: the Word file would be an untitled post. Taken from the document, as above. */
  untitled: boolean;
}

export type ExportBlock = 'unreadable-front-matter' | 'errors' | 'untitled';

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
    untitled: acceptedValue('title', frontMatter?.fields.get('title')?.value) === undefined,
  };
}

/**
 * Why the document must not be exported, or null when it may be.
 * `allowErrors` lets errors through, never unreadable front matter or a missing title.
 */
export function exportBlock(blockers: ExportBlockers, options: { allowErrors?: boolean } = {}): ExportBlock | null {
  if (blockers.unreadableFrontMatter) return 'unreadable-front-matter';
  if (blockers.errors.length > 0 && !options.allowErrors) return 'errors';
  if (blockers.untitled) return 'untitled';
  return null;
}
