/** Runs a named, parameterised read statement through executeRead (routed to readers). */
import { isRetryableError, type Driver, type ManagedTransaction, type Result } from 'neo4j-driver';
import { type HttpError, clientClosed, databaseUnavailable, queryTimeout } from '../errors.ts';
import { cypherWithSlots } from './cypher-files.ts';
import { quoteNewIdentifier, type CypherFragment } from './identifiers.ts';
import { RECORD_LABEL } from '../../contract/internal-records.ts';
import { StatementOverrun, answerDeadline } from './answer-deadline.ts';
import { terminateTransactionsOf } from './request-transactions.ts';
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
  /** Put in every transaction's metadata, so the request can end its transactions by id. */
  requestId?: string;
  /** The app's data profile (captions per label, search properties); absent: fixed name keys. */
  profiles?: ProfileCache | undefined;
  /** Set by `inOneReadTransaction`: the answer's statements run in this one transaction, not one each. */
  transaction?: ManagedTransaction;
}

/**
 * The one rule that keeps the explorer's own records (cases, change sets, verdicts:
 * contract/internal-records.ts) out of every read of the knowledge graph: each read statement gets
 * the record label as `$recordLabel` (for `NOT $recordLabel IN labels(n)`) and, where it matches
 * the records themselves, as the quoted slot `{{recordLabel}}`. A caller cannot change either.
 */
export const RECORD_PARAMS = { recordLabel: RECORD_LABEL } as const;
const RECORD_SLOTS = { recordLabel: quoteNewIdentifier(RECORD_LABEL, 'record label') };

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
  // Once taken, a statement has its own limit, which Neo4j checks every 2 s, and not at all
  // inside some operators (k-shortest paths ran on 78 s past it): past the limit and that slack
  // the request answers and ends the transaction itself.
  const overrun = answerDeadline(undefined, deadline.signal, () => new StatementOverrun());
  const text = cypherWithSlots(name, { ...slots, ...RECORD_SLOTS });
  const all = { ...params, ...RECORD_PARAMS };
  // The statement's header (its keys) comes once the database has taken it.
  const rows = async (result: Result) => {
    await result.keys();
    deadline.taken();
    overrun.arm(timeout + TIMEOUT_CHECK_SLACK_MS);
    return (await result).records.map((r) => r.toObject());
  };
  try {
    return await overrun.race(
      deadline.race(
        ctx.transaction
          ? rows(ctx.transaction.run(text, all))
          : ctx.driver.executeQuery(text, all, {
              database: ctx.database,
              routing: 'READ',
              signal: overrun.signal,
              transactionConfig: { timeout, metadata: transactionMetadata(ctx, name) },
              resultTransformer: rows,
            }),
      ),
    );
  } catch (e) {
    // In a shared transaction a transient failure goes up as it is: executeRead runs the whole
    // answer again, as executeQuery would have run this one statement again.
    if (ctx.transaction && !ctx.signal?.aborted && !(e instanceof StatementOverrun) && isRetryableError(e)) throw e;
    throw await readFailure(ctx, e, timeout);
  }
}

/** What a read's failure answers, for one statement or a shared transaction alike. */
async function readFailure(ctx: ReadContext, e: unknown, timeout: number): Promise<unknown> {
  // On abort the driver closes the session (Bolt RESET marks the transaction) and the query
  // fails with "terminated": that is the client leaving, not a server error. The mark is not
  // always honoured, so the transaction is ended by id as well.
  if (ctx.signal?.aborted) {
    void endRequestTransactions(ctx).catch(() => undefined);
    return clientClosed();
  }
  if (e instanceof StatementOverrun) return answerOverrun(ctx, timeout);
  return translateDbError(e, timeout);
}

/**
 * Runs `work` with every statement it reads through `readRows` in one read transaction: one
 * BEGIN and COMMIT for the answer instead of one pair per statement (a path request had six
 * statements, 12 Bolt round trips). The time limit is the whole transaction's; each statement
 * keeps its own deadlines and overrun check inside it. Transient failures run `work` again.
 */
export async function inOneReadTransaction<T>(ctx: ReadContext, label: string, work: (ctx: ReadContext) => Promise<T>): Promise<T> {
  if (ctx.transaction) return work(ctx);
  if (ctx.signal?.aborted) throw clientClosed();
  const timeout = ctx.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
  // The bookmarks executeQuery keeps, so these reads see what the app's other reads have seen.
  const session = ctx.driver.session({
    database: ctx.database,
    defaultAccessMode: 'READ',
    bookmarkManager: ctx.driver.executeQueryBookmarkManager,
  });
  // Closing the session sends Bolt RESET, which ends the transaction on the server at once.
  const close = () => void session.close();
  ctx.signal?.addEventListener('abort', close, { once: true });
  // Until the transaction exists (a connection, routing), the database has not taken anything.
  const opening = answerDeadline(ctx.waitMs, ctx.signal);
  try {
    return await opening.race(
      session.executeRead(
        (transaction) => {
          opening.taken();
          return work({ ...ctx, transaction });
        },
        { timeout, metadata: transactionMetadata(ctx, label) },
      ),
    );
  } catch (e) {
    throw await readFailure(ctx, e, timeout);
  } finally {
    ctx.signal?.removeEventListener('abort', close);
    void session.close().catch(() => undefined);
  }
}

/** Every transaction of the app says what it runs and for which request (SHOW TRANSACTIONS shows it). */
export function transactionMetadata(ctx: { requestId?: string | undefined }, query: string): Record<string, string> {
  return { app: 'relationship-explorer', query, ...(ctx.requestId ? { requestId: ctx.requestId } : {}) };
}

/** Neo4j checks transaction time limits every 2 s (db.transaction.monitor.check.interval). */
export const TIMEOUT_CHECK_SLACK_MS = 2_500;

async function endRequestTransactions(ctx: ReadContext): Promise<number> {
  if (!ctx.requestId) return 0;
  const ending = answerDeadline(ctx.waitMs ?? 5_000, undefined);
  return ending.race(terminateTransactionsOf({ driver: ctx.driver, database: ctx.database, requestId: ctx.requestId }));
}

/**
 * A statement past its limit: 422 naming the limit once its transaction is ended; 503 only when
 * the database cannot be reached to end it (it went away under the statement).
 */
async function answerOverrun(ctx: ReadContext, timeout: number): Promise<HttpError> {
  try {
    await endRequestTransactions(ctx);
    return queryTimeout(timeout);
  } catch {
    return databaseUnavailable(`it did not answer within ${(timeout + TIMEOUT_CHECK_SLACK_MS) / 1000} s and could not be reached`);
  }
}
