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
    // Allowed besides server/db/: the managed server's health check (scripts/managed-neo4j.ts),
    // the mapper's own tests (which build driver values), and the bench's bare-driver baseline.
    files: ['server/**/*.ts', 'seed/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    ignores: ['server/db/**', 'scripts/managed-neo4j.ts', 'test/unit/server/db/**', 'bench/api/load-client.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'Only server/db/ talks to the driver.' }] }] },
  },
  {
    // One direction: the server never imports the seed loader or the scripts (start-up seeding is scripts/start.ts's job).
    files: ['server/**/*.ts'],
    ignores: ['server/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'neo4j-driver', message: 'Only server/db/ talks to the driver.' }],
          patterns: [
            {
              group: ['**/seed/**', '**/scripts/**', '**/bench/**', '**/test/**'],
              message: 'The server imports neither seed/ nor scripts/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/seed/**', '**/scripts/**', '**/bench/**', '**/test/**'],
              message: 'The server imports neither seed/ nor scripts/.',
            },
          ],
        },
      ],
    },
  },
  {
    // seed/ and scripts/ use server/db through its public surface only (server/db/index.ts).
    files: ['seed/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['scripts/managed-neo4j.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'neo4j-driver', message: 'Only server/db/ talks to the driver.' }],
          patterns: [
            {
              regex: '(^|/)server/db/(?!index\\.ts$)',
              message: "Import server/db/index.ts, the database module's public surface, not its files.",
            },
          ],
        },
      ],
    },
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
  {
    // Playwright serialises what a page function returns. A Cytoscape method that returns its
    // collection or core (emit, select, …) as an arrow's expression body hands it the whole cyclic
    // object graph: in label-placement.test.ts that took 13 s and 2.7 GB, and on CI it crashed the tab.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(evaluate|waitForFunction)$/] > ArrowFunctionExpression[expression=true] > CallExpression.body[callee.property.name=/^(emit|trigger|select|unselect|selectify|unselectify|addClass|removeClass|toggleClass|flashClass|lock|unlock|grabify|ungrabify|restore|remove|add|fit|center|layout|run|stop|animate|batch)$/]',
          message: 'Give the page function a block body: this call returns a Cytoscape object, which Playwright would serialise.',
        },
      ],
    },
  },
);
