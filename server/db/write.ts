/** Write access for the importer: named statements inside one explicit transaction. */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypherStatements, cypherWithSlots } from './cypher-files.ts';
import type { CypherFragment } from './identifiers.ts';

export interface WriteTx {
  /** Runs cypher/<name>.cypher with parameters (and quoted identifiers for its slots); rows as plain objects. */
  run(
    name: string,
    params: Record<string, unknown>,
    slots?: Record<string, CypherFragment>,
    repeats?: Record<string, Record<string, CypherFragment>[]>,
  ): Promise<Record<string, unknown>[]>;
}

function wrap(tx: ManagedTransaction): WriteTx {
  return {
    async run(name, params, slots = {}, repeats = {}) {
      const result = await tx.run(cypherWithSlots(name, slots, repeats), params);
      return result.records.map((r) => r.toObject());
    },
  };
}

/**
 * All-or-nothing: the work commits whole or not at all. The session shares the bookmark manager
 * of driver.executeQuery, which most reads use: on a cluster a read after this write then waits
 * for a member that has it, instead of answering from one that does not yet.
 */
export async function inWriteTransaction<T>(driver: Driver, database: string, work: (tx: WriteTx) => Promise<T>): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE', bookmarkManager: driver.executeQueryBookmarkManager });
  try {
    return await session.executeWrite((tx) => work(wrap(tx)), { timeout: 600_000 });
  } finally {
    await session.close();
  }
}

/** Schema commands cannot share a transaction with writes: each runs on its own. */
export async function applySchemaFile(driver: Driver, database: string, name: string): Promise<number> {
  const statements = cypherStatements(name);
  for (const statement of statements) await driver.executeQuery(statement, {}, { database, routing: 'WRITE' });
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database, routing: 'WRITE' });
  return statements.length;
}
