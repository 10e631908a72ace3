import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Three projects, by what a test needs:
 * - unit: nothing but Node (no Neo4j, no Java, no browser); files in parallel; `npm run test:unit`.
 * - db: a real Neo4j from test/global-setup.ts (integration, API, guard); files one after another.
 * - browser: the real page in headless Chromium against the real app on the same Neo4j.
 * db and browser share one database (Community has one user database), so they run one after
 * the other, each file alone, so that a test's fingerprint of the database sees only its own changes.
 *
 * Load and fault drills bound latency and throughput, which a busy 2-core machine cannot
 * promise: they run on demand (`npm run test:reliability`), not in `npm test`. The schemathesis
 * fuzz run needs a Python tool: it runs when FUZZ=1 (`npm run test:fuzz`, which installs it once)
 * or when that install is already there (test-results/.venv), never installing it inside `npm test`.
 */
const drills = ['test/reliability/load.test.ts', 'test/reliability/faults.test.ts', 'test/reliability/fair-share.test.ts'];
const fuzz = 'test/reliability/fuzz.test.ts';
const runDrills = process.env.RELIABILITY_DRILLS === '1';
const runFuzz = process.env.FUZZ === '1' || existsSync('test-results/.venv/bin/schemathesis');

const needsNeo4j = { globalSetup: ['test/global-setup.ts'], fileParallelism: false, testTimeout: 30_000, hookTimeout: 180_000 };

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: runDrills ? 'test-results/drills.json' : 'test-results/vitest.json' }]],
    projects: [
      {
        test: { name: 'unit', include: runDrills ? [] : ['test/unit/**/*.test.ts'], testTimeout: 30_000, sequence: { groupOrder: 0 } },
      },
      {
        test: {
          name: 'db',
          include: runDrills ? drills : ['test/integration/**/*.test.ts', 'test/api/**/*.test.ts', 'test/reliability/**/*.test.ts'],
          exclude: runDrills ? [] : [...drills, ...(runFuzz ? [] : [fuzz])],
          ...needsNeo4j,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: { name: 'browser', include: runDrills ? [] : ['test/browser/**/*.test.ts'], ...needsNeo4j, sequence: { groupOrder: 2 } },
      },
    ],
  },
});
