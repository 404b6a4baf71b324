// ESLint for the TypeScript sources, tests and scripts (issue 13). Type-aware
// rules from typescript-eslint catch what tsc does not: promises left floating
// or passed where a void callback is expected (an unhandled rejection in the
// extension host is a silent failure for the user).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_GLOBALS = Object.fromEntries(
  [
    'console',
    'process',
    'performance',
    'URL',
    'setTimeout',
    'clearTimeout',
    'Buffer',
    '__dirname',
    '__filename',
    'require',
    'module',
    'exports',
  ].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  {
    ignores: [
      'out/',
      'out-*/',
      'dist/',
      'node_modules/',
      '.cache/',
      'test-results/',
      'bench-results/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Deliberate: binary-file detection, stripping terminal colour codes and
      // the renderer's private-use markers all match control characters.
      'no-control-regex': 'off',
    },
  },
  {
    // Plain JavaScript build and benchmark scripts: no type information.
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    // CommonJS by necessity: the CLI launcher and the smoke-test extension are loaded with require().
    files: ['bin/*.js', 'test/integration/smoke/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
