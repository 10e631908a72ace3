/** The real database every test talks to, as handed out by test/global-setup.ts. */
import { inject } from 'vitest';
import { createDriver, type Driver } from '../../server/db/driver.ts';

export interface TestDatabase {
  uri: string;
  user: string;
  password: string;
  database: string;
  source: string;
}

export function testDatabase(): TestDatabase {
  return inject('neo4j');
}

/** A driver on the test database; close it in afterAll. */
export function testDriver(): Driver {
  const db = testDatabase();
  return createDriver({ uri: db.uri, user: db.user, password: db.password, waitMs: 10_000 });
}

/** A suffix that keeps one test's records apart from every other's. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * How long a test app waits for the database to take a statement: the server's 5 s default turns
 * a busy machine (a load average of 20 was seen here) into 503s that say nothing about the code.
 * The tests of that wait set their own.
 */
export const TEST_DB_WAIT_MS = '60000';
