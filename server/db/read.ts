/** Runs a named, parameterised read statement through executeRead (routed to readers). */
import type { Driver } from 'neo4j-driver';
import { cypherWithSlots } from './cypher-files.ts';
import type { CypherFragment } from './identifiers.ts';
import { translateDbError } from './db-errors.ts';

export interface ReadContext {
  driver: Driver;
  database: string;
  /** Cut off when the client goes away. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** Rows as plain objects of raw driver values (map them with mapper.ts before they leave). */
export async function readRows(
  ctx: ReadContext,
  name: string,
  params: Record<string, unknown> = {},
  slots: Record<string, CypherFragment> = {},
): Promise<Record<string, unknown>[]> {
  try {
    const result = await ctx.driver.executeQuery(cypherWithSlots(name, slots), params, {
      database: ctx.database,
      routing: 'READ',
      signal: ctx.signal,
      transactionConfig: { timeout: ctx.timeoutMs ?? 15_000, metadata: { app: 'relationship-explorer', query: name } },
    });
    return result.records.map((r) => r.toObject());
  } catch (e) {
    throw translateDbError(e);
  }
}
