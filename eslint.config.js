// Lint: typescript-eslint's recommended rules, eslint-plugin-solid's TypeScript rules actually
// enabled, type-only imports marked as such. Prettier owns the formatting (`npm run format:check`).
import js from '@eslint/js';
import solid from 'eslint-plugin-solid/configs/typescript';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-e2e/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/results/',
      'bench/.dist-app/',
      'bench/.dist-baseline/',
      'geodata/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    ...solid,
    rules: {
      ...solid.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Solid assigns `let el!: HTMLElement` through `ref={el}`, which this rule cannot see.
      'no-unassigned-vars': 'off',
    },
  },
  {
    // The context build reads third-party GeoJSON whose properties have no declared shape.
    files: ['scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
