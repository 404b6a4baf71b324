// Blocks of an existing job description → a `.jd.md`: the title and details
// become front matter, sections get jdkit's headings where they mean the same
// ("Key responsibilities" → "Main duties"), person specifications keep
// essential and desirable criteria apart, and everything else is kept in the
// body in the employer's words. Nothing is invented: no capabilities are
// added; a comment at the top says where the text came from and what next.
import { stringify } from 'yaml';
import { acceptedValue, FIELD_SPECS } from '../core/fields';
import { SECTION_HEADINGS, sectionKind, type SectionKind } from '../core/document/section-kinds';
import { upperFirst } from '../core/text/case';
import { splitPriority } from '../core/text/priority';
import { escapeMarkdown, gatherTypedLists, type Block, type Inline, type ListItem } from './blocks';
import { barCells, detailsTable, fieldForLabel, joinLines, labelDetails, type Detail } from './details';
import { personSpecTable, type Criteria } from './person-spec';
import { normalised, templateParagraphs } from './template-text';

/** A front-matter value as the import writes it: text, a number, or a list (essential_capabilities). */
export type ImportedValue = string | number | string[];

/** The sections renamed to jdkit's heading on import: those whose kind the rules and templates use; others keep theirs. */
const RENAMED: ReadonlySet<SectionKind> = new Set([
  'aboutTheRole',
  'mainDuties',
  'personSpecification',
  'supervisionAndSupport',
]);

export interface ImportedSection {
  heading: string;
  /** The heading in the source, when it was renamed. */
  source: string | null;
  /** List items (criteria in a person specification). */
  items: number;
  essential?: number;
  desirable?: number;
}

export interface BuiltJd {
  /** The `.jd.md` text without the leading comment. */
  text: string;
  title: string;
  titleFrom: 'details' | 'heading' | 'file name';
  fields: Record<string, ImportedValue>;
  sections: ImportedSection[];
  /** Details kept in the body: those with no front-matter field, or whose field holds only part of them. */
  keptDetails: number;
}

export interface BuildOptions {
  /** Fields already read (a Markdown file's front matter, a jdkit export's document property). */
  preset?: Record<string, ImportedValue>;
  /**
   * Front-matter fields jdkit does not know (a Markdown file's own, "layout:
   * vacancy"), kept in the front matter as they are: the unknown-field rule
   * reports them (a misspelt field with its fix), and the export leaves them
   * out, where in the body they would be printed as text.
   */
  unknownFields?: Record<string, unknown>;
  /**
   * The document is one jdkit exported, so the paragraphs its templates write
   * (template-text.ts) and its organisation line under the title are jdkit's,
   * and are left out.
   */
  jdkitExport?: boolean;
  /**
   * Whether a text names a post in the framework's title lexicon: of two bold or
   * plain lines at the top, that one is the title. A title ending in a job noun
   * ("Assistant Psychologist") names one too.
   */
  namesPost?: (text: string) => boolean;
  /**
   * Whether a text names a client group the framework has roles of their own for (children and young people:
   * "Youth Offending Team", "Young People's Project"): after a title's dash it keeps the line whole as the title,
   * whatever its ending, since the title then names the children and young people's role.
   */
  namesClientGroup?: (text: string) => boolean;
}

export function buildJd(
  source: readonly Block[],
  fileName: string,
  {
    preset = {},
    unknownFields = {},
    jdkitExport = false,
    namesPost: inLexicon = () => false,
    namesClientGroup = () => false,
  }: BuildOptions = {},
): BuiltJd {
  const namesPost = (text: string) => inLexicon(text) || endsInPostNoun(text);
  const words: TitleWords = { namesPost, namesClientGroup };
  const blocks = markCriteria(gatherTypedLists(promoteHeadings(source)));
  const fields: Record<string, ImportedValue> = { ...preset };
  const kept: Detail[] = [];
  /** Whether the field is not known yet, nor given by the details (which are read later, and win). */
  const unknownField = (field: string) => fields[field] === undefined && fieldFromDetails(blocks, field) === null;
  /**
   * Whether a text gives the title, as it is or with the hours after it that were split off into `hours`
   * ("Recovery Worker (37.5 hrs)"); `same` compares titles.
   */
  const isTitle = (text: string, same = (a: string, b: string) => a === b) => {
    const title = String(fields.title);
    const split = titleThenHours(text);
    return same(text, title) || (split !== null && split.rest === fields.hours && same(split.title, title));
  };
  const takeDetail = (detail: Detail) => {
    const field = fieldForLabel(detail.label);
    const value = field ? fieldValue(field, detail) : null;
    if (field && value !== null && fields[field] === undefined) fields[field] = value;
    // A detail no field holds, or one holds only in part ("Caseload: 60 (reviews only)"), stays in the text.
    const held =
      field !== null && value !== null && (field === 'title' ? isTitle(String(value)) : fields[field] === value);
    if (!held || leavesOut(field, detail)) kept.push(detail);
  };
  // The title from the details, wherever they are, wins over a heading. The hours after it ("Job title: Recovery
  // Worker (37.5 hrs)") are split off into `hours`, as a title line's are (titleThenHours), unless the details give
  // the hours: then the title is left whole, so that nothing is lost.
  const detailsTitle = titleFromDetails(blocks);
  if (fields.title === undefined && detailsTitle) {
    const split = titleThenHours(detailsTitle);
    if (split?.rest && unknownField('hours')) {
      fields.title = split.title;
      fields.hours = split.rest;
    } else fields.title = detailsTitle;
  }

  const sectionLevel = sectionHeadingLevel(blocks);
  const closingDetails = closingDetailsStart(blocks);
  const hasDuties = blocks.some(
    (b) => b.type === 'heading' && sectionKind(headingName(b.inline.plain)) === 'mainDuties',
  );
  const out = new Writer();
  const sections: ImportedSection[] = [];
  let section: ImportedSection | null = null;
  let kind: SectionKind | null = null;
  let titleFrom: BuiltJd['titleFrom'] | null = fields.title !== undefined ? 'details' : null;
  const titleHeading = titleFrom ? null : titleHeadingOf(blocks, namesPost);
  // Failing those, a plain line at the top that reads as a title (plain-text documents have no headings).
  const plainTitle = titleFrom || titleHeading ? null : plainTitleLine(blocks, words);

  /** The level of the jdkit appendix being left out, if inside one. */
  let appendixLevel: number | null = null;
  const templateText = jdkitExport ? templateParagraphs() : null;
  /** Whether the last block was read as details of the post. */
  let previousWasDetails = false;
  // A section that held only what a template wrote (the equality statement jdkit adds) goes with it.
  let sectionStart = 0;
  let droppedTemplateText = false;
  const dropIfOnlyTemplateText = () => {
    if (section && droppedTemplateText && out.length === sectionStart) {
      out.truncate(sectionStart - 1);
      sections.splice(sections.indexOf(section), 1);
    }
  };
  /** Whether a heading or line gives the title known so far, as it is or as "Job description: X", with the hours taken from it or not. */
  const repeatsTitle = (block: Block | undefined) => {
    if ((block?.type !== 'heading' && block?.type !== 'paragraph') || fields.title === undefined) return false;
    const title = titleFromHeading(headingName(block.inline.plain));
    return typeof title === 'string' && isTitle(title, (a, b) => a.toLowerCase() === b.toLowerCase());
  };
  /** A line giving a field (naming the employer or service, the hours): the field, unless the details give it; then text. */
  const takeFieldLine = (field: string, value: string, markdown: string) => {
    if (unknownField(field)) fields[field] = value;
    else out.paragraph(markdown);
  };
  /** The service a title named after its dash, taken for the organisation only for want of the employer's name. */
  let titleService: string | null = null;
  /** The employer a line names (a letterhead's, one under the title): the organisation, and a part of it the department (employerAndPart). */
  const setEmployer = (line: string) => {
    const { employer, part } = employerAndPart(line);
    fields.organisation = employer;
    if (part !== null) takeFieldLine('department', part, escapeMarkdown(part));
  };
  /**
   * A line naming the employer (a letterhead, a line under the title or naming an organisation by its ending): the
   * organisation, unless the details name one; then text. A service the title named gives way to it, and becomes
   * the department ("Service Manager – Northbrook Drug and Alcohol Service", then "Northbrook Recovery CIC").
   */
  const takeEmployerLine = (line: string, markdown: string) => {
    const service = titleService !== null && fields.organisation === titleService ? titleService : null;
    if (service === null && !unknownField('organisation')) {
      out.paragraph(markdown);
      return;
    }
    setEmployer(line);
    titleService = null;
    if (service !== null) takeFieldLine('department', service, escapeMarkdown(service));
  };
  /**
   * The title a heading or line gives, and what it names after it (TitleLine): the hours are the hours, a team
   * the department, and the employer or service the organisation, as a letterhead is, unless the details give
   * them; words that could not be a name ("Part Time, job share") stay text; an employer and a part of it after
   * another dash are split as a line naming them is (employerAndPart). A service ("… Drug and Alcohol
   * Service") is the department when a letterhead or the details name the employer, and gives way to a line
   * naming it later (takeEmployerLine).
   */
  const takeTitle = ({ title, rest }: TitleLine) => {
    fields.title = title;
    titleFrom = 'heading';
    if (rest === null) return;
    if (HOURS_WORDS.test(rest)) takeFieldLine('hours', rest, escapeMarkdown(rest));
    else if (employerAndPart(rest).part !== null) takeEmployerLine(rest, escapeMarkdown(rest));
    else if (namesTeam(rest) || (namesService(rest) && !unknownField('organisation')))
      takeFieldLine('department', rest, escapeMarkdown(rest));
    else if (isName(rest)) {
      takeFieldLine('organisation', rest, escapeMarkdown(rest));
      if (namesService(rest) && fields.organisation === rest) titleService = rest;
    } else out.paragraph(escapeMarkdown(rest));
  };
  for (const [index, block] of blocks.entries()) {
    if (block.type !== 'paragraph') previousWasDetails = false;
    if (appendixLevel !== null) {
      if (block.type !== 'heading' || block.level > appendixLevel) continue;
      appendixLevel = null;
    }
    if (block.type === 'heading') {
      const name = headingName(block.inline.plain);
      // A document jdkit exported: its appendix is made from the capabilities on every export.
      if (name.toLowerCase() === JDKIT_APPENDIX_HEADING.toLowerCase()) {
        appendixLevel = block.level;
        continue;
      }
      if (section === null) {
        const titled = titleFromHeading(name);
        // The title again, as it is or as "Job description: X" (it came from the details): not a section.
        if (repeatsTitle(block)) continue;
        // The employer, service or team a post names after a dash, or the hours after it, are split off, as on a plain line (lineTitle).
        if (titled && block === titleHeading) {
          takeTitle(splitTitle(titled, words) ?? { title: titled, rest: null });
          continue;
        }
        // "Job description" at the top names the document, not a section.
        if (titled === undefined) continue;
        // A first line naming no section, other than the title, is the letterhead: the employer's name.
        if (titled && block === blocks[0] && fields.organisation === undefined) {
          setEmployer(letterheadName(titled));
          continue;
        }
        // So is one just under the title heading (or one repeating the title of the details), above the details
        // ("Harbourside NHS Trust – Drug and Alcohol Team") or naming an organisation by its ending ("Northbrook
        // Recovery CIC"), unless the details name the employer: then it is a line of text, not a section either.
        const previous = blocks[index - 1];
        const underTitle =
          previous !== undefined &&
          (previous === titleHeading || previous === plainTitle?.block || repeatsTitle(previous));
        if (
          titled &&
          underTitle &&
          ((!DETAILS_HEADING.test(name) && isDetails(blocks[index + 1])) || organisationLine(titled) !== null)
        ) {
          takeEmployerLine(organisationLine(titled) ?? titled, block.inline.text);
          continue;
        }
      }
      // A person specification is never part of another section, whatever its heading's level: its table starts one anyway.
      if (block.level <= sectionLevel || section === null || sectionKind(name) === 'personSpecification') {
        kind = sectionKind(name);
        // In a document with no duties section, a section about the role holding a list ("The role", then what
        // the post holder does as bullets) is the duties, so its items are read as duties.
        if (kind === 'aboutTheRole' && !hasDuties && holdsList(blocks, index)) kind = 'mainDuties';
        const canonical = kind && RENAMED.has(kind) ? SECTION_HEADINGS[kind] : undefined;
        const heading = canonical && !sections.some((s) => s.heading === canonical) ? canonical : sentenceCase(name);
        dropIfOnlyTemplateText();
        section = { heading, source: heading === name ? null : name, items: 0 };
        sections.push(section);
        out.heading(2, heading);
        sectionStart = out.length;
        droppedTemplateText = false;
      } else out.heading(3, sentenceCase(name));
      continue;
    }
    if (block.type === 'table') {
      const details = detailsTable(block);
      const criteria = details ? null : personSpecTable(block.rows);
      if (details) details.forEach(takeDetail);
      else if (criteria) {
        if (kind !== 'personSpecification') {
          section = { heading: SECTION_HEADINGS.personSpecification, source: null, items: 0 };
          sections.push(section);
          kind = 'personSpecification';
          out.heading(2, section.heading);
        }
        writeCriteria(out, criteria, section!);
      } else out.table(block.rows);
      continue;
    }
    // Details as a bulleted list ("* **Salary:** £28,000"), where lines of them would be read.
    const listDetails = block.type === 'list' && inDetails(section) ? itemDetails(block.items) : null;
    if (listDetails) {
      listDetails.forEach(takeDetail);
      continue;
    }
    if (block.type === 'list') {
      if (section) countItems(section, block.items, kind === 'personSpecification');
      out.list(block.ordered, block.items);
      continue;
    }
    // "Closing date: …" and "Reference: …" lines at the end are details of the post, as at the top, not the last section's text.
    if (index >= closingDetails) {
      labelDetails(block.inline)!.forEach(takeDetail);
      continue;
    }
    if (plainTitle && block === plainTitle.block) {
      takeTitle(plainTitle);
      continue;
    }
    // A short line just above the title (its heading, its line, a "Job title: …" line or a line repeating it) or
    // the document's name ("JOB DESCRIPTION") is the letterhead, bold or not.
    if (
      block === blocks[0] &&
      (blocks[1] === titleHeading ||
        blocks[1] === plainTitle?.block ||
        titleFromLine(blocks[1]) !== null ||
        repeatsTitle(blocks[1]) ||
        namesDocument(blocks[1])) &&
      fields.organisation === undefined
    ) {
      const name = letterheadName(block.inline.plain.trim());
      if (isName(name)) {
        setEmployer(name);
        continue;
      }
    }
    if (templateText?.has(normalised(block.inline.plain))) {
      droppedTemplateText = true;
      continue;
    }
    // The organisation line a jdkit template puts under the title: the organisation is a field.
    if (
      jdkitExport &&
      section === null &&
      fields.organisation !== undefined &&
      block.inline.plain.startsWith(String(fields.organisation))
    )
      continue;
    // The line the title came from, or the title again at the top, is not repeated in the body.
    if (section === null && repeatsTitle(block)) continue;
    // Nor is the document's name ("Role Description"), as its heading is not a section.
    if (section === null && namesDocument(block)) continue;
    // A "Label: value" line before the first section, or under "Job details", is a detail of the post.
    const details = inDetails(section) ? labelDetails(block.inline) : null;
    // A line among the details with a label no field has ("Car user: Essential") is a detail too.
    if (details && (details.some((d) => fieldForLabel(d.label)) || previousWasDetails)) {
      details.forEach(takeDetail);
      previousWasDetails = true;
      continue;
    }
    // Key facts between bars with cells known by neither label nor value ("Humankind | Ashby Recovery Service |
    // £31,000 | Permanent"): a name first is the employer's, as a letterhead is; the others stay text.
    const cells = inDetails(section) ? barCells(block.inline.plain) : null;
    if (cells) {
      const [first] = cells;
      if (typeof first === 'string' && isName(first) && unknownField('organisation')) fields.organisation = first;
      // The employer's name is the organisation, not text, the letterhead's again too ("Change Grow Live | £26,450 | …").
      const texts = cells.filter(
        (c, i): c is string => typeof c === 'string' && !(i === 0 && c === fields.organisation),
      );
      for (const cell of cells) if (typeof cell !== 'string') takeDetail(cell);
      if (texts.length > 0) out.paragraph(escapeMarkdown(texts.join(' | ')));
      previousWasDetails = true;
      continue;
    }
    previousWasDetails = false;
    // A line at the top naming an organisation ("Northshire Partnership NHS Foundation Trust") is the employer's.
    const organisation = section === null ? organisationLine(block.inline.plain) : null;
    if (organisation) takeEmployerLine(organisation, block.inline.text);
    else out.paragraph(block.inline.text);
  }

  if (fields.title === undefined) {
    fields.title = titleFromFileName(fileName);
    titleFrom = 'file name';
  }
  // "Peer mentor (volunteer)", a "Volunteer Role Description": the title or the document's name says what the employment field would.
  if (
    fields.employment === undefined &&
    (/\bvolunteer\b/i.test(String(fields.title)) || namesVolunteerDocument(blocks))
  )
    fields.employment = 'volunteer';
  dropIfOnlyTemplateText();
  const body = out.text();
  const keptText = kept.map((d) => (d.label ? `${d.label}: ${d.value.text}` : proseLine(d.value.text))).join('  \n');
  return {
    text: `${frontMatter(fields, unknownFields)}\n${keptText ? `${keptText}\n\n` : ''}${body}`,
    title: String(fields.title),
    titleFrom: titleFrom ?? 'details',
    fields,
    sections,
    keptDetails: kept.length,
  };
}

/** A section that holds the post's details. */
const DETAILS_HEADING = /details|key facts|at a glance/i;

/** Whether details are read here: before the first section, or in one such as "Job details". */
function inDetails(section: ImportedSection | null): boolean {
  return section === null || DETAILS_HEADING.test(section.heading);
}

/** Whether the block is made of details, one naming a field: a details table, "Label: value" line or list. */
function isDetails(block: Block | undefined): boolean {
  if (block?.type === 'table') return detailsTable(block) !== null;
  if (block?.type === 'list') return itemDetails(block.items) !== null;
  if (block?.type !== 'paragraph') return false;
  return (
    (labelDetails(block.inline)?.some((d) => fieldForLabel(d.label)) ?? false) || barCells(block.inline.plain) !== null
  );
}

/** The details of a list whose every item is made of them, one naming a field; else null. */
function itemDetails(items: readonly ListItem[]): Detail[] | null {
  const details = items.map(labelDetails);
  if (!details.every((d) => d !== null)) return null;
  const all = details.flat();
  return all.some((d) => fieldForLabel(d.label)) ? all : null;
}

/**
 * Short bold or all-capitals paragraphs are headings in documents without
 * heading styles. They start sections when they name one jdkit knows, or are
 * written like the ones that do (a document whose sections are in capitals
 * has bold sub-headings); otherwise, inside a section, they head its parts.
 */
function promoteHeadings(blocks: readonly Block[]): Block[] {
  const styleOf = (inline: Inline) => (isCapitals(headingName(inline.plain)) ? 'capitals' : 'bold');
  const sectionStyles = new Set(
    blocks.flatMap((b) =>
      b.type === 'paragraph' && looksLikeHeading(b.inline) && sectionKind(headingName(b.inline.plain)) !== null
        ? [styleOf(b.inline)]
        : [],
    ),
  );
  let seenSection = false;
  return blocks.map((block) => {
    if (block.type === 'heading') {
      seenSection ||= sectionKind(headingName(block.inline.plain)) !== null;
      return block;
    }
    if (block.type !== 'paragraph' || !looksLikeHeading(block.inline)) return block;
    const name = headingName(block.inline.plain);
    const known = sectionKind(name) !== null;
    const level = PRIORITY_HEADING.test(name)
      ? 3
      : known || !seenSection || sectionStyles.has(styleOf(block.inline))
        ? 2
        : 3;
    seenSection ||= known;
    return { type: 'heading', level, inline: block.inline } satisfies Block;
  });
}

/**
 * The criteria of a person specification in the form writeCriteria gives a
 * table's ("Essential: …"), each an item of its own: lines marked essential or
 * desirable, before or after ("Full driving licence – desirable"), as plain
 * text and typed documents have them, gathered into one list; list items so
 * marked rewritten.
 */
function markCriteria(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let inSpecification = false;
  let open: ListItem[] | null = null;
  for (const block of blocks) {
    if (block.type === 'heading') {
      const kind = sectionKind(headingName(block.inline.plain));
      if (kind) inSpecification = kind === 'personSpecification';
    }
    const item = inSpecification && block.type === 'paragraph' ? markedCriterion(block.inline) : null;
    if (item) {
      if (open) open.push(item);
      else out.push({ type: 'list', ordered: false, items: (open = [item]) });
      continue;
    }
    open = null;
    out.push(
      inSpecification && block.type === 'list'
        ? { ...block, items: block.items.map((i) => (i.depth === 0 && markedCriterion(i)) || i) }
        : block,
    );
  }
  return out;
}

/** A criterion marked essential or desirable, as jdkit writes it ("Essential: …"); null when it is not marked. */
function markedCriterion(line: Inline): ListItem | null {
  const plain = splitPriority(line.plain.trim());
  if (!plain.priority || !plain.criterion) return null;
  // The Markdown keeps its emphasis where the mark is found in it too.
  const text = splitPriority(line.text.trim());
  const mark = upperFirst(plain.priority);
  return {
    text: `${mark}: ${text.priority ? text.criterion : escapeMarkdown(plain.criterion)}`,
    plain: `${mark}: ${plain.criterion}`,
    bold: false,
    depth: 0,
  };
}

/** "Essential", "Desirable criteria:": the parts of a person specification, headings however they are written. */
const PRIORITY_HEADING = /^(essential|desirable)( criteria| requirements)?$/i;

function looksLikeHeading(text: Inline): boolean {
  const plain = text.plain.trim();
  if (PRIORITY_HEADING.test(headingName(plain))) return true;
  if (plain.length > 80 || plain.split(/\s+/).length > 10 || /[.;,]$/.test(plain)) return false;
  // "Salary: £28,000" and "Band 6 | Permanent" are details, not headings; "Main duties:" is a heading.
  if (/:\s*\S/.test(plain) || barCells(plain)) return false;
  // A short line that names a section jdkit knows is its heading however it is written ("Key responsibilities").
  return text.bold || isCapitals(plain) || (sectionKind(headingName(plain)) !== null && plain.split(/\s+/).length <= 6);
}

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A heading without its numbering ("2.1") or trailing colon. */
function headingName(text: string): string {
  return text
    .replace(/^\s*(?:section\s+)?(?:\d+(?:\.\d+)*|[a-z]|[ivx]+)[.)]?\s+(?=\S)/i, '')
    .replace(/\s*:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "KEY RESPONSIBILITIES" → "Key responsibilities"; mixed case is kept as written. */
function sentenceCase(text: string): string {
  return isCapitals(text) ? upperFirst(text.toLowerCase()) : text;
}

/** The heading of the traceability appendix jdkit's templates add (templates/partials/appendix.hbs; a test keeps the two alike). */
export const JDKIT_APPENDIX_HEADING = 'Appendix: capabilities and the framework';

const DOCUMENT_NAMES =
  'job description|job description and person specification|job description & person specification|role profile|job profile|(?:volunteer )?role description';
const DOCUMENT_NAME = new RegExp(`^(?:${DOCUMENT_NAMES})$`, 'i');
/**
 * "Job description: Harm reduction worker", "Volunteer Role Description:
 * Recovery Champion", as a heading or a line at the top: the label (any of the
 * document's names, so that the two lists cannot differ) and the title.
 */
const TITLE_LINE = new RegExp(`^(${DOCUMENT_NAMES}|job title|post title)\\s*(?:[:–—-]|for)\\s*(.+)$`, 'i');
const AFTER_DOCUMENT_NAME = new RegExp(`\\s+[–—|-]\\s+(${DOCUMENT_NAMES})$`, 'i');

/** Whether a line could be a name (an employer's or a service's): short, with no digits or sentence punctuation. */
function isName(text: string): boolean {
  return text.split(/\s+/).length <= 8 && !/[\d.:;,!?]/.test(text) && !DOCUMENT_NAME.test(text);
}

/** Whether a heading or line only names the document ("JOB DESCRIPTION", "Role profile"). */
function namesDocument(block: Block | undefined): boolean {
  return (
    (block?.type === 'heading' || block?.type === 'paragraph') && DOCUMENT_NAME.test(headingName(block.inline.plain))
  );
}

/**
 * The document's name a heading or line gives, alone, after the letterhead ("We
 * Are With You – Volunteer Role Description") or before the title ("Volunteer
 * Role Description: Recovery Champion"), or null.
 */
function documentName(block: Block): string | null {
  if (block.type !== 'heading' && block.type !== 'paragraph') return null;
  const name = headingName(block.inline.plain);
  if (DOCUMENT_NAME.test(name)) return name;
  const label = TITLE_LINE.exec(name)?.[1];
  return AFTER_DOCUMENT_NAME.exec(name)?.[1] ?? (label && DOCUMENT_NAME.test(label) ? label : null);
}

/** Whether the document calls itself a volunteer's before its first section ("Volunteer Role Description"). */
function namesVolunteerDocument(blocks: readonly Block[]): boolean {
  const volunteer = (block: Block) => (/^volunteer\b/i.test(documentName(block) ?? '') ? 'volunteer' : null);
  return fieldFromDetails(blocks, 'employment', volunteer) !== null;
}

/**
 * The words an organisation's name ends in: "… NHS Foundation Trust", "… CIC", "… Ltd", "… Charity", "… Council",
 * "… Foundation", "… Community Interest Company"; each names an employer, and nothing else.
 */
const ORGANISATION_ENDING =
  /\s(?:trust|cic|c\.i\.c\.|ltd\.?|limited|plc|llp|charity|council|foundation|community interest company)$/i;

/** The small words a name may have in lower case ("Leeds and York Partnership NHS Foundation Trust"). */
const NAME_WORD = /^(?:[\p{Lu}\d&(–—|-]|(?:and|of|the|for|in|on|at)$)/u;

/**
 * The name on a line that names an organisation, alone or before the service
 * after a dash ("Midlands Partnership University NHS Foundation Trust – Stoke
 * Drug and Alcohol Service"), without the document's name; null for any other
 * line (one with bars is key facts: barCells). Its words are capitalised, as a name's are, so that a sentence ending
 * in "Trust" is not one, nor is a heading about the employer ("About Northbrook Recovery CIC", "Working for …").
 */
function organisationLine(line: string): string | null {
  const name = letterheadName(line.trim());
  const [head] = name.split(/\s+[–—-]\s+/);
  const words = name.split(/\s+/);
  return ORGANISATION_ENDING.test(head) &&
    !ABOUT_EMPLOYER.test(name) &&
    words.length <= 16 &&
    words.every((w) => NAME_WORD.test(w))
    ? name
    : null;
}

/** The words a heading about an employer starts with, before its name. */
const ABOUT_EMPLOYER = /^(?:about|working (?:for|at|with)|welcome to|why)\s/i;

/**
 * An employer's name, and the part of it a line names after a dash: when the words before the dash name an
 * organisation by its ending and those after read as a name, capitalised ("Wexshire County Council – Youth Justice
 * and Targeted Youth Support"), they are its service or team, the post's department; else the line is the name
 * whole. Only a dash between spaces parts them ("Stoke-on-Trent City Council" is one name), at the first.
 */
function employerAndPart(line: string): { employer: string; part: string | null } {
  const parts = /^(.+?)\s+[–—-]\s+(\S.*)$/.exec(line);
  const named = (text: string) => isName(text) && text.split(/\s+/).every((w) => NAME_WORD.test(w));
  return parts && ORGANISATION_ENDING.test(parts[1]) && named(parts[2])
    ? { employer: parts[1], part: parts[2] }
    : { employer: line, part: null };
}

/** Whether a heading or line names an organisation by its ending (organisationLine): the employer, never the title. */
function namesOrganisation(block: Block): boolean {
  return (block.type === 'heading' || block.type === 'paragraph') && organisationLine(block.inline.plain) !== null;
}

/** A letterhead without the document's name after it: "We Are With You – Volunteer Role Description" → "We Are With You". */
function letterheadName(line: string): string {
  return line.replace(AFTER_DOCUMENT_NAME, '');
}

/**
 * The job title a heading before the first section gives ("Job description:
 * Recovery worker", or a heading that names no section); null for a
 * section's heading; undefined for a heading that only names the document.
 */
function titleFromHeading(name: string): string | null | undefined {
  const labelled = TITLE_LINE.exec(name);
  if (labelled) return sentenceCaseTitle(labelled[2]);
  if (DOCUMENT_NAME.test(name)) return undefined;
  return sectionKind(name) !== null ? null : sentenceCaseTitle(name);
}

/**
 * The heading before the first section that gives the title: the highest
 * (Heading 1 over a bold line promoted to a heading); of equals, the first
 * that names a post, else the first. A bold letterhead above it is the
 * employer's name, as is any heading naming an organisation by its ending
 * ("Northbrook Recovery CIC"), which is never the title.
 */
function titleHeadingOf(blocks: readonly Block[], namesPost: (text: string) => boolean): Block | null {
  let best: { block: Extract<Block, { type: 'heading' }>; post: boolean } | null = null;
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    const titled = titleFromHeading(headingName(block.inline.plain));
    if (titled === null) break;
    if (!titled || namesOrganisation(block)) continue;
    const post = namesPost(titled);
    if (!best || block.level < best.block.level || (block.level === best.block.level && post && !best.post))
      best = { block, post };
  }
  return best?.block ?? null;
}

/** The value the first of the details gives the field, or null. */
function fieldIn(details: readonly Detail[] | null, field: string): string | null {
  const found = details?.find((d) => fieldForLabel(d.label) === field && d.value.plain.trim() !== '');
  const value = found ? fieldValue(field, found) : null;
  return value === null ? null : String(value);
}

/** The title a "Job title: …" or "Job description: …" paragraph gives, or null. */
function titleFromLine(block: Block | undefined): string | null {
  if (block?.type !== 'paragraph') return null;
  const titleLine = TITLE_LINE.exec(block.inline.plain.trim());
  return fieldIn(labelDetails(block.inline), 'title') ?? (titleLine ? sentenceCaseTitle(titleLine[2]) : null);
}

/**
 * The value a details table or a "Label: value" line before the first section
 * gives the field (`fromLine` reads a line), or null.
 */
function fieldFromDetails(
  blocks: readonly Block[],
  field: string,
  fromLine = (block: Block) => (block.type === 'paragraph' ? fieldIn(lineDetails(block.inline), field) : null),
): string | null {
  for (const block of blocks) {
    if (block.type === 'heading' && sectionKind(headingName(block.inline.plain)) !== null) return null;
    const value = block.type === 'table' ? fieldIn(detailsTable(block), field) : fromLine(block);
    if (value) return value;
  }
  return null;
}

/** The details of a line: "Label: value" ones, or those among names between bars ("Humankind | 37.5 hours"). */
function lineDetails(line: Inline): Detail[] | null {
  return labelDetails(line) ?? barCells(line.plain)?.filter((c): c is Detail => typeof c !== 'string') ?? null;
}

/** The title in a details table or a "Job title: …" line before the first section. */
function titleFromDetails(blocks: readonly Block[]): string | null {
  return fieldFromDetails(blocks, 'title', titleFromLine);
}

/** The part of a long title line before the employer or service it names after a dash, bar or "at". */
const TITLE_THEN_EMPLOYER = /^(.+?)\s+(?:[–—|-]|at)\s+(\S.*)$/;

const isShortTitle = (text: string) => text.split(/\s+/).length <= 8;

/**
 * The words the name of an employer or service ends in, after a word of its own ("Recovery Services", "… Drug and
 * Alcohol Service", "… Recovery Partnership", "… Recovery Collective"). "Community" alone is more often a setting
 * ("Prison and Community"), so only a recovery community ("Wexcombe Recovery Community", an organisation of people
 * in recovery) counts. Not places ("… Hub", "… Centre": where the post is, not who runs it), nor specialisms and
 * client groups ("Criminal Justice", "Young People"), nor teams (TEAM_ENDING), nor a project: after a title's
 * dash it is more often a specialism or team ("Hepatitis C Project", "Hidden Harm Project") than the employer.
 */
const SERVICE_ENDING = /\s(?:services?|partnership|collective|recovery community)$/i;

/** A team's name ("North Team", "Community Team"): part of the employer, the post's department. */
const TEAM_ENDING = /\steam$/i;

/** Whether a text names an employer or a service by its last word ("Westmere Drug and Alcohol Service"). */
function namesEmployer(text: string): boolean {
  return isName(text) && (ORGANISATION_ENDING.test(text) || SERVICE_ENDING.test(text));
}

/**
 * A title, and what its line names after it following a dash, bar or "at"
 * (the hours also after a comma or in brackets); rest is null if nothing.
 */
interface TitleLine {
  title: string;
  rest: string | null;
}

/** A line split before a dash, bar or "at", when the part before is short enough to be a title; else null. */
function titleThenRest(line: string): (TitleLine & { rest: string }) | null {
  const parts = TITLE_THEN_EMPLOYER.exec(line);
  return parts && isShortTitle(parts[1]) ? { title: sentenceCaseTitle(parts[1]), rest: parts[2] } : null;
}

/**
 * A title line split into a post and the employer, service or team it names
 * after ("Service Manager – Westmere Drug and Alcohol Service", "Outreach
 * Worker – North Team"); null when the part before names no post or the rest
 * none of those but a specialism ("Recovery Worker – Criminal Justice"), when
 * the line is the title whole.
 */
function postThenEmployerOrTeam(line: string, { namesPost, namesClientGroup }: TitleWords): TitleLine | null {
  const split = titleThenRest(line);
  return split &&
    namesPost(split.title) &&
    !namesClientGroup(split.rest) &&
    (namesEmployer(split.rest) || namesTeam(split.rest))
    ? split
    : null;
}

/** What tells a title's words apart: a post (BuildOptions.namesPost), a client group (BuildOptions.namesClientGroup). */
interface TitleWords {
  namesPost: (text: string) => boolean;
  namesClientGroup: (text: string) => boolean;
}

function namesTeam(text: string): boolean {
  return isName(text) && TEAM_ENDING.test(text);
}

/** Whether a text names a service by its last words (SERVICE_ENDING), not by an organisation's ("… Drug and Alcohol Service"). */
function namesService(text: string): boolean {
  return isName(text) && SERVICE_ENDING.test(text);
}

/**
 * Words that are only the hours, as a title line gives them after the post:
 * full or part time, a number of hours, or both ("Part Time (18.75 hours)",
 * "37.5 hrs", "30 hours per week", "22.5 hrs p/w", "full time 37.5 hours").
 * No job title ends so, so they are split off whatever the title, unlike a
 * name after a dash.
 */
const HOURS_BASIS = String.raw`(?:full|part)[ -]?time`;
const HOURS_AMOUNT = String.raw`\d{1,2}(?:\.\d{1,2})?\s*(?:hours|hrs)(?:\s+(?:per|a)\s+week|\s*p\/?w)?`;
const HOURS_WORDS = new RegExp(
  `^(?:${HOURS_BASIS}(?:[\\s,–—-]+\\(?${HOURS_AMOUNT}\\)?)?|${HOURS_AMOUNT}(?:[\\s,–—-]+\\(?${HOURS_BASIS}\\)?)?)$`,
  'i',
);

/** Where a title line's hours may start: after a dash or bar, a comma, or an opening bracket closed at its end. */
const BEFORE_HOURS = /\s+[–—|-]\s+|\s*,\s+|\s+\(/g;

/**
 * A title line split before the hours that end it ("Recovery Worker (37.5
 * hrs)"), at the first place the rest is only the hours (HOURS_WORDS); null
 * if there is none.
 */
function titleThenHours(line: string): TitleLine | null {
  for (const separator of line.matchAll(BEFORE_HOURS)) {
    const title = line.slice(0, separator.index);
    let rest = line.slice(separator.index + separator[0].length);
    if (separator[0].trim() === '(') {
      if (!rest.endsWith(')')) continue;
      rest = rest.slice(0, -1);
    }
    if (isShortTitle(title) && HOURS_WORDS.test(rest)) return { title: sentenceCaseTitle(title), rest };
  }
  return null;
}

/** A title line or heading split into the title and what it names after: the employer, service or team, or the hours. */
function splitTitle(line: string, words: TitleWords): TitleLine | null {
  return postThenEmployerOrTeam(line, words) ?? titleThenHours(line);
}

/**
 * The title a plain line that is not a sentence or a detail gives: one short
 * enough to be a title is split only as splitTitle splits it (a title
 * heading too); a longer one before any dash, bar or "at", whatever follows
 * (takeTitle keeps the rest as text unless it could be a name), but a client
 * group (BuildOptions.namesClientGroup), which keeps it whole.
 */
function lineTitle(block: Block | undefined, words: TitleWords): TitleLine | null {
  if (block?.type !== 'paragraph' || isDetails(block)) return null;
  const line = letterheadName(block.inline.plain.trim());
  if (/[.:;,!?]$/.test(line) || sectionKind(headingName(line)) !== null) return null;
  return (
    splitTitle(line, words) ??
    (isShortTitle(line) ? { title: sentenceCaseTitle(line), rest: null } : longTitleThenRest(line, words))
  );
}

/** A long title line split as titleThenRest splits it, unless the rest names a client group: then it is whole. */
function longTitleThenRest(line: string, { namesClientGroup }: TitleWords): TitleLine | null {
  const split = titleThenRest(line);
  return split && namesClientGroup(split.rest) ? { title: sentenceCaseTitle(line), rest: null } : split;
}

/**
 * The plain line at the top that gives the title (lineTitle): the first, or
 * the second when only it names a post, as under a letterhead ("Change Grow
 * Live", then "Recovery Worker"); as of two bold lines, the one naming a post.
 * The document's name ("Volunteer Role Description") is neither, nor is a
 * heading or line naming an organisation by its ending ("Leeds City Council").
 */
function plainTitleLine(blocks: readonly Block[], words: TitleWords): (TitleLine & { block: Block }) | null {
  const { namesPost } = words;
  const [firstBlock, secondBlock] = blocks.filter((b) => !namesDocument(b) && !namesOrganisation(b));
  const first = lineTitle(firstBlock, words);
  if (!first || namesPost(first.title)) return first && { block: firstBlock, ...first };
  const second = lineTitle(secondBlock, words);
  return second && namesPost(second.title) ? { block: secondBlock, ...second } : { block: firstBlock, ...first };
}

/**
 * The nouns job titles end in, for posts the framework's title lexicon does not
 * name ("Assistant Psychologist", "Finance Officer"); singular, as titles are,
 * and not organisations' words ("Service", "Trust", "Partnership").
 */
const POST_NOUN =
  /\b(?:worker|practitioner|nurse|co-?ordinator|manager|lead|leader|mentor|champion|psychologist|psychiatrist|pharmacist|prescriber|officer|therapist|counsellor|navigator|adviser|advisor|assistant|administrator|director|supervisor|facilitator|consultant|doctor|specialist|keyworker)$/i;

/** Whether a title ends in a job noun, before a dash, bar or "at" naming the service and any bracketed words. */
function endsInPostNoun(text: string): boolean {
  const head = TITLE_THEN_EMPLOYER.exec(text.trim())?.[1] ?? text;
  return POST_NOUN.test(head.replace(/\s*\([^)]*\)\s*$/, '').trim());
}

function sentenceCaseTitle(text: string): string {
  const trimmed = text.trim();
  return isCapitals(trimmed)
    ? trimmed
        .toLowerCase()
        .replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())
    : trimmed;
}

function titleFromFileName(fileName: string): string {
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .replace(/[-_.]+/g, ' ')
    .replace(/\b(jd|job description|job desc|person spec(ification)?|final|draft|v\d+)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return upperFirst(base || 'Untitled post');
}

/** The front-matter value of a detail; null when it does not fit the field (a caseload that is not a number). */
function fieldValue(field: string, { label, value }: Detail): string | number | null {
  const text = oneLine(value);
  if (!text) return null;
  if (field === 'grade') return gradeWithLabel(label, text);
  // A range ("35-40") stays in the text, where the caseload rule reads its upper end.
  if (field === 'caseload') return caseloadNumber(text)?.number ?? null;
  if (field === 'title') return sentenceCaseTitle(text);
  return acceptedValue(field, text) !== undefined ? text : null;
}

/** A caseload's one number ("around 35", "up to 40") and the words after it; null for a range ("35-40") or none. */
function caseloadNumber(text: string): { number: number; rest: string } | null {
  const number = /^(?:up to|around|about|approximately|approx\.?|c\.?)?\s*(\d{1,3})\b(?!\s*(?:[-–—]|to)\s*\d)/i.exec(
    text,
  );
  if (!number || (text.match(/\d+/g) ?? []).length !== 1) return null;
  return { number: Number(number[1]), rest: text.slice(number[0].length).trim() };
}

/** Whether a field's value leaves out words of its detail: a caseload's number without what follows ("60 (reviews only)"). */
function leavesOut(field: string | null, { value }: Detail): boolean {
  return field === 'caseload' && (caseloadNumber(oneLine(value))?.rest ?? '') !== '';
}

/** A detail's value as one line of plain text. */
function oneLine(value: Inline): string {
  return value.plain.replace(/\s+/g, ' ').trim();
}

/** A band or grade that is only its number ("8a", "5-6"). */
const BARE_GRADE = /^\d+[a-z]?(?:\s*[-–/]\s*\d+[a-z]?)?$/i;

/**
 * "Band: 4" → "Band 4": a bare number says what it is only beside its label,
 * and the templates show the grade beside, or as, the salary ("Salary | 4").
 */
function gradeWithLabel(label: string, grade: string): string {
  if (!BARE_GRADE.test(grade)) return grade;
  return `${/band/i.test(label) ? 'Band' : 'Grade'} ${grade}`;
}

/** jdkit's fields in their order, then the unknown ones as the source had them. */
function frontMatter(fields: Record<string, ImportedValue>, unknownFields: Record<string, unknown>): string {
  const ordered: Record<string, unknown> = {};
  for (const spec of FIELD_SPECS) if (fields[spec.name] !== undefined) ordered[spec.name] = fields[spec.name];
  Object.assign(ordered, unknownFields);
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n`;
}

/** The criteria of a person-specification table: essential and desirable apart, by category where the table has them. */
function writeCriteria(out: Writer, criteria: readonly Criteria[], section: ImportedSection): void {
  countCriteria(
    section,
    criteria.reduce((n, c) => n + c.essential.length, 0),
    criteria.reduce((n, c) => n + c.desirable.length, 0),
  );
  const item = (line: Inline): ListItem => ({ ...line, depth: 0 });
  if (criteria.every((c) => c.category === '')) {
    for (const priority of ['essential', 'desirable'] as const) {
      const lines = criteria.flatMap((c) => c[priority]);
      if (lines.length === 0) continue;
      out.heading(3, upperFirst(priority));
      out.list(false, lines.map(item));
    }
    return;
  }
  for (const c of criteria) {
    out.heading(3, sentenceCase(c.category || 'Other'));
    out.list(false, [
      ...c.essential.map((l) => item({ ...l, text: `Essential: ${l.text}` })),
      ...c.desirable.map((l) => item({ ...l, text: `Desirable: ${l.text}` })),
    ]);
  }
}

/** Adds criteria to the section's counts in the report. */
function countCriteria(section: ImportedSection, essential: number, desirable: number): void {
  section.items += essential + desirable;
  section.essential = (section.essential ?? 0) + essential;
  section.desirable = (section.desirable ?? 0) + desirable;
}

/** Counts a list's items; in a person specification whose items are all marked (markCriteria), as criteria. */
function countItems(section: ImportedSection, items: readonly ListItem[], criteria: boolean): void {
  const priorities = items.filter((item) => item.depth === 0).map((item) => splitPriority(item.plain).priority);
  if (criteria && priorities.length > 0 && priorities.every((p) => p !== null))
    countCriteria(
      section,
      priorities.filter((p) => p === 'essential').length,
      priorities.filter((p) => p === 'desirable').length,
    );
  else section.items += priorities.length;
}

/** Markdown blocks separated by blank lines. */
class Writer {
  private readonly parts: string[] = [];

  heading(level: number, text: string): void {
    this.parts.push(`${'#'.repeat(level)} ${text}`);
  }

  paragraph(text: string): void {
    this.parts.push(proseLine(text));
  }

  list(ordered: boolean, items: readonly ListItem[]): void {
    const counters: number[] = [];
    const lines = items.map((item) => {
      counters.length = item.depth + 1;
      counters[item.depth] = (counters[item.depth] ?? 0) + 1;
      const marker = ordered ? `${counters[item.depth]}.` : '-';
      return `${'    '.repeat(item.depth)}${marker} ${item.text}`;
    });
    this.parts.push(lines.join('\n'));
  }

  table(rows: readonly Inline[][][]): void {
    const width = Math.max(...rows.map((r) => r.length));
    const cell = (lines: readonly Inline[] | undefined) => joinLines(lines ?? []).text.replace(/\|/g, '\\|') || ' ';
    const line = (row: readonly Inline[][]) =>
      `| ${Array.from({ length: width }, (_, i) => cell(row[i])).join(' | ')} |`;
    this.parts.push([line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n'));
  }

  /** How many blocks are written. */
  get length(): number {
    return this.parts.length;
  }

  /** Forgets every block from the `length`th on. */
  truncate(length: number): void {
    this.parts.length = length;
  }

  text(): string {
    return this.parts.length > 0 ? `${this.parts.join('\n\n')}\n` : '';
  }
}

/** Text that Markdown would read as a heading, list or quote kept as text; tabs are spaces in Markdown prose. */
function proseLine(text: string): string {
  const line = text.replace(/\s*\t\s*/g, ' ');
  return /^(#{1,6}\s|>|\d{1,9}[.)]\s|[-+*]\s)/.test(line) ? `\\${line}` : line;
}

/** Whether the block is a "Label: value" line every label of which names a field. */
function isFieldLine(block: Block): boolean {
  return block.type === 'paragraph' && (labelDetails(block.inline)?.every((d) => fieldForLabel(d.label)) ?? false);
}

/** Where the lines of details that end the document start ("Closing date: …", "Reference: …"); blocks.length if none. */
function closingDetailsStart(blocks: readonly Block[]): number {
  let start = blocks.length;
  while (start > 0 && isFieldLine(blocks[start - 1])) start--;
  return start;
}

/** Whether a list is among the blocks under the heading at `index`, before the next heading. */
function holdsList(blocks: readonly Block[], index: number): boolean {
  const next = blocks.findIndex((b, i) => i > index && b.type === 'heading');
  return blocks.slice(index + 1, next < 0 ? undefined : next).some((b) => b.type === 'list');
}

/** The heading level that starts sections: that of the headings naming known sections, else the highest after the title. */
function sectionHeadingLevel(blocks: readonly Block[]): number {
  const headings = blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading');
  const known = headings.filter((h) => sectionKind(headingName(h.inline.plain)) !== null).map((h) => h.level);
  if (known.length > 0) return Math.min(...known);
  const levels = headings.slice(1).map((h) => h.level);
  return levels.length > 0 ? Math.min(...levels) : 2;
}
