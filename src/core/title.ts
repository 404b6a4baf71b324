// What a job title says about the post: which framework roles it names
// (canonical titles and aliases, longest phrase wins, narrowed by qualifiers
// such as "senior"), and whether it is a title the workforce plan calls vague,
// a volunteer post, or a post the framework puts out of its scope.
import type { JdkitConfig } from './config';
import type { Framework } from './framework/load';
import type { OutOfScopeTitle, Population, RoleId, TitleGroup, TitlesData } from './framework/schema';
import { normalisedKey } from './match/normalise';

type RoleTitles = TitlesData['roles'][number];
type Qualifier = TitlesData['qualifiers'][number];
type VagueTitle = TitlesData['vague'][number];

/** A title list entry found in a title, with the phrase that matched as written in the data. */
export type Found<T> = T & { phrase: string };

export interface TitleAnalysis {
  title: string | undefined;
  /** Roles the title names, best (longest matching phrase) first. */
  roles: RoleId[];
  /** The phrase that matched, as written in the title data. */
  matchedPhrase?: string;
  /** Who the post works with, when a word in the title says ("young people's"). */
  population?: Population;
  /** A title the plan calls vague, its suggestions narrowed by the title's qualifiers ("Senior recovery worker"). */
  vague: VagueTitle | null;
  /** A volunteer post (plan, Volunteers): it names no framework role. */
  volunteer: Found<TitleGroup> | null;
  /** A post the framework (section 1) puts out of its scope. */
  outOfScope: Found<OutOfScopeTitle> | null;
}

interface Keyed<T> {
  key: string;
  text: string;
  entry: T;
}

interface RolePhrase {
  key: string;
  text: string;
  role: RoleId;
  weak: boolean;
  configured: boolean;
}

interface Lexicon {
  /** Strong phrases before weak ones, longest first within each. */
  roles: RolePhrase[];
  qualifiers: { keys: string[]; entry: Qualifier }[];
  volunteer: Keyed<TitleGroup>[];
  staffWords: string[];
  outOfScope: Keyed<OutOfScopeTitle>[];
  vague: Keyed<VagueTitle>[];
  volunteerKeys: string[];
}

/** Every title that names the role in the framework's title data: the canonical one, then the aliases. */
export function roleTitles(entry: RoleTitles): string[] {
  return [entry.canonical, ...entry.aliases.flatMap((group) => group.titles)];
}

const lexiconCache = new WeakMap<object, Lexicon>();

function lexiconFor(framework: Framework, config: JdkitConfig): Lexicon {
  const cached = lexiconCache.get(config);
  if (cached) return cached;
  const data = framework.titles;
  const roles: RolePhrase[] = [];
  const add = (text: string, role: RoleId, weak: boolean, configured: boolean) =>
    roles.push({ key: normalisedKey(text), text, role, weak, configured });
  for (const entry of data.roles) {
    add(entry.canonical, entry.role, false, false);
    for (const group of entry.aliases)
      for (const text of group.titles) add(text, entry.role, group.weak ?? false, false);
    for (const text of config.titleAliases[entry.role] ?? []) add(text, entry.role, false, true);
  }
  // Longest first, so "senior drug and alcohol worker" beats "drug and alcohol worker".
  roles.sort((a, b) => Number(a.weak) - Number(b.weak) || b.key.length - a.key.length);
  const keyed = <T>(entries: readonly T[], titlesOf: (entry: T) => string[]): Keyed<T>[] =>
    entries.flatMap((entry) => titlesOf(entry).map((text) => ({ key: normalisedKey(text), text, entry })));
  const qualifiers = data.qualifiers.map((entry) => ({ keys: entry.words.map(normalisedKey), entry }));
  const volunteer = keyed(data.volunteer.titles, (g) => g.titles);
  const staffWords = data.volunteer.staff.words.map(normalisedKey);
  const outOfScope = keyed(data.outOfScope, (e) => e.titles);
  const vague = keyed(data.vague, (v) => [v.title]);
  const lexicon: Lexicon = {
    roles,
    qualifiers,
    volunteer,
    staffWords,
    outOfScope,
    vague,
    volunteerKeys: volunteer.map((e) => e.key),
  };
  lexiconCache.set(config, lexicon);
  return lexicon;
}

export function analyseTitle(title: string | undefined, framework: Framework, config: JdkitConfig): TitleAnalysis {
  if (!title) return { title, roles: [], vague: null, volunteer: null, outOfScope: null };
  const lexicon = lexiconFor(framework, config);
  // Over the normalised title, so "drug & alcohol" and "drug-and-alcohol" read as "drug and alcohol".
  const occurs = occursIn(normalisedKey(title));
  const volunteer = volunteerTitle(occurs, lexicon);
  const employed = framework.titles.volunteer.employed.role;

  // The phrases of the first tier (strong, else weak) that matches, longest first; a shorter phrase
  // counts only outside the longer ones ("senior drug and alcohol worker" is not also a "drug and
  // alcohol worker"), so a title naming alternatives ("Nurse or Pharmacist") names both roles.
  const found: { role: RoleId; at: number }[] = [];
  let rest = ` ${normalisedKey(title)} `;
  let matchedPhrase: string | undefined;
  let tier: boolean | undefined;
  for (const phrase of lexicon.roles) {
    if (tier !== undefined && phrase.weak !== tier) break;
    // The plan says volunteer roles are not the employed peer support worker role.
    if (volunteer && phrase.role === employed) continue;
    const at = phrase.key === '' ? -1 : rest.indexOf(` ${phrase.key} `);
    if (at < 0) continue;
    tier = phrase.weak;
    matchedPhrase ??= phrase.text;
    found.push({ role: phrase.role, at });
    rest = rest.split(` ${phrase.key} `).join(` ${'\u0000 '.repeat(phrase.key.split(' ').length)}`);
  }
  const roles = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.role))];

  const qualifiers = lexicon.qualifiers.filter((q) => q.keys.some(occurs)).map((q) => q.entry);
  const narrow = (role: RoleId) => qualifiers.reduce((r, q) => q.roles[r] ?? r, role);
  const population = qualifiers.find((q) => q.population)?.population;
  const outOfScope = firstFound(occurs, lexicon.outOfScope);
  const vagueEntry =
    roles.length === 0 && !volunteer && !outOfScope ? lexicon.vague.find((v) => occurs(v.key))?.entry : undefined;
  return {
    title,
    roles: [...new Set(roles.map(narrow))],
    matchedPhrase,
    ...(population ? { population } : {}),
    vague: vagueEntry ? { ...vagueEntry, suggest: [...new Set(vagueEntry.suggest.map(narrow))] } : null,
    volunteer,
    outOfScope,
  };
}

/**
 * The out-of-scope setting a team, service or location names ("Alcohol Care
 * Team", "HMP Leeds"): of the entries that leave out a setting, not a role,
 * the titles that name it in such a field too (inFields).
 */
export function outOfScopeSetting(
  text: string,
  framework: Framework,
  config: JdkitConfig,
): Found<OutOfScopeTitle> | null {
  const inFields = lexiconFor(framework, config).outOfScope.filter((e) => e.entry.inFields?.includes(e.text));
  return firstFound(occursIn(normalisedKey(text)), inFields);
}

/**
 * The volunteer title in the title, unless the title names a post that manages
 * volunteers ("Volunteer co-ordinator") or the volunteer title is part of the
 * organisation's own alias for a framework role (titleAliases).
 */
function volunteerTitle(occurs: (key: string) => boolean, lexicon: Lexicon): Found<TitleGroup> | null {
  if (lexicon.staffWords.some(occurs)) return null;
  const inAliases = new Set(
    lexicon.roles
      .filter((p) => p.configured && occurs(p.key))
      .flatMap((p) => lexicon.volunteerKeys.filter(occursIn(p.key))),
  );
  return firstFound((key) => occurs(key) && !inAliases.has(key), lexicon.volunteer);
}

/**
 * Whether a phrase's key occurs in `key` as whole words. Both are normalised
 * keys, words joined by single spaces (normalisedKey), so the phrase occurs
 * exactly where the key, padded with a space each side, contains it padded.
 */
function occursIn(key: string): (phrase: string) => boolean {
  const padded = ` ${key} `;
  return (phrase) => phrase !== '' && padded.includes(` ${phrase} `);
}

/** The first entry whose key is in the title. */
function firstFound<T>(occurs: (key: string) => boolean, entries: Keyed<T>[]): Found<T> | null {
  const hit = entries.find((e) => occurs(e.key));
  return hit ? { ...hit.entry, phrase: hit.text } : null;
}

/** The title the framework uses for a role (titles.json), falling back to the framework's role name. */
export function canonicalTitle(framework: Framework, role: RoleId): string {
  return framework.titles.roles.find((t) => t.role === role)?.canonical ?? framework.role(role)!.name;
}
