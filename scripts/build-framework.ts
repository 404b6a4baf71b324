// Generates framework-data/framework.json from the plain-text copy of the
// Capability framework (NHS England, 2024) and the hand-curated
// framework-data/roles.meta.json. Run with `npx tsc -p . && npm run framework:build`.
//
// The parser is deliberately strict: any structure it does not recognise
// throws with the line number, so a changed source text cannot silently
// produce wrong data.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  frameworkSchema,
  roleIdSchema,
  roleSchema,
  type Domain,
  type FrameworkData,
  type Role,
  type SourceRef,
} from '../src/core/framework/schema';
import { parseJsonFile, validate } from '../src/core/validate';

export const SOURCE_FILE = 'framework-data/source/capability-framework.txt';
export const META_FILE = 'framework-data/roles.meta.json';
export const OUTPUT_FILE = 'framework-data/framework.json';

/** Per-role facts the text does not state in a parseable form; keyed by role id, every id required. */
const roleMetaSchema = z.strictObject({
  /** Section number in the framework, e.g. "5.1": ties the entry to the text. */
  section: roleSchema.shape.section,
  /** Only where the role's name differs from its section title (5.6 "Nursing", 7.3 "Counsellors"). */
  name: z.string().min(1).optional(),
  ...roleSchema.pick({
    abbreviation: true,
    clinical: true,
    regulation: true,
    pickAndMix: true,
    pickAndMixSource: true,
    buildsOn: true,
    externalFrameworks: true,
  }).shape,
});
const rolesMetaSchema = z.record(roleIdSchema, roleMetaSchema);
type RoleMeta = z.infer<typeof roleMetaSchema>;

const TOP_HEADING = /^(\d+)\. \S/; // "5. Clinical role capabilities"
const SUB_HEADING = /^\d+\.\d+ /;
const ROLE_HEADING = /^(\d+)\.\d+ (.+) (capabilities|role descriptor)$/; // "5.1 Drug and alcohol worker capabilities"
/** Sections 5 and 6 hold roles with capabilities, 7 the descriptor-only roles. */
const ROLE_PARTS: Record<string, { clinical?: boolean }> = { '5': { clinical: true }, '6': { clinical: false }, '7': {} };
const BULLET = '  • ';
const ROLE_PROFILE = /^role profile$/i; // 5.9 spells it "Role Profile"
/** Domain headings are short and unpunctuated; the longest in the text is 79 characters. */
const MAX_HEADING_LENGTH = 100;

interface Line {
  n: number;
  text: string;
}

interface RoleSection {
  section: string;
  part: string;
  title: string;
  kind: Role['kind'];
  n: number;
  body: Line[];
}

interface ParsedRole {
  profile: string[];
  domains: { name: string; statements: string[] }[];
}

export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The pretty-printed file content, so the build and the staleness test agree byte for byte. */
export function renderFramework(data: FrameworkData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Pure: the framework data for `sourceText` and the (unvalidated) contents of roles.meta.json. */
export function buildFramework(sourceText: string, meta: unknown): FrameworkData {
  const rolesMeta = validate(rolesMetaSchema, meta, META_FILE);
  const lines = sourceText.split(/\r?\n/);
  const sections = splitRoleSections(lines);

  const metaBySection = new Map<string, [Role['id'], RoleMeta]>();
  for (const [id, m] of Object.entries(rolesMeta) as [Role['id'], RoleMeta][]) {
    if (metaBySection.has(m.section)) throw new Error(`${META_FILE}: section ${m.section} is given to two roles`);
    metaBySection.set(m.section, [id, m]);
  }
  const found = new Set(sections.map((s) => s.section));
  for (const s of metaBySection.keys()) {
    if (!found.has(s)) throw new Error(`${META_FILE}: section ${s} is not a role section of ${SOURCE_FILE}`);
  }

  const roles = sections.map((s): Role => {
    const entry = metaBySection.get(s.section);
    if (!entry) throw new Error(`${SOURCE_FILE}:${s.n}: section ${s.section} has no entry in ${META_FILE}`);
    const [id, m] = entry;
    checkMeta(id, m, s, lines);
    const parsed = parseRole(s);
    const domains = parsed.domains.map((d, i): Domain => {
      const number = i + 1;
      if (d.statements.length > 99) throw new Error(`section ${s.section}: "${d.name}" has more than 99 statements`);
      return {
        id: slug(d.name),
        name: d.name,
        number,
        statements: d.statements.map((text, j) => ({
          id: `${m.abbreviation}-${number}-${String(j + 1).padStart(2, '0')}`,
          text,
        })),
      };
    });
    if (new Set(domains.map((d) => d.id)).size !== domains.length) {
      throw new Error(`section ${s.section}: two domain headings have the same slug`);
    }
    return {
      id,
      abbreviation: m.abbreviation,
      name: m.name ?? s.title,
      section: s.section,
      kind: s.kind,
      clinical: m.clinical,
      profile: parsed.profile,
      regulation: m.regulation,
      pickAndMix: m.pickAndMix,
      ...(m.pickAndMixSource ? { pickAndMixSource: m.pickAndMixSource } : {}),
      buildsOn: m.buildsOn,
      domains,
      externalFrameworks: m.externalFrameworks,
    };
  });

  const reference = /^Publication reference: (\S+)\s*$/m.exec(sourceText)?.[1];
  if (!reference) throw new Error(`${SOURCE_FILE}: no "Publication reference:" line`);
  const data: FrameworkData = {
    source: {
      title: lines[0].trim(),
      publisher: 'NHS England',
      year: 2024,
      reference,
      licence: 'Open Government Licence v3.0',
      sha256: createHash('sha256').update(sourceText, 'utf8').digest('hex'),
    },
    roles,
  };
  // The schema also checks what the parser cannot: 14 roles, id formats, non-empty domains.
  validate(frameworkSchema, data, OUTPUT_FILE);
  return data;
}

/** Cuts sections 5–7 into one block per role (5.1 … 7.3), skipping blank lines. */
function splitRoleSections(lines: string[]): RoleSection[] {
  const sections: RoleSection[] = [];
  let part: string | undefined;
  let current: RoleSection | undefined;
  lines.forEach((text, i) => {
    const n = i + 1;
    const top = TOP_HEADING.exec(text);
    if (top) {
      part = top[1];
      current = undefined;
      return;
    }
    if (part === undefined || !(part in ROLE_PARTS)) return;
    if (SUB_HEADING.test(text)) {
      const m = ROLE_HEADING.exec(text);
      if (!m || m[1] !== part || (m[3] === 'role descriptor') !== (part === '7')) {
        throw new Error(`${SOURCE_FILE}:${n}: unexpected role heading "${text}"`);
      }
      current = {
        section: text.slice(0, text.indexOf(' ')),
        part,
        title: m[2],
        kind: m[3] === 'role descriptor' ? 'descriptor' : 'capabilities',
        n,
        body: [],
      };
      sections.push(current);
      return;
    }
    if (text.trim() === '') return;
    if (!current) throw new Error(`${SOURCE_FILE}:${n}: text before the first role of section ${part}`);
    current.body.push({ n, text });
  });
  return sections;
}

/**
 * Splits one role section into its profile and its domains.
 *
 * - Text before "Role profile" is a section introduction (5.7) and is not kept.
 * - Profile paragraphs are kept verbatim, including footnotes ("* Family can
 *   mean …", 5.4). A bullet list in a profile (6.2, 7.1) is joined onto the
 *   paragraph that introduces it ("… providers to: understand population
 *   needs; determine key priorities; …"); those bullets are not capabilities.
 * - Domain headings are short unpunctuated lines; each bullet under one is a
 *   capability statement, kept verbatim.
 * - A paragraph directly under a domain heading (5.3's note that senior
 *   workers also need the worker capabilities) and footnotes after statements
 *   (6.2's "* Co-creation …") are commentary, not statements, and are dropped.
 */
function parseRole(s: RoleSection): ParsedRole {
  const profile: string[] = [];
  const domains: { name: string; statements: string[]; noted: boolean }[] = [];
  let phase: 'intro' | 'profile' | 'domains' = s.kind === 'descriptor' ? 'profile' : 'intro';
  let listOpen = false; // the last profile paragraph ends with ":" and bullets may follow
  const fail = (n: number, what: string): never => {
    throw new Error(`${SOURCE_FILE}:${n}: section ${s.section}: ${what}`);
  };

  for (const { n, text } of s.body) {
    const domain = domains.at(-1);
    if (text.startsWith(BULLET)) {
      const item = text.slice(BULLET.length).trim();
      if (phase === 'domains' && domain) domain.statements.push(item);
      else if (phase === 'profile' && listOpen) {
        const last = profile.length - 1;
        profile[last] += (profile[last].endsWith(':') ? ' ' : '; ') + item;
      } else fail(n, 'bullet before any domain heading');
    } else if (ROLE_PROFILE.test(text)) {
      if (phase !== 'intro') fail(n, 'unexpected "Role profile" heading');
      phase = 'profile';
    } else if (text.startsWith('*')) {
      if (phase === 'profile') profile.push(text.trim());
      listOpen = false;
    } else if (text.length <= MAX_HEADING_LENGTH && !/[.:]$/.test(text)) {
      if (phase === 'intro') fail(n, `domain heading "${text}" before "Role profile"`);
      if (s.kind === 'descriptor') fail(n, `a role descriptor has no domains, found heading "${text}"`);
      if (profile.length === 0) fail(n, `domain heading "${text}" with an empty role profile`);
      if (domain && domain.statements.length === 0) fail(n, `domain "${domain.name}" has no capability statements`);
      phase = 'domains';
      domains.push({ name: text.trim(), statements: [], noted: false });
    } else if (phase === 'profile') {
      profile.push(text.trim());
      listOpen = text.trimEnd().endsWith(':');
    } else if (phase === 'domains' && domain && domain.statements.length === 0 && !domain.noted) {
      domain.noted = true;
    } else if (phase !== 'intro') {
      fail(n, `unexpected paragraph "${text.slice(0, 60)}…"`);
    }
  }

  const last = domains.at(-1);
  if (profile.length === 0) fail(s.n, 'no role profile');
  if (s.kind === 'capabilities' && !last) fail(s.n, 'no capability domains');
  if (last && last.statements.length === 0) fail(s.n, `domain "${last.name}" has no capability statements`);
  return { profile, domains: domains.map(({ name, statements }) => ({ name, statements })) };
}

/** Checks a meta entry against the text: kind-specific fields, clinical flag, and that every quote is verbatim. */
function checkMeta(id: string, m: RoleMeta, s: RoleSection, lines: string[]): void {
  const fail = (what: string): never => {
    throw new Error(`${META_FILE}: ${id}: ${what}`);
  };
  const partClinical = ROLE_PARTS[s.part].clinical;
  if (partClinical !== undefined && partClinical !== m.clinical) {
    fail(`clinical must be ${partClinical} for a role in section ${s.part}`);
  }
  if (m.pickAndMix !== (m.pickAndMixSource !== undefined)) fail('pickAndMixSource must be given exactly when pickAndMix is true');
  if (s.kind === 'descriptor') {
    if (m.externalFrameworks.length === 0) fail('a descriptor role needs its external frameworks');
    if (m.pickAndMix || m.buildsOn.length > 0) fail('a descriptor role has no capabilities to pick or build on');
  } else if (m.externalFrameworks.length > 0) {
    fail('only descriptor roles (section 7) have external frameworks');
  }
  const refs: SourceRef[] = [
    ...(m.regulation ? [m.regulation.source] : []),
    ...(m.pickAndMixSource ? [m.pickAndMixSource] : []),
    ...m.buildsOn.map((b) => b.source),
  ];
  for (const ref of refs) {
    if (ref.document !== 'framework') fail(`source ${ref.ref} must cite the framework, the only text this build reads`);
    if (ref.quote === undefined) fail(`source ${ref.ref} needs a verbatim quote`);
    else if (!sectionText(lines, ref.ref).includes(normaliseSpace(ref.quote))) {
      fail(`quote is not verbatim in section ${ref.ref}: "${ref.quote}"`);
    }
  }
}

/** The whitespace-normalised text of section `ref` ("2" or "5.6"), up to the next heading of that level. */
function sectionText(lines: string[], ref: string): string {
  const sub = ref.includes('.');
  const start = lines.findIndex((l) => l.startsWith(sub ? `${ref} ` : `${ref}. `));
  if (start < 0) throw new Error(`${SOURCE_FILE}: no section ${ref}`);
  let end = start + 1;
  while (end < lines.length && !TOP_HEADING.test(lines[end]) && !(sub && SUB_HEADING.test(lines[end]))) end++;
  return normaliseSpace(lines.slice(start, end).join('\n'));
}

function main(): void {
  // Compiled to out/scripts/, so the repository root is two levels up.
  const root = join(__dirname, '..', '..');
  const sourceText = readFileSync(join(root, SOURCE_FILE), 'utf8');
  const meta = parseJsonFile(z.unknown(), readFileSync(join(root, META_FILE), 'utf8'), META_FILE);
  const data = buildFramework(sourceText, meta);
  writeFileSync(join(root, OUTPUT_FILE), renderFramework(data));
  const statements = data.roles.reduce((sum, r) => sum + r.domains.reduce((k, d) => k + d.statements.length, 0), 0);
  console.log(`wrote ${OUTPUT_FILE}: ${data.roles.length} roles, ${statements} capability statements`);
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}
