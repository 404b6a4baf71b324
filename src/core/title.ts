// What a job title says about the role: which framework roles it names
// (canonical titles and aliases, longest phrase wins) and whether it is one
// of the titles the workforce plan calls vague.
import type { JdkitConfig } from './config';
import type { Framework } from './framework/load';
import type { RoleId, TitlesData } from './framework/schema';
import { normalisedKey } from './match/normalise';

export interface TitleAnalysis {
  title: string | undefined;
  /** Roles the title names, best (longest matching phrase) first. */
  roles: RoleId[];
  /** The phrase that matched, as written in the title data. */
  matchedPhrase?: string;
  vague: TitlesData['vague'][number] | null;
}

interface Phrase {
  key: string;
  text: string;
  role: RoleId;
}

const phraseCache = new WeakMap<object, Phrase[]>();

function phrasesFor(framework: Framework, config: JdkitConfig): Phrase[] {
  const cached = phraseCache.get(config);
  if (cached) return cached;
  const phrases: Phrase[] = [];
  for (const entry of framework.titles.roles) {
    for (const text of [entry.canonical, ...entry.aliases, ...(config.titleAliases[entry.role] ?? [])]) {
      phrases.push({ key: normalisedKey(text), text, role: entry.role });
    }
  }
  // Longest first, so "senior drug and alcohol worker" beats "drug and alcohol worker".
  phrases.sort((a, b) => b.key.length - a.key.length);
  phraseCache.set(config, phrases);
  return phrases;
}

function containsPhrase(haystack: string, needle: string): boolean {
  return needle.length > 0 && ` ${haystack} `.includes(` ${needle} `);
}

export function analyseTitle(title: string | undefined, framework: Framework, config: JdkitConfig): TitleAnalysis {
  if (!title) return { title, roles: [], vague: null };
  const key = normalisedKey(title);
  const roles: RoleId[] = [];
  let matchedPhrase: string | undefined;
  let matchedLength = 0;
  for (const phrase of phrasesFor(framework, config)) {
    if (phrase.key.length < matchedLength) break;
    if (!containsPhrase(key, phrase.key)) continue;
    matchedLength = phrase.key.length;
    matchedPhrase ??= phrase.text;
    if (!roles.includes(phrase.role)) roles.push(phrase.role);
  }
  const vague = roles.length === 0 ? (framework.titles.vague.find((v) => containsPhrase(key, normalisedKey(v.title))) ?? null) : null;
  return { title, roles, matchedPhrase, vague };
}

/** The title the framework uses for a role (titles.json), falling back to the framework's role name. */
export function canonicalTitle(framework: Framework, role: RoleId): string {
  return framework.titles.roles.find((t) => t.role === role)?.canonical ?? framework.role(role)!.name;
}
