/** The real app on the real test database, as the API tests use it. */
import type { Express } from 'express';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Driver } from '../../server/db/driver.ts';
import { buildApp } from './app.ts';
import { TEST_DB_WAIT_MS, testDatabase, testDriver } from './database.ts';
import { fingerprint, type Fingerprint } from './fingerprint.ts';

export interface TestApp {
  app: Express;
  driver: Driver;
  database: string;
  close(): Promise<void>;
}

/** `env` overrides configuration (e.g. a small CYPHER_TIMEOUT_MS); rate limiting is off unless set. */
export function testApp(env: Record<string, string> = {}): TestApp {
  const driver = testDriver();
  const { database } = testDatabase();
  const app = buildApp(driver, { env: { NEO4J_DATABASE: database, DB_WAIT_MS: TEST_DB_WAIT_MS, ...env } });
  return { app, driver, database, close: () => driver.close() };
}

/**
 * A test app for a file whose requests must leave the database exactly as it was: the database
 * is fingerprinted before the file's tests and the file fails if it differs after them.
 */
export function readOnlyTestApp(env: Record<string, string> = {}): TestApp {
  const t = testApp(env);
  let before: Fingerprint;
  beforeAll(async () => {
    before = await fingerprint(t.driver, t.database);
  });
  afterAll(async () => {
    expect(await fingerprint(t.driver, t.database)).toEqual(before);
    await t.close();
  });
  return t;
}

/** The element id of a node found by its `key` (seed nodes have stable keys, not stable ids). */
export async function idOfKey(driver: Driver, database: string, key: string): Promise<string> {
  const { records } = await driver.executeQuery('MATCH (n {key: $key}) RETURN elementId(n) AS id', { key }, { database });
  const id = records[0]?.get('id') as string | undefined;
  if (!id) throw new Error(`no node with key ${key}: is the seed graph loaded?`);
  return id;
}
