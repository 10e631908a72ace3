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

export async function appTransactions(admin: Driver, database: string, marker?: string): Promise<OpenTransaction[]> {
  const { records } = await admin.executeQuery(
    `SHOW TRANSACTIONS YIELD transactionId, currentQuery, metaData, elapsedTime
     WHERE metaData.app = 'relationship-explorer' AND ($marker IS NULL OR currentQuery CONTAINS $marker)
     RETURN transactionId, currentQuery, elapsedTime.milliseconds AS ms`,
    { marker: marker ?? null },
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
