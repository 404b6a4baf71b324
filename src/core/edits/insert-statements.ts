// Edits that add framework statements to a job description's Capabilities
// section, each under a `### <domain name>` heading as the templates lay them
// out. Shared by the missing-capability fixes and the editor's "Insert
// capabilities…" command and coverage view.
//
// A statement joins the existing group for its domain (after the group's last
// bullet); domains without a group get a new one at the end of the section, in
// framework order; a document without a Capabilities section gets one at the end.
// A base role's statements go under the base role's own heading for the domain,
// "### Application of knowledge (drug and alcohol worker)", where the document
// has such headings, as the scaffold writes them.
import type { CapabilitiesSection, JdDocument } from '../document/parse';
import type { TextLines } from '../document/text-lines';
import type { Framework, StatementEntry } from '../framework/load';
import type { Role, Statement } from '../framework/schema';
import { normalisedKey } from '../match/normalise';
import { lowerFirst } from '../text/case';
import { documentText } from '../text/document-text';
import type { TextEdit } from '../types';

export const CAPABILITIES_HEADING = 'Capabilities';

interface DomainGroup {
  /** The heading text, for a new group. */
  name: string;
  /** Its headingKey, to find an existing group. */
  key: string;
  /** Framework order of the domain, for new groups. */
  order: number;
  texts: string[];
}

/** The heading of a base role's domain group, which says whose capabilities they are: "Application of knowledge (drug and alcohol worker)". */
export function roleGroupHeading(domainName: string, role: Role): string {
  return `${domainName} (${lowerFirst(role.name)})`;
}

/**
 * TextEdits inserting `entries` (framework wording, one bullet each) into the
 * document. Statements with the same text are inserted once. A statement goes
 * under its role's heading for the domain (roleGroupHeading) when the document
 * has one; otherwise domains of different roles with the same name (a senior
 * worker's and the drug and alcohol worker's "Application of knowledge") share
 * a group. New groups are named like the document's: with the role's name when
 * the document names that role in other group headings.
 */
export function insertStatementsEdits(
  doc: JdDocument,
  framework: Framework,
  entries: readonly StatementEntry[],
): TextEdit[] {
  const groups = groupByDomain(framework, entries, doc.capabilities);
  if (groups.length === 0) return [];
  const { lines } = doc;
  const eol = lines.eol;
  const section = doc.capabilities;
  // Text added after a code fence or comment left open at the end would be swallowed by it: close it first.
  const open = documentText(doc).unclosed;
  const closeBefore = (line: number) => (open && line >= open.line ? eol + open.closer : '');

  if (!section) {
    const block = [`## ${CAPABILITIES_HEADING}`, ...groups.map((g) => groupBlock(g, eol))].join(eol + eol);
    const before = open ? closeBefore(lines.lineCount - 1) + eol + eol : separatorBefore(lines, eol);
    return [{ range: { start: lines.end, end: lines.end }, newText: before + block + eol }];
  }

  // Text to add at the end of a line, by line; several groups may end on the same line.
  const insertions = new Map<number, string[]>();
  const insertAfter = (line: number, text: string) => insertions.set(line, [...(insertions.get(line) ?? []), text]);
  const newGroups: DomainGroup[] = [];
  for (const group of groups) {
    const heading = section.groups.find((h) => headingKey(h.text) === group.key);
    if (!heading) {
      newGroups.push(group);
      continue;
    }
    const bullets = section.bullets.filter((b) => b.group === heading);
    const last = bullets[bullets.length - 1];
    if (last) {
      const marker = /^\s*[-*+]/.exec(lines.lines[last.startLine])?.[0] ?? '-';
      insertAfter(
        lastContentLine(lines, last.startLine, last.endLine),
        group.texts.map((t) => `${eol}${marker} ${t}`).join(''),
      );
    } else {
      const next = section.groups.find((h) => h.line > heading.line);
      const line = lastContentLine(lines, heading.line, next ? next.line : section.endLine);
      insertAfter(line, eol + eol + bulletLines(group.texts, eol));
    }
  }
  if (newGroups.length > 0) {
    newGroups.sort((a, b) => a.order - b.order);
    const line = lastContentLine(lines, section.heading.line, section.endLine);
    const blocks = newGroups.map((g) => eol + eol + groupBlock(g, eol)).join('');
    insertAfter(line, blocks);
  }

  return [...insertions].map(([line, texts]) => {
    const end = { line, character: lines.lines[line].length };
    return {
      range: { start: end, end },
      newText: closeBefore(line) + texts.join('') + blankBeforeNext(lines, line + 1),
    };
  });
}

function groupByDomain(
  framework: Framework,
  entries: readonly StatementEntry[],
  section: CapabilitiesSection | null,
): DomainGroup[] {
  const roleOrder = new Map(framework.roles.map((r, i) => [r.id, i]));
  const headings = new Set(section?.groups.map((h) => headingKey(h.text)));
  // Asked for every entry, of the same few domain and role names: each key computed once.
  const keys = new Map<string, string>();
  const keyOf = (heading: string) => {
    let key = keys.get(heading);
    if (key === undefined) keys.set(heading, (key = headingKey(heading)));
    return key;
  };
  const has = (heading: string) => headings.has(keyOf(heading));
  // The document heads groups with this role's name: "### Application of knowledge (drug and alcohol worker)".
  const namesRole = (role: Role) => role.domains.some((d) => has(roleGroupHeading(d.name, role)));
  const groups = new Map<string, DomainGroup>();
  const seen = new Set<string>();
  for (const { statement, role, domain } of entries) {
    const textKey = statementKey(statement);
    if (seen.has(textKey)) continue;
    seen.add(textKey);
    const ownHeading = roleGroupHeading(domain.name, role);
    const name = has(ownHeading) || (!has(domain.name) && namesRole(role)) ? ownHeading : domain.name;
    const key = keyOf(name);
    let group = groups.get(key);
    if (!group) {
      group = { name, key, order: roleOrder.get(role.id)! * 1000 + domain.number, texts: [] };
      groups.set(key, group);
    }
    group.texts.push(statement.text);
  }
  return [...groups.values()];
}

/** normalisedKey of each framework statement's text, computed once: the missing-capability rules ask on every lint. */
const statementKeys = new WeakMap<Statement, string>();

function statementKey(statement: Statement): string {
  let key = statementKeys.get(statement);
  if (key === undefined) statementKeys.set(statement, (key = normalisedKey(statement.text)));
  return key;
}

/** Headings match a domain name whatever their case, punctuation or numbering ("2. Application of knowledge"). */
function headingKey(text: string): string {
  return normalisedKey(text).replace(/^(?:domain )?\d+ /, '');
}

function groupBlock(group: DomainGroup, eol: string): string {
  return `### ${group.name}${eol}${eol}${bulletLines(group.texts, eol)}`;
}

function bulletLines(texts: readonly string[], eol: string): string {
  return texts.map((t) => `- ${t}`).join(eol);
}

/** The last line in [from, to) with any text; `from` when all are blank. */
export function lastContentLine(lines: TextLines, from: number, to: number): number {
  for (let line = Math.min(to, lines.lineCount) - 1; line > from; line--) {
    if (lines.lines[line].trim() !== '') return line;
  }
  return from;
}

/** A line break that keeps a blank line before `line` when it has text (e.g. the next heading directly follows). */
export function blankBeforeNext(lines: TextLines, line: number): string {
  return line < lines.lineCount && lines.lines[line].trim() !== '' ? lines.eol : '';
}

/** Line breaks that leave exactly one blank line between the document's last text and an appended block. */
export function separatorBefore(lines: TextLines, eol: string): string {
  const last = lastContentLine(lines, -1, lines.lineCount);
  if (last < 0) return '';
  const blankLinesAfter = lines.lineCount - 1 - last;
  return eol.repeat(Math.max(0, 2 - blankLinesAfter));
}
