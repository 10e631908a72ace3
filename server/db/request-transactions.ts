/**
 * A request's transactions on the server, found by the requestId every transaction of the app
 * carries in its metadata. Used when a deadline passes: a Bolt RESET (what the driver sends on
 * abort) marks the transaction for termination, but a search that does not check that mark goes
 * on (measured on 5.26: k-shortest paths ran 78 s past their limit), so the request ends it by id
 * and the fair-share slot is held until the database shows it gone.
 */
import type { Driver } from 'neo4j-driver';
import { cypher } from './cypher-files.ts';

/** Not the app's `relationship-explorer`: housekeeping is not a request's work. */
const HOUSEKEEPING = { app: 'relationship-explorer/housekeeping' };

export interface RequestRef {
  driver: Driver;
  database: string;
  requestId: string;
}

/** Ids of the request's transactions that the server still has. */
export async function openTransactionsOf(r: RequestRef): Promise<string[]> {
  const { records } = await r.driver.executeQuery(
    cypher('transactions-of-request'),
    { requestId: r.requestId },
    { database: r.database, transactionConfig: { timeout: 5_000, metadata: HOUSEKEEPING } },
  );
  return records.map((rec) => String(rec.get('transactionId')));
}

/** Terminates the request's transactions; returns how many there were. Throws when the database cannot be reached. */
export async function terminateTransactionsOf(r: RequestRef): Promise<number> {
  const ids = await openTransactionsOf(r);
  if (ids.length === 0) return 0;
  await r.driver.executeQuery(
    cypher('terminate-transactions'),
    { ids },
    { database: r.database, transactionConfig: { timeout: 5_000, metadata: HOUSEKEEPING } },
  );
  return ids.length;
}

/** Resolves true once the server shows none of the request's transactions, false after `maxMs`. */
export async function transactionsGone(r: RequestRef, maxMs: number, everyMs = 500): Promise<boolean> {
  const until = Date.now() + maxMs;
  for (;;) {
    try {
      if ((await openTransactionsOf(r)).length === 0) return true;
    } catch {
      // A database we cannot reach holds nothing of ours we could wait for.
      return true;
    }
    if (Date.now() + everyMs > until) return false;
    await new Promise((ok) => setTimeout(ok, everyMs));
  }
}
