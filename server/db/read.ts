/** Runs a named, parameterised read statement through executeRead (routed to readers). */
import type { Driver } from 'neo4j-driver';
import { clientClosed, databaseUnavailable } from '../errors.ts';
import { cypherWithSlots } from './cypher-files.ts';
import type { CypherFragment } from './identifiers.ts';
import { answerDeadline } from './answer-deadline.ts';
import { translateDbError } from './db-errors.ts';
import type { DocumentCache } from './document-cache.ts';
import type { ProfileCache } from '../explore/profile-cache.ts';

export interface ReadContext {
  driver: Driver;
  database: string;
  /** Cut off when the client goes away. */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** How long to wait for the database to take a statement before answering 503 (DB_WAIT_MS). */
  waitMs?: number;
  /** The app's cache of cited documents (absent: every answer looks them up). */
  documents?: DocumentCache;
  /** The app's data profile (captions per label, search properties); absent: fixed name keys. */
  profiles?: ProfileCache | undefined;
}

/** The time limit of a fixed endpoint's statement when the context names none. */
export const DEFAULT_READ_TIMEOUT_MS = 15_000;

/** Rows as plain objects of raw driver values (map them with mapper.ts before they leave). */
export async function readRows(
  ctx: ReadContext,
  name: string,
  params: Record<string, unknown> = {},
  slots: Record<string, CypherFragment> = {},
): Promise<Record<string, unknown>[]> {
  // The driver only listens for an abort that happens after it starts: a client that left
  // while the request waited (or between two statements of one answer) must not start one.
  if (ctx.signal?.aborted) throw clientClosed();
  const timeout = ctx.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
  const deadline = answerDeadline(ctx.waitMs, ctx.signal);
  // Once taken, a statement has its own limit; a database that has not answered by that limit
  // plus the wait has gone away under it (measured: a Neo4j shutting down held one for 15 s).
  const total = ctx.waitMs === undefined ? undefined : ctx.waitMs + timeout;
  const overall = answerDeadline(total, deadline.signal, () => databaseUnavailable(`it did not answer within ${(total ?? 0) / 1000} s`));
  try {
    return await overall.race(
      deadline.race(
        ctx.driver.executeQuery(cypherWithSlots(name, slots), params, {
          database: ctx.database,
          routing: 'READ',
          signal: overall.signal,
          transactionConfig: { timeout, metadata: { app: 'relationship-explorer', query: name } },
          // The statement's header (its keys) comes once the database has taken it.
          resultTransformer: async (result) => {
            await result.keys();
            deadline.taken();
            return (await result).records.map((r) => r.toObject());
          },
        }),
      ),
    );
  } catch (e) {
    // On abort the driver closes the session (Bolt RESET ends the transaction on the server)
    // and the query fails with "terminated": that is the client leaving, not a server error.
    if (ctx.signal?.aborted) throw clientClosed();
    throw translateDbError(e, timeout);
  }
}
