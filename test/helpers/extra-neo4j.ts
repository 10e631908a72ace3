/**
 * A second managed Neo4j of a test's own, in a temp folder on its own ports, driven the way a
 * person drives one (`tsx scripts/db.ts start|stop`): fault tests stop and start it under load
 * without touching the shared test database. Start and stop run in a child process without
 * blocking, so load generated in this process goes on while the database is away.
 */
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createDriver, type Driver } from '../../server/db/driver.ts';
import { loadSeed } from '../../seed/load.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');

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
  const env = {
    ...process.env,
    NEO4J_MANAGED_HOME: home,
    NEO4J_MANAGED_BOLT_PORT: String(boltPort),
    NEO4J_MANAGED_HTTP_PORT: String(httpPort),
    NEO4J_MANAGED_HEAP: '512m',
    NEO4J_MANAGED_PAGECACHE: '64m',
    NEO4J_PASSWORD: '',
  };
  const db = async (command: string) =>
    run('npx', ['tsx', 'scripts/db.ts', command], { cwd: root, env, timeout: 180_000, encoding: 'utf8' });
  const self: ExtraNeo4j = {
    uri: `bolt://127.0.0.1:${boltPort}`,
    user: 'neo4j',
    password: '',
    database: 'neo4j',
    async start() {
      await db('start');
      if (self.password) return; // generated at the first start, kept in its folder
      const { stdout } = await db('env');
      self.password = /^NEO4J_PASSWORD=(.*)$/m.exec(stdout)?.[1] ?? '';
    },
    async stop() {
      await db('stop');
    },
    driver(waitMs = 10_000) {
      return createDriver({ uri: self.uri, user: self.user, password: self.password, waitMs });
    },
    async destroy() {
      await db('stop').catch(() => undefined);
      rmSync(home, { recursive: true, force: true });
    },
  };
  return self;
}

/** A loopback port nobody listens on right now (so two test runs on one machine do not collide). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
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
