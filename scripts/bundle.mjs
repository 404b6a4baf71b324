// Bundles the shipped programs into dist/ with esbuild: one self-contained
// CommonJS file per entry, `vscode` left to the editor. Adding a program is one
// line in ENTRIES. The extension's activation path must stay light, so the
// build fails if the engine's libraries or the Word export libraries end up in
// dist/extension.js (they belong in entries loaded on demand: dist/engine.js,
// dist/export.js).
//
// Usage: node scripts/bundle.mjs [--dev]   (--dev: no minification)
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** out: file under dist/; entry: TypeScript source; forbidden: packages that must not be bundled into it. */
/**
 * Large JSON files (the framework is ~270 KB) are embedded as `JSON.parse('…')`
 * rather than as object literals: V8 scans a string and parses JSON much
 * faster than it compiles an object literal, which shortens activation.
 */
const jsonAsString = {
  name: 'json-as-string',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (text.length < 10_000) return undefined;
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
    });
  },
};

const ENTRIES = [
  // Activation loads only the editor glue; the engine and the export code are loaded on first use.
  { out: 'extension.js', entry: 'src/extension/extension.ts', forbidden: ['docx', 'handlebars', 'zod', 'yaml', 'markdown-it'] },
  { out: 'engine.js', entry: 'src/extension/engine.ts', forbidden: ['docx', 'handlebars'] },
  { out: 'cli.js', entry: 'src/cli/main.ts' },
  { out: 'export.js', entry: 'src/export/index.ts' },
];

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

async function bundle({ out, entry, forbidden = [] }) {
  const started = performance.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: path.join('dist', out),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    minify: !dev,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    legalComments: 'linked',
    plugins: [englishZodLocales, jsonAsString],
    // ESM dependencies (tinyglobby's fdir) call createRequire(import.meta.url), which CommonJS lacks.
    banner: { js: 'const __importMetaUrl = require("url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__importMetaUrl' },
  });
  const inputs = Object.keys(result.metafile.inputs);
  const offending = forbidden.filter((pkg) => inputs.some((file) => file.includes(`node_modules/${pkg}/`)));
  if (offending.length > 0) {
    throw new Error(`dist/${out} must not contain ${offending.join(' or ')}: load ${offending.length > 1 ? 'them' : 'it'} lazily from a separate entry`);
  }
  const bytes = result.metafile.outputs[path.join('dist', out)].bytes;
  mkdirSync(path.join(root, 'out'), { recursive: true });
  writeFileSync(path.join(root, 'out', `${out}.meta.json`), JSON.stringify(result.metafile));
  console.log(`dist/${out}: ${(bytes / 1024).toFixed(0)} KB from ${inputs.length} modules in ${(performance.now() - started).toFixed(0)} ms`);
}

try {
  for (const entry of ENTRIES) await bundle(entry);
} catch (err) {
  console.error(`bundle: ${err.message}`);
  process.exit(1);
}
