// Lint TypeScript across the workspace; type-aware rules are left to `npm run typecheck`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import moduleBoundaries from './scripts/eslint/module-boundaries.cjs';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'libs/api-contract/src/schema.d.ts', 'coverage/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
    },
  },
  {
    // API modules meet only through each other's index.ts (or a root-level *.api.ts); see docs/CONVENTIONS.md.
    files: ['apps/api/src/**/*.ts'],
    plugins: { adflux: { rules: { 'module-boundaries': moduleBoundaries.rule } } },
    rules: { 'adflux/module-boundaries': ['error', { srcRoot: 'apps/api/src', shared: moduleBoundaries.SHARED_FOLDERS }] },
  },
  {
    // Integration tests read untyped JSON response bodies.
    files: ['apps/api/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', Buffer: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
