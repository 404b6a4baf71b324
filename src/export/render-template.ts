// Compiling and running templates. Templates are code written by users, so:
// - each template set gets its own Handlebars environment with only jdkit's
//   helpers (no `log`), compiled in strict mode with knownHelpersOnly, so a
//   misspelt field or helper is an error naming its line, not a silent gap;
// - prototype access stays at Handlebars' safe default (no `constructor`,
//   `__proto__` or inherited methods), and the context is plain data;
// - there is no helper that touches files, the network or the environment;
// - compiling and rendering run under node:vm's watchdog, which stops a
//   runaway template (blocks nested thousands deep, nested loops over large
//   lists, a partial that includes itself) after a time limit, in the same
//   thread, without the cost of a worker;
// - template files must resolve inside their templates folder (templates.ts),
//   and output is capped in size.
// Errors name the template or partial file and line (see line-markers.ts).
import { createHash } from 'node:crypto';
import vm from 'node:vm';
import Handlebars from 'handlebars';
import { lowerFirst } from '../core/text/case';
import type { BlockData } from './blocks';
import { ExportError } from './errors';
import { FORBIDDEN_CONTROL, markLines } from './line-markers';
import { partialFiles, readTemplateFile, type TemplateFile, type TemplateInfo } from './templates';

/** Default render time limit: the built-in templates take a few milliseconds. */
export const DEFAULT_TIMEOUT_MS = 2000;
/** The markup a template may produce; the built-in ones produce well under 1 MB for the largest role. */
export const MAX_OUTPUT_CHARS = 8 * 1024 * 1024;

export interface CompiledTemplate {
  /** Display names of the files, by the index used in line markers: the template first, then partials. */
  files: readonly string[];
  /** Runs the template; returns markup with line markers. */
  render(context: unknown, timeoutMs?: number): string;
}

const HELPERS: Record<string, Handlebars.HelperDelegate> = {
  /** {{blocks section.blocks}}: Markdown-derived blocks as markup; sub-headings start at `headingLevel` (default 3). */
  blocks(blocks: unknown, options: Handlebars.HelperOptions) {
    if (!Array.isArray(blocks) || !blocks.every(isBlock))
      throw new Error('the "blocks" helper needs a list of blocks, such as sections.mainDuties.blocks');
    const level = Number(options.hash.headingLevel ?? 3);
    if (!Number.isInteger(level) || level < 2 || level > 4)
      throw new Error('the "blocks" helper\'s headingLevel must be 2, 3 or 4');
    return new Handlebars.SafeString(blocksMarkup(blocks, level));
  },
  /** (eq a b): strict equality. */
  eq: (a: unknown, b: unknown) => a === b,
  /** (not a). */
  not: (a: unknown) => !a || (Array.isArray(a) && a.length === 0),
  /** (and a b …), (or a b …). */
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  /** (limit list n): the first n items. */
  limit(list: unknown, n: unknown) {
    if (!Array.isArray(list)) throw new Error('the "limit" helper needs a list');
    return (list as unknown[]).slice(0, Math.max(0, Number(n) || 0));
  },
  /** (where list "key"): the items whose `key` is true, e.g. the supervision the job description offers. */
  where(list: unknown, key: unknown) {
    if (!Array.isArray(list) || typeof key !== 'string')
      throw new Error('the "where" helper needs a list and a field name, as in (where supervision "offered")');
    return (list as unknown[]).filter((item) => (item as Record<string, unknown> | null)?.[key] === true);
  },
  /** (firstOfEach groups n): the first n `items` of each group, as one list — e.g. one capability per domain. */
  firstOfEach(groups: unknown, n: unknown) {
    if (!Array.isArray(groups))
      throw new Error('the "firstOfEach" helper needs a list of groups with items, such as capabilities.domains');
    const count = Math.max(0, Number(n) || 0);
    return (groups as ({ items?: unknown } | null)[]).flatMap((g) =>
      Array.isArray(g?.items) ? (g.items as unknown[]).slice(0, count) : [],
    );
  },
  /** (listItems blocks): the top-level items of every list in the blocks, as one list — a section's bullets across its sub-headings, without their sub-items. */
  listItems(blocks: unknown) {
    if (!Array.isArray(blocks) || !blocks.every(isBlock))
      throw new Error('the "listItems" helper needs a list of blocks, such as sections.mainDuties.blocks');
    return blocks.flatMap((b) => (b.type === 'list' ? b.items.filter((item) => item.depth === 0) : []));
  },
  /** (keep list n "key"): at most n items, those whose `key` is true before the others, in the list's order — e.g. the duties an advert must not drop. */
  keep(list: unknown, n: unknown, key: unknown) {
    if (!Array.isArray(list) || typeof key !== 'string')
      throw new Error('the "keep" helper needs a list, a number and a field name, as in (keep duties 4 "key")');
    const count = Math.max(0, Number(n) || 0);
    const isKept = (item: unknown) => (item as Record<string, unknown> | null)?.[key] === true;
    const kept = new Set(list.filter(isKept).slice(0, count));
    for (const item of list) if (kept.size < count) kept.add(item);
    return (list as unknown[]).filter((item) => kept.has(item));
  },
  /** (range n): the numbers 1 to n (at most 50), e.g. a column for each of six candidates. */
  range(n: unknown) {
    const count = Number(n);
    if (!Number.isInteger(count) || count < 0 || count > 50)
      throw new Error('the "range" helper needs a whole number from 0 to 50');
    return Array.from({ length: count }, (_, i) => i + 1);
  },
  /** {{join list ", "}}: strings joined. */
  join(list: unknown, separator: unknown) {
    if (!Array.isArray(list)) throw new Error('the "join" helper needs a list');
    return list.map(String).join(typeof separator === 'string' ? separator : ', ');
  },
  /** {{lowerFirst text}}: the text with its first letter in lower case, for use mid-sentence. */
  lowerFirst: (text: unknown) => (typeof text === 'string' ? lowerFirst(text) : ''),
};

export const HELPER_NAMES = Object.keys(HELPERS);

const BLOCK_TYPES: readonly unknown[] = ['paragraph', 'heading', 'list'] satisfies BlockData['type'][];

function isBlock(value: unknown): value is BlockData {
  return typeof value === 'object' && value !== null && BLOCK_TYPES.includes((value as { type?: unknown }).type);
}

/** Names inside Handlebars' generated code that its errors mention when a helper or block is used wrongly. */
const HANDLEBARS_INTERNALS = new Set(['call', 'apply', 'lookupProperty', 'fn', 'inverse', 'hash']);

const COMPILE_OPTIONS: CompileOptions = {
  strict: true,
  knownHelpersOnly: true,
  // `log` is one of Handlebars' known helpers by default; it is unregistered, so it must be unknown too.
  knownHelpers: { ...Object.fromEntries(HELPER_NAMES.map((n) => [n, true])), log: false },
  preventIndent: true,
};

const cache = new Map<string, CompiledTemplate>();

// node:vm's watchdog interrupts whatever JavaScript runs past the time limit,
// here Handlebars' parser or a template function, in this same thread.
const sandbox = vm.createContext({ run: null as null | (() => unknown) });

function runBounded<T>(fn: () => T, timeoutMs: number): T {
  sandbox.run = fn;
  try {
    return vm.runInContext('run()', sandbox, { timeout: timeoutMs }) as T;
  } finally {
    sandbox.run = null;
  }
}

function timedOut(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}

/** Compiles `template` with the partials available to it; cached by content, so edits to user templates are picked up. */
export function compileTemplate(
  template: TemplateInfo,
  userDir: string | null,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): CompiledTemplate {
  const files: TemplateFile[] = [readTemplateFile(template.file, template.folder)];
  const partialNames: string[] = [];
  for (const [name, { file, folder }] of partialFiles(userDir)) {
    files.push(readTemplateFile(file, folder));
    partialNames.push(name);
  }
  const key = createHash('sha256')
    .update(JSON.stringify(files.map((f) => [f.file, f.source])))
    .digest('hex');
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compile(files, partialNames, timeoutMs);
    if (cache.size > 32) cache.clear();
    cache.set(key, compiled);
  }
  return compiled;
}

function compile(files: readonly TemplateFile[], partialNames: readonly string[], timeoutMs: number): CompiledTemplate {
  const names = files.map((f) => f.file);
  const shifts: number[][] = [];
  const env = Handlebars.create();
  env.unregisterHelper('log');
  env.registerHelper(HELPERS);
  const failures = new WeakMap<object, number>();
  const functions = files.map((f, index) => {
    const control = FORBIDDEN_CONTROL.exec(f.source);
    if (control) {
      throw new ExportError('the template contains a control character; save it as plain UTF-8 text', {
        file: names[index],
        line: f.source.slice(0, control.index).split('\n').length,
      });
    }
    const marked = markLines(f.source, index);
    shifts.push(marked.shift);
    let fn: Handlebars.TemplateDelegate;
    try {
      // Precompiling finds what Handlebars otherwise reports only on the first
      // render (unknown helpers, mismatched blocks), while the file is known.
      // Parsing is bounded too: Handlebars' parser slows down badly on deeply nested blocks.
      fn = runBounded(() => {
        env.precompile(env.parse(marked.source), COMPILE_OPTIONS);
        return env.compile(env.parse(marked.source), COMPILE_OPTIONS);
      }, timeoutMs);
    } catch (err) {
      if (timedOut(err)) {
        throw new ExportError(
          `the template took longer than ${timeoutMs} ms to compile and was stopped: look for blocks nested very deeply`,
          { file: f.file },
        );
      }
      throw templateError(err, f, marked.shift);
    }
    // Remember which file a runtime error came from: the innermost one wins.
    return (context: unknown, options?: Handlebars.RuntimeOptions): string => {
      try {
        return fn(context, options);
      } catch (err) {
        if (err && typeof err === 'object' && !failures.has(err)) failures.set(err, index);
        throw err;
      }
    };
  });
  partialNames.forEach((name, i) => env.registerPartial(name, functions[i + 1] as unknown as Handlebars.Template));

  return {
    files: names,
    render(context, renderTimeoutMs = DEFAULT_TIMEOUT_MS) {
      let output: unknown;
      try {
        output = runBounded(() => functions[0](context), renderTimeoutMs);
      } catch (err) {
        const index = (typeof err === 'object' && err !== null ? failures.get(err) : undefined) ?? 0;
        if (timedOut(err)) {
          throw new ExportError(
            `the template took longer than ${renderTimeoutMs} ms and was stopped: look for a loop inside a loop over long lists, or a partial that includes itself`,
            { file: names[0] },
          );
        }
        if (err instanceof RangeError) {
          throw new ExportError(
            `the template could not be rendered (${err.message}): look for a partial that includes itself`,
            { file: names[index] },
          );
        }
        throw templateError(err, files[index], shifts[index]);
      }
      if (typeof output !== 'string') throw new ExportError('the template did not produce text', { file: names[0] });
      if (output.length > MAX_OUTPUT_CHARS) {
        throw new ExportError(
          `the template produced ${Math.round(output.length / 1024 / 1024)} MB of markup; the limit is ${MAX_OUTPUT_CHARS / 1024 / 1024} MB`,
          { file: names[0] },
        );
      }
      return output;
    },
  };
}

/** A Handlebars error as an ExportError naming the file and line, in words a template author can act on. */
function templateError(err: unknown, file: TemplateFile, shift: readonly number[]): ExportError {
  if (err instanceof ExportError) return err;
  const error = err as Error & { lineNumber?: number; column?: number };
  let message = String(error?.message ?? err);
  let line = error.lineNumber;
  let column = error.column;
  const parse = /^Parse error on line (\d+):\n(?:.*\n)?(.*)\n.*\n(Expecting .*)$/s.exec(message);
  if (parse) {
    line = Number(parse[1]);
    const near = parse[2].replace(/\u0001\d+:\d+\u0002/g, '').replace(/^[^\u0001]*\u0002|\u0001[^\u0002]*$/g, '');
    message = `Handlebars syntax error near "${near.slice(-40)}": ${parse[3].replace(/'/g, '')}`;
  }
  message = message.replace(/ - \d+:\d+$/, '');
  const missing = /^"(.+)" not defined in/.exec(message);
  if (missing) {
    message = `"${missing[1]}" is not in the template context here. Templates run in strict mode, so check the spelling against docs/templates.md; to use a value that may be absent, test it first with {{#if}}`;
  }
  // Lookups through a missing or plain value fail inside Handlebars without a position: name the first line that uses the name.
  const through =
    /^Cannot use 'in' operator to search for '(.+)' in |^Cannot read properties of (?:undefined|null) \(reading '(.+)'\)/.exec(
      message,
    );
  if (through) {
    const name = through[1] ?? through[2];
    if (name === 'lookupProperty' && /\blookup\b/.test(file.source)) {
      message = 'the "lookup" helper needs a value and the name of one of its fields, such as (lookup job "title")';
      line ??= lineUsing(file.source, 'lookup');
    } else if (HANDLEBARS_INTERNALS.has(name)) {
      message =
        'a helper or block is used without the arguments it needs, or something that is not a helper is called like one: check the template against docs/templates.md';
    } else {
      message = `"${name}" was looked up on a value that is missing or has no fields: check the spelling of the path before it against docs/templates.md`;
      line ??= lineUsing(file.source, name);
    }
  }
  const helper = /^the "(\w+)" helper /.exec(message);
  if (helper) line ??= lineUsing(file.source, helper[1]);
  const missingPartial = /^The partial (.+) could not be found$/.exec(message);
  if (missingPartial) {
    message = `there is no partial called "${missingPartial[1]}": partials are .hbs files in a partials folder beside the templates, used as {{> name}}`;
    line ??= lineUsing(file.source, missingPartial[1]);
  }
  const unknownHelper = /unknown helper (\S+)/.exec(message);
  if (unknownHelper)
    message = `"${unknownHelper[1]}" is not a helper; the helpers are ${HELPER_NAMES.join(', ')} and Handlebars' if, unless, each, with and lookup`;
  if (line !== undefined && column !== undefined) column = Math.max(1, column + 1 - (shift[line] ?? 0));
  return new ExportError(message, { file: file.file, line, column });
}

/** The first line with a mustache that mentions `name`. */
function lineUsing(source: string, name: string): number | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const index = source.split('\n').findIndex((l) => new RegExp(`\\{\\{[^}]*\\b${escaped}\\b`).test(l));
  return index < 0 ? undefined : index + 1;
}

/** Markup for Markdown-derived blocks; list nesting rebuilt from item depths. */
export function blocksMarkup(blocks: readonly BlockData[], headingLevel: number): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') out.push(`<p>${block.markup}</p>`);
    else if (block.type === 'heading') {
      const level = Math.min(4, headingLevel + block.level - 1);
      out.push(`<h${level}>${block.markup}</h${level}>`);
    } else {
      const tag = block.ordered ? 'ol' : 'ul';
      let depth = -1;
      for (const item of block.items) {
        const target = Math.min(item.depth, depth + 1);
        if (target > depth) out.push(`<${tag}>`);
        else {
          out.push('</li>');
          for (; depth > target; depth--) out.push(`</${tag}></li>`);
        }
        depth = target;
        out.push(`<li>${item.markup}`);
      }
      out.push('</li>');
      for (; depth > 0; depth--) out.push(`</${tag}></li>`);
      out.push(`</${tag}>`);
    }
  }
  return out.join('\n');
}
