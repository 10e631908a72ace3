/**
 * Every endpoint of the OpenAPI document, fuzzed by schemathesis against the real app on the
 * shared seed graph: no 5xx, every answer matches its documented schema and status. Bounded:
 * 50 examples per operation and 45 s in all. The database is the same afterwards.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, testDriver } from '../helpers/database.ts';
import { fingerprint, type Fingerprint } from '../helpers/fingerprint.ts';
import { fuzz } from './lib/schemathesis.ts';
import { serve, type Served } from './lib/serve.ts';

const { database } = testDatabase();
const driver = testDriver();
const workDir = resolve(import.meta.dirname, '..', '..', 'test-results', 'schemathesis');
let app: Served;
let before: Fingerprint;

beforeAll(async () => {
  mkdirSync(workDir, { recursive: true });
  app = await serve(driver, { NEO4J_DATABASE: database, CYPHER_TIMEOUT_MS: '5000' });
  before = await fingerprint(driver, database);
});
afterAll(async () => {
  await app?.close();
  await driver.close();
});

describe('schemathesis over the OpenAPI document', () => {
  it('finds no server error and no answer outside the documented schemas and statuses', async () => {
    const report = await fuzz({
      openApiUrl: `${app.url}/api/openapi.json`,
      baseUrl: app.url,
      maxExamples: 50,
      maxTimeSec: 45,
      seed: Number(process.env.FUZZ_SEED ?? 7),
      workDir,
    });
    console.info('[fuzz]', JSON.stringify({ generated: report.generated, operations: report.operationsTested, failures: report.failures }));
    expect(report.failures, report.output.split('\n').slice(-60).join('\n')).toEqual([]);
    expect(report.exitCode).toBe(0);
    expect(report.operationsTested).toBe(9);
    expect(report.generated).toBeGreaterThan(200);
    expect(await fingerprint(driver, database)).toEqual(before);
  }, 240_000);
});
