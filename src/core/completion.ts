// Completion for job descriptions (core API; the editor adapter only converts
// types). In the front matter: field names, role ids, framework titles and
// enum values. In a `## Capabilities` bullet: the statements of the
// document's role and the roles it builds on, inserting the exact framework
// wording.
//
// Statement lists are re-requested on every keystroke (`isIncomplete`), and
// the ranking here decides what matches: typing a few words from anywhere in
// a statement finds it, which an editor's prefix-style fuzzy filter cannot do.
import { DEFAULT_CONFIG, type JdkitConfig } from './config';
import {
  attributionOf,
  capabilityBulletLineAt,
  domainOfHeading,
  frontMatterKeys,
  frontMatterLineAt,
  groupHeadingAt,
  type BulletLine,
  type FrontMatterLine,
} from './cursor';
import { parseJd, type JdDocument } from './document/parse';
import { yamlString } from './edits/front-matter-edits';
import { FIELD_BY_NAME, FIELD_SPECS } from './fields';
import { getFramework, type Framework, type StatementEntry } from './framework/load';
import { LintContext } from './lint-context';
import { normalisedKey, tokenise } from './match/normalise';
import { canonicalTitle } from './title';
import type { Position, Range } from './types';

export type CompletionKind = 'field' | 'role' | 'title' | 'value' | 'statement';

export interface StatementItemData {
  statementId: string;
  /** Domain id within the statement's role. */
  domain: string;
  role: string;
}

export interface CompletionItem {
  kind: CompletionKind;
  label: string;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText: string;
  /** The text the item replaces; contains the requested position. */
  replaceRange: Range;
  /** What the editor filters on when it differs from the label. */
  filterText?: string;
  sortText: string;
  /** Ask the editor to offer completion again after inserting (a field name whose value has choices). */
  retrigger?: boolean;
  data?: StatementItemData;
}

export interface CompletionList {
  items: CompletionItem[];
  /** True when the list depends on what is typed, so the editor must ask again rather than filter it. */
  isIncomplete: boolean;
}

export interface CompletionOptions {
  config?: JdkitConfig;
  framework?: Framework;
}

const EMPTY: CompletionList = { items: [], isIncomplete: false };

export function complete(
  input: string | JdDocument,
  position: Position,
  options: CompletionOptions = {},
): CompletionList {
  const doc = typeof input === 'string' ? parseJd(input) : input;
  const framework = options.framework ?? getFramework();
  const fmLine = frontMatterLineAt(doc, position);
  if (fmLine) return { items: frontMatterItems(doc, fmLine, position, framework), isIncomplete: false };
  const bullet = capabilityBulletLineAt(doc, position);
  if (!bullet) return EMPTY;
  const typedBefore = bullet.content.slice(0, position.character - bullet.contentRange.start.character);
  return statementItems(new LintContext(doc, framework, options.config ?? DEFAULT_CONFIG), bullet, typedBefore);
}

// ---- Front matter -------------------------------------------------------------

function frontMatterItems(
  doc: JdDocument,
  fm: FrontMatterLine,
  position: Position,
  framework: Framework,
): CompletionItem[] {
  if (fm.key === 'essential_capabilities' && position.character > fm.colon)
    return statementIdItems(doc, fm, position, framework);
  if (fm.key !== null && position.character > fm.colon) return valueItems(fm, position, framework);
  if (position.character <= fm.keyRange.end.character) return fieldItems(doc, fm);
  return [];
}

/** Field names not yet used, at the start of a line. */
function fieldItems(doc: JdDocument, fm: FrontMatterLine): CompletionItem[] {
  const present = frontMatterKeys(doc);
  const hasColon = fm.colon >= 0;
  return FIELD_SPECS.filter((spec) => !present.has(spec.name) || spec.name === fm.key).map((spec, i) => ({
    kind: 'field',
    label: spec.name,
    detail: spec.required ? 'required' : undefined,
    documentation: spec.description,
    insertText: hasColon ? spec.name : `${spec.name}: `,
    replaceRange: fm.keyRange,
    sortText: pad(i),
    retrigger: !hasColon && (spec.values !== undefined || spec.name === 'title'),
  }));
}

function valueItems(fm: FrontMatterLine, position: Position, framework: Framework): CompletionItem[] {
  // The range must contain the cursor, which may sit in the spaces before the value or after it.
  const replaceRange: Range = {
    start: { line: fm.line, character: Math.min(fm.valueRange.start.character, position.character) },
    end: { line: fm.line, character: Math.max(fm.valueRange.end.character, position.character) },
  };
  // Right after the colon with no space yet, the inserted value brings its own.
  const lead = replaceRange.start.character === fm.colon + 1 ? ' ' : '';
  const item = (
    kind: CompletionKind,
    label: string,
    i: number,
    extra: Partial<CompletionItem> = {},
  ): CompletionItem => ({
    kind,
    label,
    insertText: lead + yamlString(label),
    replaceRange,
    filterText: label,
    sortText: pad(i),
    ...extra,
  });
  if (fm.key === 'role') {
    return framework.roles.map((role, i) =>
      item('role', role.id, i, {
        detail: role.name,
        documentation: `**${role.name}** (framework ${role.section})\n\n${role.profile[0]}`,
        filterText: `${role.id} ${role.name}`,
      }),
    );
  }
  if (fm.key === 'title') {
    return framework.roles.map((role, i) =>
      item('title', canonicalTitle(framework, role.id), i, { detail: role.name }),
    );
  }
  const values = fm.key ? FIELD_BY_NAME.get(fm.key)?.values : undefined;
  return (values ?? []).map((value, i) => item('value', value, i));
}

/** In `essential_capabilities: [DAW-1-02, …]`, the ids of the role's statements (and its base roles'), the id at the cursor replaced. */
function statementIdItems(
  doc: JdDocument,
  fm: FrontMatterLine,
  position: Position,
  framework: Framework,
): CompletionItem[] {
  const context = new LintContext(doc, framework, DEFAULT_CONFIG);
  const { start, end } = doc.lines.lineRange(fm.line);
  const line = doc.lines.text.slice(doc.lines.offsetAt(start), doc.lines.offsetAt(end));
  const before = /[\w-]*$/.exec(line.slice(0, position.character))![0];
  // Stryker disable next-line Regex: without the ^ the pattern still matches at index 0, as [\w-]* can match nothing there.
  const after = /^[\w-]*/.exec(line.slice(position.character))![0];
  const replaceRange: Range = {
    start: { line: fm.line, character: position.character - before.length },
    end: { line: fm.line, character: position.character + after.length },
  };
  const listed = new Set(context.fields.essentialCapabilities);
  const entries = framework.roles
    .filter((role) => context.ownRoleIds.has(role.id) && role.kind === 'capabilities')
    .flatMap((role) => role.domains.flatMap((domain) => domain.statements.map((statement) => ({ statement, domain }))))
    .filter(({ statement }) => !listed.has(statement.id) || statement.id === before + after);
  return entries.map(({ statement, domain }, i) => ({
    kind: 'statement',
    label: statement.id,
    detail: domain.name,
    documentation: statement.text,
    insertText: statement.id,
    replaceRange,
    filterText: `${statement.id} ${statement.text}`,
    sortText: pad(i),
  }));
}

// ---- Capability statements ------------------------------------------------------

interface Candidate {
  entry: StatementEntry;
  /** Position in the role's statement list (document order). */
  index: number;
  inDomain: boolean;
  used: boolean;
  /** Share of the typed words found in the statement, 0..1 (0 when nothing is typed). */
  relevance: number;
}

/** Word lists of statements, built once per framework: completion runs on every keystroke. */
const wordCache = new WeakMap<Framework, Map<string, readonly string[]>>();

function statementWords(framework: Framework, entry: StatementEntry): readonly string[] {
  let cache = wordCache.get(framework);
  if (!cache) wordCache.set(framework, (cache = new Map<string, readonly string[]>()));
  let words = cache.get(entry.statement.id);
  if (!words) cache.set(entry.statement.id, (words = [...new Set(tokenise(entry.statement.text))]));
  return words;
}

function statementItems(context: LintContext, bullet: BulletLine, typedBefore: string): CompletionList {
  const role = context.role;
  if (!role || role.kind !== 'capabilities') return EMPTY;
  const framework = context.framework;

  // Statements already in the document: the texts other bullets are attributed to.
  const used = new Set<string>();
  for (const { bullet: other, match } of context.bullets) {
    if (bullet.line >= other.startLine && bullet.line < other.endLine) continue;
    const attribution = attributionOf(match);
    if (attribution) used.add(normalisedKey(attribution.statement.text));
  }

  const entries = framework.roleStatements(role.id, context.population);
  const heading = groupHeadingAt(context.doc, bullet.line);
  const domain = heading ? domainOfHeading(heading, [...new Set(entries.map((e) => e.domain))]) : undefined;
  // Stryker disable next-line StringLiteral: any key no domain is named gives the same result as '': no statement counts as in the domain.
  const domainKey = domain ? normalisedKey(domain.name) : '';

  const query = tokenise(bullet.content);
  // The last word may be half typed unless a space follows it.
  const partialLast = query.length > 0 && !/[\s\p{P}]$/u.test(bullet.content);

  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  entries.forEach((entry, index) => {
    const key = normalisedKey(entry.statement.text);
    // A base role often has the same wording; offer it once, as the document role's statement.
    if (seen.has(key)) return;
    seen.add(key);
    const relevance = query.length > 0 ? relevanceOf(query, partialLast, statementWords(framework, entry)) : 0;
    if (query.length > 0 && relevance < MIN_RELEVANCE) return;
    candidates.push({
      entry,
      index,
      // Stryker disable next-line StringLiteral: with another string here, an empty domainKey still matches no domain name.
      inDomain: domainKey !== '' && normalisedKey(entry.domain.name) === domainKey,
      used: used.has(key),
      relevance,
    });
  });

  return {
    items: candidates.map((c) => statementItem(c, query.length > 0, typedBefore, bullet.contentRange)),
    isIncomplete: true,
  };
}

/** Statements with fewer of the typed words than this are left out. */
const MIN_RELEVANCE = 0.5;

/** The share of query words found in the statement; the last word matches as a prefix while it is being typed. */
function relevanceOf(query: readonly string[], partialLast: boolean, words: readonly string[]): number {
  let found = 0;
  query.forEach((q, i) => {
    const prefix = partialLast && i === query.length - 1;
    if (prefix ? words.some((w) => w.startsWith(q)) : words.includes(q)) found++;
  });
  return found / query.length;
}

function statementItem(c: Candidate, hasQuery: boolean, typedBefore: string, replaceRange: Range): CompletionItem {
  const { statement, domain, role } = c.entry;
  // Order: statements with every typed word, then the current domain's, then
  // the unused ones, then the closest to what is typed, then framework order.
  const sortText = [
    c.relevance === 1 || !hasQuery ? 0 : 1,
    c.inDomain ? 0 : 1,
    c.used ? 1 : 0,
    pad(1000 - Math.round(c.relevance * 1000)),
    pad(c.index),
  ].join('');
  return {
    kind: 'statement',
    label: statement.text,
    detail: `${domain.name} · ${statement.id}`,
    documentation: [
      statement.text,
      `${role.name} (framework ${role.section}) · ${domain.name} · \`${statement.id}\``,
      ...(c.used ? ['Already in this job description.'] : []),
    ].join('\n\n'),
    insertText: statement.text,
    replaceRange,
    // The editor filters on the text before the cursor: starting with it, every item passes and this ranking decides.
    filterText: typedBefore ? `${typedBefore} ${statement.text}` : statement.text,
    sortText,
    data: { statementId: statement.id, domain: domain.id, role: role.id },
  };
}

function pad(n: number): string {
  return String(n).padStart(4, '0');
}
