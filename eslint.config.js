// Lint rules that enforce the boundaries, not only style (see README, "Layout").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'coverage', '.neo4j', 'neo4j/.cache', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' }],
    },
  },
  {
    // The driver stays inside the database module: nothing else sees Integer or Node objects.
    files: ['server/**/*.ts', 'seed/**/*.ts', 'client/**/*.ts'],
    ignores: ['server/db/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'Only server/db/ talks to the driver.' }] }] },
  },
  {
    // The page imports only the shared contract from outside client/.
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'neo4j-driver', message: 'The browser talks to our API only.' }],
          patterns: [{ group: ['**/server/**', '**/seed/**', '**/scripts/**'], message: 'The client imports only from contract/.' }],
        },
      ],
    },
  },
);
