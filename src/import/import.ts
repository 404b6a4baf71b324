// `jdkit import` and the editor's Import Word job description command: an
// existing job description (.docx, .md or .txt) → `<name>.jd.md`, with a
// report of what was found. The role is inferred the way the linter infers it.
import path from 'node:path';
import { parseJd } from '../core/document/parse';
import { DEFAULT_CONFIG, type JdkitConfig } from '../core/config';
import { FIELD_BY_NAME } from '../core/fields';
import { getFramework } from '../core/framework/load';
import { LintContext } from '../core/lint-context';
import { analyseTitle } from '../core/title';
import { containsAnyPhrase } from '../core/text/find-phrases';
import type { Block } from './blocks';
import { buildJd, type ImportedSection, type ImportedValue } from './build-jd';
import { ImportError } from './errors';
import { htmlBlocks } from './html-blocks';
import { checkTextSize, docxPart, docxToHtml } from './read-docx';
import { markdownBlocks, plainTextBlocks } from './text-blocks';
import { decodeWindows1252 } from './windows-1252';
import { BUILT_IN_TEMPLATES } from '../export/templates';
import {
  CORE_PROPERTIES_PART,
  CUSTOM_PROPERTIES_PART,
  exportTemplate,
  readKeptFields,
} from '../export/word-properties';

const ROLE_FROM = { declared: 'front matter', title: 'title', capabilities: 'capabilities' } as const;

export const IMPORTABLE_EXTENSIONS = ['.docx', '.md', '.txt'] as const;

export interface ImportReport {
  title: string;
  titleFrom: 'details' | 'heading' | 'file name';
  fields: Record<string, ImportedValue>;
  sections: ImportedSection[];
  /** Details with no front-matter field, kept at the top of the body. */
  keptDetails: number;
  /** The framework role jdkit infers, and from what; null when it cannot tell. */
  /**
   * The framework role and what said so: `title and text`, a title whose role the text, about children and
   * young people, made their version of it (framework 5.2, 5.5); `vague title`, a role the linter does not take.
   */
  role: {
    id: string;
    name: string;
    from: 'front matter' | 'title' | 'title and text' | 'capabilities' | 'vague title';
  } | null;
  /**
   * For a Word document jdkit exported with a template that shows only part
   * of a job description (the advert's four duties), what to say; null otherwise.
   */
  partial: string | null;
}

export interface ImportedDocument {
  /** The `.jd.md` text. */
  text: string;
  report: ImportReport;
}

/** `<name>.jd.md` beside the source, or in `outDir`. */
export function importOutputPath(source: string, outDir?: string | null): string {
  // "post.advert.docx", as jdkit render names its output, comes back as post.jd.md, not post.advert.jd.md.
  const exported = new RegExp(`\\.(?:${BUILT_IN_TEMPLATES.join('|')})\\.docx$`, 'i');
  const base = path
    .basename(source)
    .replace(exported, '')
    .replace(/\.(docx|doc|md|txt)$/i, '')
    .replace(/\.jd$/i, '');
  return path.join(outDir ?? path.dirname(source), `${base}.jd.md`);
}

/** Converts a document's bytes; throws ImportError for what cannot be imported. */
export async function importDocument(
  bytes: Uint8Array,
  fileName: string,
  config: JdkitConfig = DEFAULT_CONFIG,
): Promise<ImportedDocument> {
  const extension = path.extname(fileName).toLowerCase();
  // Its own output's name: importing would replace it, and read its front matter as text.
  if (/\.jd\.md$/i.test(fileName))
    throw new ImportError(
      'it is already a jdkit job description (.jd.md), so there is nothing to import: lint it instead',
    );
  let blocks: Block[];
  let preset: Record<string, ImportedValue> = {};
  let unknownFields: Record<string, unknown> = {};
  let template: string | null = null;
  // A Word document is read by its bytes: a .docx renamed .doc is still a zip.
  if (extension === '.docx' || (extension === '.doc' && bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    blocks = htmlBlocks(await docxToHtml(bytes));
    // A jdkit export keeps the fields its pages do not show (word-properties.ts).
    const custom = docxPart(bytes, CUSTOM_PROPERTIES_PART);
    if (custom) preset = readKeptFields(custom);
    template = exportTemplate(docxPart(bytes, CORE_PROPERTIES_PART) ?? '');
  } else if (extension === '.doc')
    throw new ImportError(
      'this is an old Word 97–2003 document (.doc). Open it in Word or LibreOffice and save it as a Word document (.docx), then import that',
    );
  else if (extension === '.md' || extension === '.txt') {
    checkTextSize(bytes);
    const text = decodeText(bytes);
    if (extension === '.md') {
      // A Markdown file may already have front matter: its fields are kept, its body read as any other.
      const doc = parseJd(text);
      const frontMatter = doc.frontMatter && doc.frontMatter.problems.length === 0 ? doc.frontMatter.fields : null;
      if (frontMatter) ({ known: preset, unknown: unknownFields } = splitFields(frontMatter));
      blocks = markdownBlocks(text.slice(frontMatter ? offsetOfLine(text, doc.bodyStartLine) : 0));
    } else blocks = plainTextBlocks(text);
  } else
    throw new ImportError(
      `jdkit imports Word documents (.docx), Markdown (.md) and plain text (.txt), not "${extension || 'files without an extension'}"`,
    );
  if (blocks.length === 0 && Object.keys(preset).length === 0) throw new ImportError('the document has no text');

  const framework = getFramework();
  const built = buildJd(blocks, fileName, {
    preset,
    unknownFields,
    jdkitExport: template !== null,
    namesPost: (text) => {
      const title = analyseTitle(text, framework, config);
      return title.roles.length > 0 || title.vague !== null || title.volunteer !== null;
    },
    // Children and young people as the linter knows them: in a title (its qualifiers, "Youth", "YOT") or in the text.
    namesClientGroup: (text) =>
      analyseTitle(text, framework, config).population === 'children-and-young-people' ||
      containsAnyPhrase(text, framework.guidance.population['children-and-young-people']),
  });
  const context = new LintContext(parseJd(built.text), framework, config);
  // A title the plan calls vague names no role for the linter, but it usually stands for one: say which.
  const usual = context.title.vague
    ? context.framework.role(context.forPopulation(context.title.vague.suggest)[0])
    : undefined;
  const role =
    context.role && context.roleSource
      ? {
          id: context.role.id,
          name: context.role.name,
          from:
            context.roleSource === 'title' && context.roleEvidence?.populationMentions
              ? ('title and text' as const)
              : ROLE_FROM[context.roleSource],
        }
      : usual
        ? { id: usual.id, name: usual.name, from: 'vague title' as const }
        : null;
  const report: ImportReport = {
    title: built.title,
    titleFrom: built.titleFrom,
    fields: built.fields,
    sections: built.sections,
    keptDetails: built.keptDetails,
    role,
    partial:
      template && template !== 'job-description'
        ? `This is jdkit's "${template}" export, which shows only part of the job description it was made from: import its job-description export, or use the .jd.md itself.`
        : null,
  };
  return { text: insertNote(built.text, path.basename(fileName), report), report };
}

/** UTF-8 (with or without a byte-order mark), else Windows-1252, which Word's "Plain text" uses by default in England. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const text = decodeWindows1252(bytes);
    // Control characters other than tabs and line breaks mean it is not text at all.
    if (/[\u0000-\u0008\u000e-\u001f]/.test(text))
      throw new ImportError('the file is not text (neither UTF-8 nor Windows-1252)');
    return text;
  }
}

/**
 * Front-matter fields: jdkit's with text or a number, its list fields with a list of text
 * (essential_capabilities: [DAW-1-02]), kept as written for the lint to check, and the ones jdkit does not
 * know, whatever their value.
 */
function splitFields(fields: ReadonlyMap<string, { value: unknown }>): {
  known: Record<string, ImportedValue>;
  unknown: Record<string, unknown>;
} {
  const known: Record<string, ImportedValue> = {};
  const unknown: Record<string, unknown> = {};
  for (const [key, { value }] of fields)
    if (!FIELD_BY_NAME.has(key)) unknown[key] = value;
    else if (typeof value === 'string' || typeof value === 'number') known[key] = value;
    else if (
      FIELD_BY_NAME.get(key)!.schema._zod.def.type === 'array' &&
      Array.isArray(value) &&
      value.every((item) => typeof item === 'string')
    )
      known[key] = [...value];
  return { known, unknown };
}

function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let i = 0; i < line && offset >= 0; i++) offset = text.indexOf('\n', offset) + 1 || text.length;
  return offset;
}

const ROLE_EVIDENCE = {
  'front matter': 'its front matter',
  title: 'the job title',
  'title and text': 'the job title, and the text, which is about children and young people',
  capabilities: 'the duties and capabilities',
} as const;

/** The comment after the front matter: where the text came from and what to do next. */
function insertNote(text: string, source: string, report: ImportReport): string {
  const role = !report.role
    ? 'jdkit cannot tell which framework role this is: add "role:" to the front matter (jdkit roles lists them).'
    : report.role.from === 'vague title'
      ? // The linter takes no role from a vague title: say what it usually means, and that nothing is checked until it is named.
        `The job title is one the workforce plan calls vague; it usually stands for the framework role "${report.role.name}". jdkit checks the document against a role only once the title or the front matter names it: add "role: ${report.role.id}" if that is right.`
      : `jdkit takes it for the framework role "${report.role.name}" (from ${ROLE_EVIDENCE[report.role.from]})${report.role.from === 'front matter' ? '.' : `; add "role: ${report.role.id}" to the front matter if that is right.`}`;
  const title =
    report.titleFrom === 'file name'
      ? 'jdkit found no job title in the document: the title is the file name, check it. '
      : '';
  const note = `<!-- Imported by jdkit from ${source}. ${report.partial ? `${report.partial} ` : ''}${title}${role} The import adds no capabilities: the quick fixes and "Insert capabilities…" add the role's framework statements (on the command line, jdkit lint --fix). Check the text against the original before you use it. -->`;
  const end = text.indexOf('\n---\n', 3) + 5;
  return `${text.slice(0, end)}\n${note}\n${text.slice(end)}`;
}
