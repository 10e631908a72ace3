/**
 * The benchmark's own managed Neo4j: a separate home (.neo4j-bench), ports, heap and page
 * cache, and LOAD CSV enabled on it alone, so a benchmark never touches the dev or test data.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ManagedNeo4j } from '../scripts/managed-neo4j.ts';

export const benchHome = resolve(import.meta.dirname, '..', '..', '.neo4j-bench');
export const benchImportDir = join(benchHome, 'import');

// Set before scripts/managed-neo4j.ts is first imported: it reads them once, at load.
const BENCH_ENV = {
  NEO4J_MANAGED_HOME: benchHome,
  NEO4J_MANAGED_BOLT_PORT: '17690',
  NEO4J_MANAGED_HTTP_PORT: '17491',
  NEO4J_MANAGED_HEAP: '2g',
  NEO4J_MANAGED_PAGECACHE: '1g',
  // LOAD CSV reads only the bench's own import folder (server.directories.import stays ours).
  // A 1M-node LOAD CSV runs one outer transaction for minutes: the 120 s backstop would kill it.
  NEO4J_MANAGED_EXTRA_SETTINGS: JSON.stringify({
    'dbms.security.allow_csv_import_from_file_urls': 'true',
    'db.transaction.timeout': '3600s',
  }),
};

async function managed() {
  Object.assign(process.env, BENCH_ENV);
  // A developer's NEO4J_PASSWORD belongs to their own database, not to this instance.
  delete process.env.NEO4J_PASSWORD;
  return import('../scripts/managed-neo4j.ts');
}

/** Starts the bench server on an empty database (stopping and wiping a previous one first). */
export async function freshBenchNeo4j(log: (msg: string) => void): Promise<ManagedNeo4j> {
  const m = await managed();
  await m.stopManagedNeo4j(() => undefined);
  // Deleting the whole data folder is far faster than deleting a million nodes; the password
  // file stays, and the start-up sets it again on the fresh system database.
  rmSync(join(benchHome, 'data'), { recursive: true, force: true });
  return m.ensureManagedNeo4j(log);
}

/** Starts the bench server on the data the last run left (its largest graph). */
export async function startBenchNeo4j(log: (msg: string) => void): Promise<ManagedNeo4j> {
  const m = await managed();
  return m.ensureManagedNeo4j(log);
}

export async function stopBenchNeo4j(log: (msg: string) => void): Promise<void> {
  const m = await managed();
  await m.stopManagedNeo4j(log);
}
