// Finding and reading `.jdkit.json`. A job description uses the nearest
// config file in its folder or a parent folder, as ESLint and markdownlint do.
// Every problem is a ValidationError naming the file and the path inside it.
import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, parseConfig, type JdkitConfig } from './config';
import { RULE_BY_ID } from './rules';
import { closest } from './text/closest';
import { ValidationError } from './validate';

export interface LoadedConfig {
  config: JdkitConfig;
  /** The file it came from; null for the defaults (no config file found). */
  file: string | null;
}

export const NO_CONFIG: LoadedConfig = { config: DEFAULT_CONFIG, file: null };

/** Reads and validates a config file, including that every key of `rules` is a rule id. */
export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new ValidationError(file, [{ path: '', message: `cannot be read (${(err as Error).message})` }]);
  }
  const config = parseConfig(text, file);
  checkRuleIds(config, file);
  return { config, file };
}

/** Rejects unknown rule ids, so that a typo never silently leaves a rule at its default. */
export function checkRuleIds(config: JdkitConfig, file: string): void {
  const issues = Object.keys(config.rules)
    .filter((id) => !RULE_BY_ID.has(id))
    .map((id) => {
      const suggestion = closest(id, RULE_BY_ID.keys());
      return {
        path: `rules.${id}`,
        message: `"${id}" is not a jdkit rule${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      };
    });
  if (issues.length > 0) throw new ValidationError(file, issues);
}

/**
 * The nearest `.jdkit.json` in `dir` or its parents, stopping after `root`
 * (default: the filesystem root). `cache` remembers the answer for every
 * folder visited, so many files in a tree cost one lookup per folder.
 */
export function findConfigFile(dir: string, root?: string, cache?: Map<string, string | null>): string | null {
  const stop = root === undefined ? undefined : path.resolve(root);
  const visited: string[] = [];
  let found: string | null = null;
  for (let current = path.resolve(dir); ;) {
    const cached = cache?.get(current);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(current);
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (isFile(candidate)) {
      found = candidate;
      break;
    }
    const parent = path.dirname(current);
    if (current === stop || parent === current) break;
    current = parent;
  }
  for (const folder of visited) cache?.set(folder, found);
  return found;
}

/**
 * Resolves the config for many files, reading each config file once. A failed
 * load is remembered and rethrown for every file that uses it.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, string | null>();
  private readonly byFile = new Map<string, LoadedConfig | ValidationError>();

  constructor(private readonly root?: string) {}

  /** The config that applies to `file` (a path to a job description). */
  forFile(file: string): LoadedConfig {
    const configFile = findConfigFile(path.dirname(path.resolve(file)), this.root, this.byDir);
    if (configFile === null) return NO_CONFIG;
    let loaded = this.byFile.get(configFile);
    if (!loaded) {
      try {
        loaded = loadConfigFile(configFile);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        loaded = err;
      }
      this.byFile.set(configFile, loaded);
    }
    if (loaded instanceof ValidationError) throw loaded;
    return loaded;
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
