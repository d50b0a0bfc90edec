// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import angular from 'angular-eslint';
import ngrx from '@ngrx/eslint-plugin/v9';

const apps = ['agent', 'supervisor', 'admin', 'customer'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'data/**',
      '.angular/**',
      '.cache/**',
      'coverage/**',
      'infra/cdk.out/**',
      'e2e/test-results/**',
      'e2e/playwright-report/**',
      'projects/shared/src/api/generated/**',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [
      eslint.configs.recommended,
      ...tseslint.configs.strict,
      ...tseslint.configs.stylistic,
    ],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Layering: the shared library imports no app; apps never import each other.
  {
    files: ['projects/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: apps.map((app) => ({
            group: [`**/${app}/**`],
            message: 'shared must not import an app',
          })),
        },
      ],
    },
  },
  ...apps.map((app) => ({
    files: [`projects/${app}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...apps
              .filter((other) => other !== app)
              .map((other) => ({
                group: [`**/${other}/**`],
                message: 'apps never import each other',
              })),
            {
              group: ['**/shared/src/**', '../../shared/**'],
              message: 'import @beaus/shared, not its files',
            },
          ],
        },
      ],
    },
  })),
  // Domain code is pure: no I/O modules.
  {
    files: ['backend/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'pg',
                'redis',
                '@electric-sql/*',
                'fastify',
                '@aws-sdk/*',
                '**/adapters/**',
              ],
              message: 'domain code does no I/O',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['projects/**/*.ts'],
    extends: [...angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'beaus', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'beaus', style: 'kebab-case' },
      ],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-standalone': 'error',
      // Angular components and pages may legitimately have no members (template-only).
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
    },
  },
  {
    files: ['projects/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    extends: [...ngrx.configs.store, ...ngrx.configs.effects],
  },
  {
    files: ['projects/**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
    rules: {},
  },
  {
    files: ['**/*.spec.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
