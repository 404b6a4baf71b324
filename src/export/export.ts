// The export pipeline, shared by `jdkit render` and the editor's Export to
// Word command: job description → template context → Handlebars → markup →
// intermediate document → .docx, and writing the result safely.
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG, type JdkitConfig } from '../core/config';
import { parseJd, type JdDocument } from '../core/document/parse';
import { SECTION_HEADINGS, type SectionKind } from '../core/document/section-kinds';
import type { Framework } from '../core/framework/load';
import { listing } from '../core/text/listing';
import { buildTemplateContext } from './build-context';
import type { TemplateContext } from './context';
import { toDocx, type Logo } from './docx';
import { ExportError } from './errors';
import { imageInfo } from './image';
import { parseMarkup } from './markup';
import type { MarkupDocument } from './model';
import { compileTemplate, DEFAULT_TIMEOUT_MS } from './render-template';
import { findTemplate, SECTIONS_SHOWN, type BuiltInTemplate, type TemplateInfo } from './templates';
import { keptFieldsValue, MADE_WITH_JDKIT, PROPERTY_NAME } from './word-properties';

export interface ExportRequest {
  /** The job description's text. */
  text: string;
  /** Its path, if it has one: shown in the document properties. */
  file?: string | null;
  /** A template name (built-in or user) or one already found with listTemplates. */
  template: string | TemplateInfo;
  config?: JdkitConfig;
  /** The config file the config came from: `templatesPath` and `export.logo` are relative to its folder. */
  configFile?: string | null;
  /**
   * The user's templates folder, overriding the config's `templatesPath`
   * (the editor setting); null for none, as in an untrusted workspace.
   */
  userTemplatesDir?: string | null;
  /** Render time limit in milliseconds. */
  timeoutMs?: number;
  /** The export date (for reproducible tests). */
  now?: Date;
  framework?: Framework;
}

export interface RenderedMarkup {
  template: TemplateInfo;
  context: TemplateContext;
  /** The template's output, without line markers. */
  document: MarkupDocument;
  /** The job description as parsed, which the context was built from. */
  source: JdDocument;
  /**
   * jdkit's headings of the sections the (built-in) template shows that the
   * job description lacks, so the document came out with little or nothing
   * in their place: say so, the export still being usable.
   */
  missingSections: string[];
}

export interface ExportResult extends RenderedMarkup {
  docx: Buffer;
}

/** Default heading colour: a dark blue with a contrast of 9:1 on white. */
export const DEFAULT_COLOUR = '1F4E79';
const MAX_LOGO_BYTES = 5 * 1024 * 1024;

/** The user's templates folder from the config, or null when none is set. */
export function configTemplatesDir(config: JdkitConfig, configFile: string | null | undefined): string | null {
  if (!config.templatesPath) return null;
  return path.resolve(configFile ? path.dirname(configFile) : process.cwd(), config.templatesPath);
}

/** Everything up to the intermediate document: fast, synchronous, and where template errors surface. */
export function renderMarkup(request: ExportRequest): RenderedMarkup {
  const config = request.config ?? DEFAULT_CONFIG;
  const userDir =
    request.userTemplatesDir !== undefined ? request.userTemplatesDir : configTemplatesDir(config, request.configFile);
  const template = typeof request.template === 'string' ? findTemplate(request.template, userDir) : request.template;
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const compiled = compileTemplate(template, userDir, timeoutMs);
  const source = parseJd(request.text);
  const context = buildTemplateContext(source, {
    template: template.name,
    config,
    file: request.file,
    now: request.now,
    framework: request.framework,
  });
  const output = compiled.render(context, timeoutMs);
  return {
    template,
    context,
    document: parseMarkup(output, { files: compiled.files }),
    source,
    missingSections: missingSections(template, context),
  };
}

/** What the CLI and the editor say of an export whose job description lacks sections its template shows. */
export function missingSectionsNote(missing: readonly string[]): string {
  const named = listing(missing.map((h) => `"${h}"`));
  return `the job description has no ${named} ${missing.length > 1 ? 'sections' : 'section'} (or nothing in it jdkit can read), so the Word document has nothing from ${missing.length > 1 ? 'them' : 'it'}. Add ${missing.length > 1 ? 'them' : 'it'}, or give the heading jdkit's name.`;
}

function missingSections(template: TemplateInfo, context: TemplateContext): string[] {
  const shown = template.origin === 'built-in' ? SECTIONS_SHOWN[template.name as BuiltInTemplate] : undefined;
  const { criteria, sections } = context;
  const has = (kind: SectionKind) =>
    kind === 'personSpecification'
      ? [...criteria.essential, ...criteria.desirable].some((c) => c.source === 'person-specification')
      : (sections[kind]?.blocks.length ?? 0) > 0;
  return (shown ?? []).filter((kind) => !has(kind)).map((kind) => SECTION_HEADINGS[kind]);
}

/** Renders a job description to a .docx in memory; nothing is written. */
export async function exportJd(request: ExportRequest): Promise<ExportResult> {
  const config = request.config ?? DEFAULT_CONFIG;
  const colour = brandColour(config, request.configFile);
  const logo = loadLogo(config, request.configFile);
  const rendered = renderMarkup(request);
  const { context, document, template, source } = rendered;
  // What the page does not show, for an import of this file to give back.
  const kept = keptFieldsValue(source.frontMatter?.fields);
  const subject = document.subject ?? template.title;
  const organisation = context.organisation;
  const docx = await toDocx(document, {
    title: organisation ? `${context.job.title} – ${organisation}` : context.job.title,
    subject,
    creator: organisation ?? 'jdkit',
    keywords:
      document.keywords ??
      [subject, context.role?.name, 'drug and alcohol treatment and recovery', context.job.settingLabel]
        .filter(Boolean)
        .join('; '),
    description: `${MADE_WITH_JDKIT} from ${context.document.file ?? 'a job description'} with the "${template.name}" template on ${context.document.generated}.`,
    organisation,
    footerText: context.job.reference ? `${context.job.title} (ref. ${context.job.reference})` : context.job.title,
    colour,
    logo,
    customProperties: kept === null ? [] : [{ name: PROPERTY_NAME, value: kept }],
  });
  return { ...rendered, docx };
}

/** `<name>.<template>.docx` beside the source, or in `outDir`. */
export function outputPath(source: string, templateName: string, outDir?: string | null): string {
  const base = path.basename(source).replace(/\.jd\.md$|\.md$/i, '');
  return path.join(outDir ?? path.dirname(source), `${base}.${templateName}.docx`);
}

/** The configured brand colour, checked for a WCAG AA contrast of 4.5:1 on white (headings) and behind white text (table headers). */
export function brandColour(config: JdkitConfig, configFile?: string | null): string {
  const colour = (config.export.colour ?? DEFAULT_COLOUR).replace(/^#/, '').toUpperCase();
  const ratio = contrastWithWhite(colour);
  if (ratio < 4.5) {
    // Rounded down, so a colour just under 4.5:1 never reads as "4.5:1".
    throw new ExportError(
      `export.colour "${config.export.colour}" has a contrast of only ${(Math.floor(ratio * 10) / 10).toFixed(1)}:1 with white; headings and table headers need at least 4.5:1 to be readable (Word's accessibility checker flags less). Choose a darker shade.`,
      configFile ? { file: configFile } : null,
    );
  }
  return colour;
}

/** WCAG 2 contrast ratio between a colour (six hex digits) and white. */
export function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return 1.05 / (luminance + 0.05);
}

function loadLogo(config: JdkitConfig, configFile: string | null | undefined): Logo | null {
  const { logo, logoAltText } = config.export;
  if (!logo) return null;
  const where = configFile ? { file: configFile } : null;
  const file = path.resolve(configFile ? path.dirname(configFile) : process.cwd(), logo);
  let data: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_LOGO_BYTES)
      throw new ExportError(
        `export.logo "${logo}" is ${Math.round(size / 1024 / 1024)} MB; use an image under 5 MB`,
        where,
      );
    data = fs.readFileSync(file);
  } catch (err) {
    if (err instanceof ExportError) throw err;
    throw new ExportError(
      `export.logo "${logo}" cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); the path is relative to the config file`,
      where,
    );
  }
  const info = imageInfo(data);
  if (!info) throw new ExportError(`export.logo "${logo}" is not a PNG or JPEG image`, where);
  // The config schema requires alt text with a logo; this guards callers that build configs in code.
  if (!logoAltText)
    throw new ExportError(
      'export.logo needs export.logoAltText, a short description read out by screen readers',
      where,
    );
  return { data, ...info, altText: logoAltText };
}
