/**
 * The benchmark's own managed Neo4j: a separate home (.neo4j-bench), ports, heap and page
 * cache, and LOAD CSV enabled on it alone, so a benchmark never touches the dev or test data.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createManagedNeo4j, managedNeo4jOptionsFromEnv, type StartedNeo4j } from '../scripts/managed-neo4j.ts';
import { createDriver, type Driver } from '../server/db/driver.ts';

export const benchHome = resolve(import.meta.dirname, '..', '.neo4j-bench');
export const benchImportDir = join(benchHome, 'import');

function benchNeo4j(log: (msg: string) => void) {
  // The start-up patience the dev server has (NEO4J_MANAGED_START_TIMEOUT_S); Java is chosen as before, the newest found.
  const { startTimeoutMs } = managedNeo4jOptionsFromEnv(process.env);
  return createManagedNeo4j({
    home: benchHome,
    // Several checkouts on one machine each need their own ports: BENCH_NEO4J_BOLT_PORT/_HTTP_PORT.
    boltPort: Number(process.env.BENCH_NEO4J_BOLT_PORT) || 17690,
    httpPort: Number(process.env.BENCH_NEO4J_HTTP_PORT) || 17491,
    version: process.env.NEO4J_MANAGED_VERSION || undefined,
    startTimeoutMs,
    heap: '2g',
    pageCache: '1g',
    // LOAD CSV reads only the bench's own import folder (server.directories.import stays ours).
    // A 1M-node LOAD CSV runs one outer transaction for minutes: the 120 s backstop would kill it.
    extraSettings: { 'dbms.security.allow_csv_import_from_file_urls': 'true', 'db.transaction.timeout': '3600s' },
    log,
  });
}

/** Starts the bench server on an empty database (stopping and wiping a previous one first). */
export async function freshBenchNeo4j(log: (msg: string) => void): Promise<StartedNeo4j> {
  const db = benchNeo4j(log);
  await db.stop();
  // Deleting the whole data folder is far faster than deleting a million nodes; the password
  // file stays, and the start-up sets it again on the fresh system database.
  rmSync(join(benchHome, 'data'), { recursive: true, force: true });
  rmSync(join(benchHome, 'data-version'), { force: true });
  return db.start();
}

/** Starts the bench server on the data the last run left (its largest graph). */
export async function startBenchNeo4j(log: (msg: string) => void): Promise<StartedNeo4j> {
  return benchNeo4j(log).start();
}

export async function stopBenchNeo4j(log: (msg: string) => void): Promise<void> {
  await benchNeo4j(log).stop();
}

/** A driver on the bench's Neo4j, as every bench tool opens it (30 s for the database to answer). */
export function benchDriver(info: Pick<StartedNeo4j, 'uri' | 'user' | 'password'>): Driver {
  return createDriver({ uri: info.uri, user: info.user, password: info.password, waitMs: 30_000 });
}
