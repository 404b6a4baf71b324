// Mutation check of the engine (src/core): `npm run mutation`.
// Stryker mutates the TypeScript sources in a sandbox, compiles them there with
// tsc (the unit tests run from tsc's out/) and runs the unit suite with mocha.
// perTest coverage runs only the tests that reach each mutant; the incremental
// file is a local cache (git-ignored with the reports), so a re-run tests only
// mutants whose code or covering tests changed. The published score and the
// exact command behind it are in BENCHMARKS.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  buildCommand: 'tsc -p .',
  mochaOptions: {
    spec: ['out/test/unit/**/*.test.js'],
    // The slow end-to-end suites are left out: the CLI over whole corpora, 1 MB
    // pathological inputs, fast-check properties, LibreOffice and Word import
    // (together over 3 minutes of the suite's run, and they cover most of the
    // engine, so each mutant would run them). The engine's behaviour must be
    // pinned by its own unit tests; a mutant only these suites would catch
    // counts as surviving, so the score is a lower bound.
    ignore: [
      'out/test/unit/cli/lint.test.js',
      'out/test/unit/robustness/**',
      'out/test/unit/export/libreoffice.test.js',
      'out/test/unit/import/**',
      // Checks that generated files match their generator (scripts/), not the engine's behaviour; in the
      // sandbox every source file carries Stryker's `// @ts-nocheck`, so the generated role-ids.ts never matches.
      'out/test/unit/framework-build.test.js',
    ],
  },
  // role-ids.ts is generated (a test compares it with the generator's output, which instrumenting would change).
  mutate: ['src/core/**/*.ts', '!src/core/framework/role-ids.ts'],
  coverageAnalysis: 'perTest',
  // A static mutant (module-level code, e.g. a constant table or regex) runs only
  // when a module loads, so Stryker would reload and run the whole suite (~2 min)
  // for each one; they are left out and counted as ignored in the report.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  // The machine is shared: a mutant is a timeout only when it is clearly stuck.
  timeoutMS: 10000,
  dryRunTimeoutMinutes: 20,
  reporters: ['progress', 'clear-text', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false },
  // Build output and caches are not needed in the sandbox (tsc rebuilds out/).
  ignorePatterns: [
    '/.stryker-tmp*',
    '/dist',
    '/out',
    '/out-*',
    '/.cache',
    '/*.vsix',
    '/test-results',
    '/bench-results',
    '/build',
    '/test/fixtures/workspace/load-test-*',
  ],
};
