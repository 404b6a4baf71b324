// Bundles the shipped programs into dist/ with esbuild: one CommonJS file per
// entry, `vscode` left to the editor. Adding a program is one line in ENTRIES.
// The extension's activation path must stay light, so the build fails if the
// engine's libraries or the Word export libraries end up in dist/extension.js
// (they belong in entries loaded on demand: dist/engine.js, dist/export.js).
// dist/export.js is not self-contained: it takes every module dist/engine.js
// already has from it at run time (sharedWith), so the package holds one copy
// of the engine and the export uses the engine's framework instance. They
// read framework-data's large files from dist/framework-data/ (largeJson).
// The CLI (dist/cli.js, not in the .vsix) stays self-contained but for its
// worker threads (dist/lint-worker.js, also self-contained).
//
// Usage: node scripts/bundle.mjs [--dev]   (--dev: no minification)
import { decode, encode } from '@jridgewell/sourcemap-codec';
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Large JSON files (the framework is ~270 KB) are not object literals in a
 * bundle: V8 parses JSON much faster than it compiles an object literal.
 * The extension's bundles read framework-data's files from
 * dist/framework-data/ (written here, shipped in the .vsix) when they load:
 * as strings inside the bundle they were most of its size, read, hashed and
 * kept in its V8 code cache again on every start. The CLI, and other large
 * JSON, embed them as `JSON.parse('…')`, so dist/cli.js stays one file.
 */
function largeJson({ dataFiles }) {
  return {
    name: 'large-json',
    setup(b) {
      b.onLoad({ filter: /\.json$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (text.length < 10_000) return undefined;
        const json = JSON.stringify(JSON.parse(text));
        const file = path.relative(root, args.path).split(path.sep).join('/');
        if (!dataFiles || !file.startsWith('framework-data/'))
          return { contents: `module.exports = JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
        mkdirSync(path.join(root, 'dist', 'framework-data'), { recursive: true });
        writeFileSync(path.join(root, 'dist', file), asciiJson(json));
        return {
          contents: `module.exports = JSON.parse(require('fs').readFileSync(require('path').join(__dirname, ${JSON.stringify(file)}), 'utf8'));`,
          loader: 'js',
        };
      });
    },
  };
}

/**
 * JSON with each UTF-16 unit outside ASCII written as \uXXXX, which JSON.parse
 * reads back the same. One curly quote in a file makes Node decode all of it
 * into a two-byte string: twice the memory, and about 1 ms more to read
 * framework.json on every start.
 */
function asciiJson(json) {
  return json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * out: file under dist/; entry: TypeScript source; forbidden: packages (or
 * files, when the name has a slash) that must not be bundled into it;
 * sharedWith: an entry built before it whose modules it takes at run time
 * instead of bundling them (see bundleSharing); vsix: shipped in the .vsix
 * (.vscodeignore), so its packages' licences go into NOTICES, and it reads
 * framework-data's large files from dist/framework-data/ (largeJson).
 */
const ENTRIES = [
  // Activation loads only the editor glue; the engine and the export code are loaded on first use.
  {
    out: 'extension.js',
    entry: 'src/extension/extension.ts',
    vsix: true,
    forbidden: ['docx', 'handlebars', 'mammoth', 'zod', 'yaml', 'markdown-it'],
  },
  { out: 'engine.js', entry: 'src/extension/engine.ts', vsix: true, forbidden: ['docx', 'handlebars', 'mammoth'] },
  { out: 'cli.js', entry: 'src/cli/main.ts' },
  // The worker threads of `jdkit lint --concurrency` (src/cli/lint-pool.ts), beside dist/cli.js.
  { out: 'lint-worker.js', entry: 'src/cli/lint-worker.ts' },
  {
    out: 'export.js',
    entry: 'src/export/index.ts',
    vsix: true,
    sharedWith: 'engine.js',
    forbidden: ['framework-data/framework.json', 'yaml', 'markdown-it'],
  },
];

/** The licences of the packages bundled into the .vsix's files, shipped beside them. */
const NOTICES = 'dist/THIRD-PARTY-NOTICES.txt';

const dev = process.argv.includes('--dev');

/**
 * zod re-exports its error messages in ~50 languages (`z.locales`); jdkit's
 * messages are its own and English, so only English is bundled. Saves about
 * a quarter of the bundle and of its load time.
 */
const englishZodLocales = {
  name: 'english-zod-locales',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}node_modules${path.sep}zod${path.sep}`)
        ? { path: path.join(path.dirname(args.importer), args.path), namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(path.join(path.dirname(args.path), 'en.js'))};`,
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

/**
 * Modules an entry with sharedWith bundles itself rather than taking from
 * the provider. zod: the engine bundles only the parts of zod/mini it uses,
 * and a module taken from it would be exported whole (entryWithShares):
 * taking src/core/zod.ts, which re-exports zod/mini, would bring all of
 * zod/mini into dist/engine.js, on the first lint's path. The Word code's
 * own copy (the parts its template context schema uses) works with the
 * engine's validate, as both go through zod's core.
 */
const NOT_SHARED = ['node_modules/zod/', 'src/core/zod.ts'];
const notShared = (key) => NOT_SHARED.some((prefix) => key.includes(prefix));

/**
 * markdown-it constructs a linkify-it instance whatever its options, which
 * compiles linkify-it's large URL patterns when the engine loads; jdkit's
 * Markdown parsers (commonmark preset) never turn linkify on, so the bundles
 * get a stand-in that says so if it is ever used.
 */
const noLinkify = {
  name: 'no-linkify',
  setup(b) {
    b.onResolve({ filter: /^linkify-it$/ }, () => ({ path: 'linkify-it', namespace: 'no-linkify' }));
    b.onLoad({ filter: /.*/, namespace: 'no-linkify' }, () => ({
      contents: `export default class LinkifyIt {
  constructor() {
    return new Proxy(this, {
      get() {
        throw new Error('linkify-it is not bundled: jdkit parses Markdown with linkify off (scripts/bundle.mjs)');
      },
    });
  }
}`,
      loader: 'js',
    }));
  },
};

/**
 * markdown-it decodes HTML entities (&amp;, &eacute;) with the entities
 * package, whose decoding table is built when the module loads: about 5 ms
 * and 0.5 MB of garbage on every start, for a table most job descriptions
 * never need. markdown-it gets a stand-in that loads entities' decoder (not
 * its encoder, which markdown-it does not use) on the first entity it
 * decodes. A name markdown-it imports that the stand-in lacks fails the
 * build.
 */
const lazyEntities = {
  name: 'lazy-entities',
  setup(b) {
    const resolving = Symbol('resolving');
    b.onResolve({ filter: /^entities$/ }, async (args) => {
      if (
        args.pluginData === resolving ||
        !args.importer.includes(`${path.sep}node_modules${path.sep}markdown-it${path.sep}`)
      )
        return undefined;
      const { kind, importer, resolveDir } = args;
      const real = await b.resolve(`${args.path}/lib/decode.js`, { kind, importer, resolveDir, pluginData: resolving });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'lazy-entities' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-entities' }, (args) => ({
      contents: `let entities;
const load = () => (entities ??= require(${JSON.stringify(args.path)}));
export const decodeHTML = (text, mode) => load().decodeHTML(text, mode);
export const decodeHTMLStrict = (text) => load().decodeHTMLStrict(text);`,
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

/** A module's name in esbuild's metafile: its path from the root, or namespace:path outside the file system. */
function inputKey({ path: file, namespace }) {
  return namespace === 'file' ? path.relative(root, file).split(path.sep).join('/') : `${namespace}:${file}`;
}

/**
 * Makes an entry take from `provider` (another entry's file in dist/) every
 * module that `providerInputs` says the provider bundles: such an import
 * becomes `require('./<provider>').sharedModules[key]`, and its own imports
 * are not followed. The keys taken are added to `taken`, for the provider to
 * export exactly those (bundle's `shares`). Each stub exports a copy of the
 * module's namespace object marked __esModule, so default imports
 * (markdown-it) keep their meaning; its getters are copied as getters, so
 * bindings stay live.
 */
function takeFrom(provider, providerInputs, taken) {
  const skip = Symbol('resolving');
  return {
    name: `take-from-${provider}`,
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.namespace === 'shared') return { path: `./${provider}`, external: true };
        if (args.pluginData === skip || args.kind === 'entry-point') return undefined;
        const { kind, importer, resolveDir, namespace } = args;
        const resolved = await b.resolve(args.path, { kind, importer, resolveDir, namespace, pluginData: skip });
        if (resolved.errors.length > 0 || resolved.external || resolved.namespace !== 'file') return undefined;
        const key = inputKey(resolved);
        if (!providerInputs.has(key) || notShared(key)) return undefined;
        taken.add(key);
        // The stub is CommonJS whatever the module it stands for (an .mjs name would make esbuild read it as ESM).
        return { path: `${key}.cjs`, namespace: 'shared', pluginData: key };
      });
      b.onLoad({ filter: /.*/, namespace: 'shared' }, (args) => ({
        contents:
          `const m = require(${JSON.stringify(`./${provider}`)}).sharedModules[${JSON.stringify(args.pluginData)}];\n` +
          'module.exports = Object.defineProperties({ __esModule: true }, Object.getOwnPropertyDescriptors(m));',
        loader: 'js',
      }));
    },
  };
}

/** `entry`'s own exports plus `sharedModules`: the namespace object of each module in `shares`, by key. */
function entryWithShares(entry, shares) {
  const lines = [`export * from ${JSON.stringify(`./${entry}`)};`];
  shares.forEach((key, i) => lines.push(`import * as shared${i} from ${JSON.stringify(path.resolve(root, key))};`));
  lines.push(
    `export const sharedModules = { ${shares.map((key, i) => `${JSON.stringify(key)}: shared${i}`).join(', ')} };`,
  );
  return { contents: lines.join('\n'), resolveDir: root, sourcefile: `${entry} (with sharedModules)`, loader: 'ts' };
}

/**
 * Rewrites a bundle (and its source map's columns) so that it is ASCII only.
 * esbuild escapes non-ASCII characters in strings but not in regular
 * expression literals (’, –, …); one such character makes V8 hold the whole
 * file as a two-byte string: twice the memory, and slower to read and
 * compile on every start. Each UTF-16 unit above 0x7F becomes \uXXXX, which
 * means the same in a regular expression (with or without the u flag) and in
 * a string; an identity escape before it ("\’") loses its backslash. Returns
 * the file's size in bytes.
 */
function asciiOnly(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const shifts = new Map(); // line -> [column, columns added there] in order
  const escaped = lines.map((line, n) =>
    line.replace(/(\\*)([^\x00-\x7f])/g, (match, backslashes, char, column) => {
      const identityEscape = backslashes.length % 2 === 1;
      const list = shifts.get(n) ?? shifts.set(n, []).get(n);
      list.push([column + backslashes.length, identityEscape ? 4 : 5]);
      const unit = `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
      return (identityEscape ? backslashes.slice(1) : backslashes) + unit;
    }),
  );
  const text = escaped.join('\n');
  writeFileSync(file, text);
  if (shifts.size > 0) {
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    // Decoded, each segment's first number is its column in the generated line.
    const lines = decode(map.mappings);
    for (const [n, list] of shifts) {
      for (const segment of lines[n] ?? []) {
        const column = segment[0];
        segment[0] += list.reduce((sum, [at, added]) => sum + (at < column ? added : 0), 0);
      }
    }
    map.mappings = encode(lines);
    writeFileSync(`${file}.map`, JSON.stringify(map));
  }
  return Buffer.byteLength(text);
}

/**
 * Builds one entry; returns the keys of its input modules. `analyse`: only
 * the inputs, nothing written; `plugins`: added first; `shares`: module keys
 * to export as sharedModules.
 */
async function bundle(
  { out, entry, forbidden = [], sharedWith, vsix = false },
  { analyse = false, plugins = [], shares = [] } = {},
) {
  const started = performance.now();
  const result = await build({
    absWorkingDir: root,
    ...(shares.length > 0 ? { stdin: entryWithShares(entry, shares) } : { entryPoints: [entry] }),
    outfile: path.join('dist', out),
    write: !analyse,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    minify: !dev && !analyse,
    sourcemap: analyse ? false : 'linked',
    metafile: true,
    logLevel: 'warning',
    // Licence comments stay in the file they cover, so the .vsix ships them with the code.
    legalComments: 'eof',
    plugins: [...plugins, englishZodLocales, noLinkify, lazyEntities, largeJson({ dataFiles: vsix && !analyse })],
    // ESM dependencies (tinyglobby's fdir) call createRequire(import.meta.url), which CommonJS lacks. A getter, as
    // most bundles never read it: pathToFileURL at the top of dist/engine.js was a cost of every first lint.
    banner: { js: 'const __importMeta = { get url() { return require("url").pathToFileURL(__filename).href; } };' },
    define: { 'import.meta.url': '__importMeta.url' },
  });
  // Stubs standing for modules taken from another entry (takeFrom) are not bundled code.
  const inputs = Object.keys(result.metafile.inputs).filter((key) => !key.startsWith('shared:'));
  if (analyse) return new Set(inputs);
  const offending = forbidden.filter((name) =>
    inputs.some((file) => file.includes(name.includes('/') ? name : `node_modules/${name}/`)),
  );
  if (offending.length > 0) {
    const them = offending.length > 1 ? 'them' : 'it';
    throw new Error(
      `dist/${out} must not contain ${offending.join(' or ')}: ${sharedWith ? `take ${them} from dist/${sharedWith}` : `load ${them} lazily from a separate entry`}`,
    );
  }
  const bytes = asciiOnly(path.join(root, 'dist', out));
  mkdirSync(path.join(root, 'out'), { recursive: true });
  writeFileSync(path.join(root, 'out', `${out}.meta.json`), JSON.stringify(result.metafile));
  console.log(
    `dist/${out}: ${(bytes / 1024).toFixed(0)} KB from ${inputs.length} modules in ${(performance.now() - started).toFixed(0)} ms`,
  );
  return new Set(inputs);
}

/**
 * An entry with sharedWith: the provider is analysed first (which modules it
 * bundles), the entry is built taking those from it, then the provider is
 * built exporting the ones taken. Fails if the two files still share a module.
 */
async function bundleSharing(entry, provider) {
  const taken = new Set();
  const inputs = await bundle(entry, {
    plugins: [takeFrom(provider.out, await bundle(provider, { analyse: true }), taken)],
  });
  const providerInputs = await bundle(provider, { shares: [...taken].sort() });
  const twice = [...inputs].filter((key) => providerInputs.has(key) && !notShared(key));
  if (twice.length > 0)
    throw new Error(
      `dist/${entry.out} and dist/${provider.out} both contain ${twice.slice(0, 5).join(', ')}${twice.length > 5 ? ', …' : ''}`,
    );
}

/**
 * Writes NOTICES: each npm package bundled into the files shipped in the
 * .vsix, with its version, licence and licence file (the MIT, BSD and ISC
 * licences ask for their notice in copies). Licence comments inside the code
 * stay in the files themselves (legalComments: 'eof').
 */
function writeNotices() {
  const packages = new Set();
  for (const { out } of ENTRIES.filter((e) => e.vsix)) {
    for (const key of Object.keys(
      JSON.parse(readFileSync(path.join(root, 'out', `${out}.meta.json`), 'utf8')).inputs,
    )) {
      const dir = key.includes(':') ? null : /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(key)?.[1];
      if (dir) packages.add(path.resolve(root, dir));
    }
  }
  const sections = [...packages].map((dir) => {
    const { name, version, license } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$|-)/i.test(f));
    const text = file
      ? readFileSync(path.join(dir, file), 'utf8').trim()
      : `(${name} ships no licence file; its package.json gives the licence as ${license}.)`;
    return { id: `${name}@${version}`, text: `${name} ${version}, licence: ${license}\n\n${text}` };
  });
  const unique = [...new Map(sections.map((s) => [s.id, s.text])).entries()].sort(([a], [b]) => a.localeCompare(b));
  const rule = `\n\n${'-'.repeat(78)}\n\n`;
  const intro =
    'jdkit bundles these packages into dist/extension.js, dist/engine.js and dist/export.js. Their licences follow.';
  writeFileSync(path.join(root, NOTICES), `${intro}${rule}${unique.map(([, text]) => text).join(rule)}\n`);
  console.log(`${NOTICES}: ${unique.length} packages`);
}

try {
  for (const entry of ENTRIES) {
    if (entry.sharedWith)
      await bundleSharing(
        entry,
        ENTRIES.find((e) => e.out === entry.sharedWith),
      );
    // A provider is built with the entry that takes modules from it.
    else if (!ENTRIES.some((e) => e.sharedWith === entry.out)) await bundle(entry);
  }
  writeNotices();
} catch (err) {
  console.error(`bundle: ${err.message}`);
  process.exit(1);
}
