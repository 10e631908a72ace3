/**
 * The app's transactions still open on the server, from an admin connection: every statement
 * the app runs carries metaData.app, so a leaked session or an unfinished query shows here.
 */
import type { Driver } from '../../../server/db/driver.ts';

export interface OpenTransaction {
  id: string;
  query: string;
  elapsedMs: number;
}

/**
 * `marker`: only transactions whose query contains it. `maxAgeMs`: only those younger than that
 * (a check after a run looks at the run's own transactions, not at an older runaway one).
 */
export async function appTransactions(admin: Driver, database: string, marker?: string, maxAgeMs?: number): Promise<OpenTransaction[]> {
  const { records } = await admin.executeQuery(
    `SHOW TRANSACTIONS YIELD transactionId, currentQuery, metaData, elapsedTime
     WHERE metaData.app = 'relationship-explorer' AND ($marker IS NULL OR currentQuery CONTAINS $marker)
       AND ($maxAge IS NULL OR elapsedTime.milliseconds < $maxAge)
     RETURN transactionId, currentQuery, elapsedTime.milliseconds AS ms`,
    { marker: marker ?? null, maxAge: maxAgeMs ?? null },
    { database },
  );
  return records.map((r) => ({ id: String(r.get('transactionId')), query: String(r.get('currentQuery')), elapsedMs: Number(r.get('ms')) }));
}

/** Polls until `check` holds or `timeoutMs` passes; returns how long it took, or -1. */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, everyMs = 100): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return -1;
}
