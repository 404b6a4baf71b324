// Parses a `*.jd.md` job description into a model with exact source ranges.
// markdown-it finds the block structure (headings, lists, code) with line
// maps; character ranges are then read off the source lines themselves.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Range } from '../types';
import { parseFrontMatter, type FrontMatter } from './front-matter';
import { parseDirectives, type Directive } from './directives';
import { isSectionKind } from './section-kinds';
import { TextLines } from './text-lines';

export interface Heading {
  level: number;
  text: string;
  line: number;
  /** The heading text without its `#` marks. */
  textRange: Range;
}

export interface Section {
  heading: Heading;
  /** First line after the heading. */
  startLine: number;
  /** Line after the section's last line (the next heading of the same or higher level, or the end). */
  endLine: number;
}

export interface Bullet {
  /** The item's text with continuation lines joined by single spaces. */
  text: string;
  /** From the first character after the list marker to the end of the item's last line of text. */
  range: Range;
  /** Lines the whole item spans, [start, end). */
  startLine: number;
  endLine: number;
  /** The `###` heading the bullet sits under inside the Capabilities section, if any. */
  group: Heading | null;
  /** The `##` heading of the section the bullet is in, if any. */
  section: Heading | null;
}

export interface CapabilitiesSection extends Section {
  /** `###` headings inside the section, in order. */
  groups: Heading[];
  bullets: Bullet[];
}

export interface JdDocument {
  lines: TextLines;
  frontMatter: FrontMatter | null;
  /** First line after the front matter. */
  bodyStartLine: number;
  headings: Heading[];
  /** Level-2 sections in order. */
  sections: Section[];
  capabilities: CapabilitiesSection | null;
  /**
   * Top-level bullets outside the Capabilities section and outside sections
   * about the employer or the terms (see NOT_DUTIES_HEADING): the duties and
   * person-specification items that may restate capabilities in the employer's words.
   */
  duties: Bullet[];
  directives: Directive[];
}

const CAPABILITIES_HEADING = /^(?:(?:key|core|required|essential)\s+)?capabilities\b/i;
/** Parts of a person specification some employers give `##` headings of their own. */
const REQUIREMENTS_HEADING = /^(?:(?:essential|desirable) (?:criteria|requirements)|qualifications)/i;

/** The bullet is a person-specification criterion: what an applicant brings (knowledge, experience), not what the post does. */
export function isRequirement(bullet: Bullet): boolean {
  return bullet.section !== null && isRequirementsHeading(bullet.section.text);
}

/** A `##` heading of a person specification, or of one of its parts. */
export function isRequirementsHeading(heading: string): boolean {
  return isSectionKind(heading, 'personSpecification') || REQUIREMENTS_HEADING.test(heading);
}

/** Sections whose bullets are about the employer, the pay, what the post holder receives (supervision, training) or applying, never the work. */
const NOT_DUTIES_HEADING =
  /^(?:about (?:us|the (?:organi[sz]ation|company|charity|trust|employer))|(?:our )?benefits|what we offer|terms|conditions|salary|pay\b|pension|how to apply|applying|contact|further information|additional information|equal|equality|diversity|supervision|support for you|training and development|learning and development|wellbeing|who we are|why (?:join|work for|work with) us|what (?:will )?(?:i|you) get|what(?:'|’)s in it for you|rewards?\b)/i;

// Only block structure is needed: the inline rules (emphasis, links, smart
// quotes) are skipped, which keeps parsing large documents cheap. So is
// markdown-it's own normalisation pass: blockTokens does that work, and
// calls the block parser, the only core rule left, itself.
const markdown = new MarkdownIt('commonmark', { html: true });
markdown.core.ruler.disable(['normalize', 'inline', 'text_join']);

/**
 * markdown-it's block tokens of the body, with the document's line numbers.
 * The document's own text is tokenised from the first line after the front
 * matter: documents reach megabytes and are re-parsed on every keystroke,
 * and a copy of a large string costs more than the rest of the parse. Text
 * markdown-it cannot read as it is gets a copy (normalisedSource).
 */
function blockTokens(lines: TextLines, bodyStartLine: number): Token[] {
  const { text } = lines;
  const asIs = !text.includes('\r') && !text.includes('\0') && !(bodyStartLine === 0 && text.startsWith('\uFEFF'));
  const source = asIs ? text : normalisedSource(lines, bodyStartLine);
  const tokens: Token[] = [];
  if (!source) return tokens;
  // What markdown.parse does with the core rules above (ParserBlock.parse), from the body's first line.
  const state = new markdown.block.State(source, markdown, {}, tokens);
  markdown.block.tokenize(state, bodyStartLine, state.lineMax);
  return tokens;
}

/**
 * The text markdown-it parses when the document's is not fit: every line
 * break as "\n" and NUL as U+FFFD (CommonMark's normalisation), without a
 * byte-order mark where the body starts (invisible to the user; markdown-it
 * would read it as text), and the front matter blanked out rather than sliced
 * off, so markdown-it's line numbers are the document's line numbers.
 */
function normalisedSource(lines: TextLines, bodyStartLine: number): string {
  const body = `${'\n'.repeat(bodyStartLine)}${lines.lines.slice(bodyStartLine).join('\n')}`;
  return (bodyStartLine > 0 ? body : body.replace(/^\uFEFF/, '')).replace(/\0/g, '\uFFFD');
}

export function parseJd(text: string): JdDocument {
  const lines = new TextLines(text);
  const frontMatter = parseFrontMatter(lines);
  const bodyStartLine = frontMatter ? (frontMatter.closingLine >= 0 ? frontMatter.closingLine : 0) + 1 : 0;

  const tokens = blockTokens(lines, bodyStartLine);

  const headings: Heading[] = [];
  const topLevelItems: { startLine: number; endLine: number; paragraph: Token | null }[] = [];
  let listDepth = 0;
  let currentItem: (typeof topLevelItems)[number] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    switch (token.type) {
      case 'heading_open':
        if (token.map && listDepth === 0) headings.push(headingFrom(lines, token, tokens[i + 1]));
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        break;
      case 'list_item_open':
        if (listDepth === 1 && token.map) {
          currentItem = { startLine: token.map[0], endLine: token.map[1], paragraph: null };
          topLevelItems.push(currentItem);
        }
        break;
      case 'inline':
        if (
          currentItem &&
          currentItem.paragraph === null &&
          listDepth === 1 &&
          tokens[i - 1]?.type === 'paragraph_open'
        ) {
          currentItem.paragraph = tokens[i - 1];
        }
        break;
      case 'list_item_close':
        if (listDepth === 1) currentItem = null;
        break;
    }
  }

  const sections = sectionsOf(headings, 2, lines.lineCount);
  const capabilitiesSection = sections.find((s) => CAPABILITIES_HEADING.test(s.heading.text)) ?? null;
  const capabilities = capabilitiesSection
    ? buildCapabilities(lines, capabilitiesSection, headings, topLevelItems)
    : null;
  const notDuties = sections.filter((s) => s === capabilitiesSection || NOT_DUTIES_HEADING.test(s.heading.text));
  const duties: Bullet[] = [];
  // Items and sections are both in document order: one pass over each.
  let next = 0;
  for (const item of topLevelItems) {
    while (next < sections.length && sections[next].endLine <= item.startLine) next++;
    const candidate = sections[next];
    const section = candidate && candidate.startLine <= item.startLine ? candidate : null;
    if (item.startLine < bodyStartLine || (section && notDuties.includes(section))) continue;
    const bullet = bulletFrom(lines, item.startLine, item.endLine, item.paragraph);
    if (bullet) duties.push({ ...bullet, section: section?.heading ?? null });
  }

  return {
    lines,
    frontMatter,
    bodyStartLine,
    headings,
    sections,
    capabilities,
    duties,
    directives: parseDirectives(lines, bodyStartLine),
  };
}

function headingFrom(lines: TextLines, open: Token, inline: Token | undefined): Heading {
  const line = open.map![0];
  const source = lines.lines[line];
  // A setext heading's text may run over several lines: the text joins them,
  // and the range covers the first line (a range must stay inside its line).
  const content = (inline?.content ?? '').trim();
  const lineBreak = content.indexOf('\n');
  const text = lineBreak < 0 ? content : content.replace(/[ \t]*\n[ \t]*/g, ' ');
  const first = lineBreak < 0 ? content : content.slice(0, lineBreak).trimEnd();
  // ATX headings carry the text on their own line; setext ones on the line above the underline.
  const start = first ? Math.max(0, source.indexOf(first)) : source.length;
  return {
    level: Number(open.tag.slice(1)),
    text,
    line,
    textRange: {
      start: { line, character: start },
      end: { line, character: Math.min(source.length, start + first.length) },
    },
  };
}

/** Sections at `level`: each runs to the next heading of that level or higher. One pass, so many headings stay cheap. */
function sectionsOf(headings: Heading[], level: number, lineCount: number): Section[] {
  const sections: Section[] = [];
  let open: Section | null = null;
  for (const heading of headings) {
    if (heading.level > level) continue;
    if (open) open.endLine = heading.line;
    open = heading.level === level ? { heading, startLine: heading.line + 1, endLine: lineCount } : null;
    if (open) sections.push(open);
  }
  return sections;
}

function buildCapabilities(
  lines: TextLines,
  section: Section,
  headings: Heading[],
  items: { startLine: number; endLine: number; paragraph: Token | null }[],
): CapabilitiesSection {
  const groups = headings.filter((h) => h.level === 3 && h.line >= section.startLine && h.line < section.endLine);
  const bullets: Bullet[] = [];
  let nextGroup = 0;
  for (const item of items) {
    if (item.startLine < section.startLine || item.startLine >= section.endLine) continue;
    const bullet = bulletFrom(lines, item.startLine, item.endLine, item.paragraph);
    if (!bullet) continue;
    while (nextGroup < groups.length && groups[nextGroup].line < bullet.startLine) nextGroup++;
    bullet.group = groups[nextGroup - 1] ?? null;
    bullet.section = section.heading;
    bullets.push(bullet);
  }
  return { ...section, groups, bullets };
}

const LIST_MARKER = /^(\s*(?:[-*+]|\d{1,9}[.)])[ \t]*)/;
/** Whitespace that is not a single space: what the item's text collapses to one space. */
const SPACING_TO_NORMALISE = /\s\s|[^\S ]/;

function bulletFrom(lines: TextLines, startLine: number, endLine: number, paragraph: Token | null): Bullet | null {
  const first = lines.lines[startLine];
  const marker = LIST_MARKER.exec(first);
  if (!marker) return null;
  // The item's own text is its first paragraph; nested lists and later paragraphs are not part of it.
  const textEndLine = paragraph?.map ? paragraph.map[1] : startLine + 1;
  let joined = stripHtmlComments(first.slice(marker[1].length));
  for (let line = startLine + 1; line < textEndLine; line++) joined += ` ${stripHtmlComments(lines.lines[line])}`;
  // Most items are one line with single spaces: a global replace would still build its result from parts.
  const text = (SPACING_TO_NORMALISE.test(joined) ? joined.replace(/\s+/g, ' ') : detached(joined)).trim();
  const lastLine = textEndLine - 1;
  const lastText = lines.lines[lastLine];
  const endCharacter = endOfTextBeforeComments(lastText);
  const range: Range = {
    start: { line: startLine, character: marker[1].length },
    end: {
      line: lastLine,
      character: lastLine === startLine ? Math.max(endCharacter, marker[1].length) : endCharacter,
    },
  };
  return { text, range, startLine, endLine, group: null, section: null };
}

/**
 * The text as a string of its own. V8 keeps a slice of a string, or a string
 * joined from slices, as a reference into the whole: an item's text outlives
 * its document in the matcher's memos (up to thousands of texts), so it must
 * not keep the document alive. Prefixing a character and slicing it off again
 * makes V8 copy the text. (A replace that changes something already makes a
 * new string.)
 */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}

/** Length of `line` without trailing whitespace and trailing HTML comments (done by hand: a regex would backtrack on long lines). */
function endOfTextBeforeComments(line: string): number {
  let end = line.trimEnd().length;
  while (line.startsWith('-->', end - 3)) {
    const open = line.lastIndexOf('<!--', end - 3);
    if (open < 0) break;
    end = line.slice(0, open).trimEnd().length;
  }
  return end;
}

/** Removes `<!-- ... -->` spans (HTML comments such as jdkit directives are not capability text), linear in the line length. */
function stripHtmlComments(line: string): string {
  if (!line.includes('<!--')) return line;
  let out = '';
  let from = 0;
  for (let open = line.indexOf('<!--'); open >= 0; open = line.indexOf('<!--', from)) {
    const close = line.indexOf('-->', open + 4);
    if (close < 0) break;
    out += line.slice(from, open) + ' ';
    from = close + 3;
  }
  return out + line.slice(from);
}
