/**
 * A second managed Neo4j of a test's own, in a temp folder on its own ports
 * (`createManagedNeo4j`, as `npm run db:start|db:stop` uses it): fault tests stop and start it
 * under load without touching the shared test database. Start and stop only wait on timers
 * and the child JVM, so load generated in this process goes on while the database is away.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createManagedNeo4j, managedNeo4jOptionsFromEnv } from '../../scripts/managed-neo4j.ts';
import { freePort } from '../../scripts/managed-neo4j/ports.ts';
import { createDriver, type Driver } from '../../server/db/driver.ts';
import { loadSeed } from '../../seed/load.ts';

export { freePort };

export interface ExtraNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Starts it (first time: a fresh database with a generated password); resolves once Bolt answers. */
  start(): Promise<void>;
  /** Stops it cleanly (SIGTERM, as `npm run db:stop` does). */
  stop(): Promise<void>;
  /** A driver on it, for admin queries in the test; close it yourself. */
  driver(waitMs?: number): Driver;
  /** Stops it and removes its folder. */
  destroy(): Promise<void>;
}

export function extraNeo4j(boltPort: number, httpPort: number): ExtraNeo4j {
  const home = mkdtempSync(join(tmpdir(), 'explorer-extra-neo4j-'));
  // The machine's Java and NEO4J_MANAGED_VERSION as the shared server has them; its own folder, ports and memory.
  const { javaHome, path, version, startTimeoutMs } = managedNeo4jOptionsFromEnv(process.env);
  const server = createManagedNeo4j({
    home,
    boltPort,
    httpPort,
    javaHome,
    path,
    version,
    startTimeoutMs,
    heap: '512m',
    pageCache: '64m',
    log: () => undefined,
  });
  const self: ExtraNeo4j = {
    uri: `bolt://127.0.0.1:${boltPort}`,
    user: 'neo4j',
    password: server.connection().password,
    database: 'neo4j',
    async start() {
      await server.start();
    },
    async stop() {
      await server.stop();
    },
    driver(waitMs = 10_000) {
      return createDriver({ uri: self.uri, user: self.user, password: self.password, waitMs });
    },
    async destroy() {
      await server.stop().catch(() => undefined);
      rmSync(home, { recursive: true, force: true });
    },
  };
  return self;
}

/** Starts an extra server on free ports and loads the seed graph into it. */
export async function seededExtraNeo4j(): Promise<ExtraNeo4j> {
  const db = extraNeo4j(await freePort(), await freePort());
  await db.start();
  const driver = db.driver(30_000);
  try {
    await loadSeed({ driver, database: db.database });
  } finally {
    await driver.close();
  }
  return db;
}
