/**
 * POST /api/cypher: an analyst's own query, read-only and bounded (see SECURITY.md). Two walls:
 * an explicit READ transaction (the server refuses writes), and EXPLAIN in that same
 * transaction whose plan must pass the allowlists before the query runs. Rows are streamed and
 * cut at the row and byte caps; the transaction always rolls back. No retrying helpers: a
 * memory or timeout error is the answer, not a reason to run the query again.
 */
import type { CypherResponse, JsonValue } from '../../contract/api.ts';
import type { Driver } from '../db/driver.ts';
import { StatementOverrun, answerDeadline } from '../db/answer-deadline.ts';
import { transactionMetadata } from '../db/read.ts';
import { terminateTransactionsOf } from '../db/request-transactions.ts';
import { translateCypherError } from '../db/cypher-errors.ts';
import { toDriverValue, toJson } from '../db/mapper.ts';
import { fillProvenance } from '../db/provenance.ts';
import { HttpError, clientClosed, queryTimeout } from '../errors.ts';
import { BoundedResult } from './bounded-result.ts';
import { checkExplain, verdictReadsParameterValues, type PlanNode } from './plan-walker.ts';
import { planJson, type DriverPlan } from './plan-json.ts';
import { splitPlanPrefix } from './plan-prefix.ts';
import type { ProfileCache } from '../explore/profile-cache.ts';
import type { VerdictCache, VerdictKey } from './verdict-cache.ts';

const EXPLAIN = 'EXPLAIN ';
/** Past its time limit plus this, a query is answered 422 whether or not the server has stopped it. */
const OVERRUN_SLACK_MS = 5_000;

export interface AdHocContext {
  driver: Driver;
  database: string;
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
  signal?: AbortSignal;
  /** How long to wait for the database to open the transaction before answering 503 (DB_WAIT_MS). */
  waitMs?: number;
  /** Put in the transaction's metadata, so an overrun can be ended by id. */
  requestId?: string;
  /** Captions per label from the data profile (absent: the usual name keys). */
  profiles?: ProfileCache | undefined;
  /** Plan-check passes remembered per query text, database and server version (absent: EXPLAIN every time). */
  verdicts?: VerdictCache | undefined;
}

export interface AdHocQuery {
  query: string;
  params: Record<string, JsonValue>;
  limit?: number | undefined;
}

type Session = ReturnType<Driver['session']>;
type Transaction = Awaited<ReturnType<Session['beginTransaction']>>;
type Result = ReturnType<Transaction['run']>;
type Explained = { queryType: string; plan: DriverPlan | false };

/**
 * Sends BEGIN without waiting for its answer: the driver queues the transaction's first
 * statement right behind it, so both go out in one round trip. `begun` is BEGIN's own answer.
 */
function openTransaction(session: Session, ctx: AdHocContext): { tx: Transaction; begun: Promise<void> } {
  let tx: Transaction;
  try {
    tx = session.beginTransaction({ timeout: ctx.timeoutMs, metadata: { ...transactionMetadata(ctx, 'ad-hoc'), kind: 'ad-hoc' } });
  } catch (e) {
    throw translateCypherError(e);
  }
  const begun = Promise.resolve(tx).then(
    () => undefined,
    (e: unknown) => {
      throw translateCypherError(e);
    },
  );
  // Awaited later (after the verdict lookup, or beside the EXPLAIN): a BEGIN refused meanwhile
  // (wrong credentials) must not count as an unhandled rejection, which would end the process.
  begun.catch(() => undefined);
  return { tx, begun };
}

/** EXPLAIN in the transaction the query will run in; throws a 403 unless the plan only reads. */
async function requireReadOnlyPlan(tx: Transaction, q: AdHocQuery, params: Record<string, unknown>, database: string): Promise<Explained> {
  let explain;
  try {
    explain = await tx.run(EXPLAIN + q.query, params).summary();
  } catch (e) {
    throw translateCypherError(e, EXPLAIN.length);
  }
  const refusal = checkExplain(
    { queryType: explain.queryType, database: explain.database.name ?? undefined, plan: explain.plan },
    database,
    params,
  );
  if (refusal) {
    throw new HttpError(403, refusal.code, `Refused: ${refusal.reason}. Only read-only queries on this database may run here.`);
  }
  return { queryType: explain.queryType, plan: explain.plan as DriverPlan | false };
}

/**
 * Opens the READ transaction and checks the plan: the steps where a database that is starting
 * holds the request (measured: 8 s), so together they answer within DB_WAIT_MS or give 503.
 * With a remembered verdict the query itself follows BEGIN (`runQuery`), in the same round trip.
 */
async function prepare(
  session: Session,
  ctx: AdHocContext,
  q: AdHocQuery,
  params: Record<string, unknown>,
  known: Promise<boolean>,
  runQuery: (tx: Transaction) => Result,
): Promise<{ tx: Transaction; explained: Explained | null; result: Result | null }> {
  const deadline = answerDeadline(ctx.waitMs, undefined);
  return deadline.race(
    (async () => {
      // BEGIN goes out while the verdict is looked up (the server's version may need asking; never rejects).
      const { tx, begun } = openTransaction(session, ctx);
      try {
        // A text that passed before on this database and server version: the READ transaction alone.
        if (await known) {
          const result = runQuery(tx);
          await begun;
          return { tx, explained: null, result };
        }
        const [, explained] = await Promise.all([begun, requireReadOnlyPlan(tx, q, params, ctx.database)]);
        return { tx, explained, result: null };
      } catch (e) {
        await tx.rollback().catch(() => undefined);
        throw e;
      }
    })(),
  );
}

const ms = (v: unknown) => {
  const n = toJson(v);
  return typeof n === 'number' ? n : 0;
};

export async function runReadOnly(ctx: AdHocContext, q: AdHocQuery): Promise<CypherResponse> {
  if (ctx.signal?.aborted) throw clientClosed();
  // The bookmark manager of driver.executeQuery, which the editing endpoints' writes share too:
  // on a cluster the analyst's query sees the edit just committed.
  const session = ctx.driver.session({
    database: ctx.database,
    defaultAccessMode: 'READ',
    fetchSize: Math.min(cap(ctx, q) + 1, 1000),
    bookmarkManager: ctx.driver.executeQueryBookmarkManager,
  });
  // Closing the session sends Bolt RESET, which ends the transaction on the server at once: the
  // loop's own check would wait for the next row, which a slow query may not send for minutes.
  const stop = () => void session.close();
  ctx.signal?.addEventListener('abort', stop, { once: true });
  let failed = false;
  // Neo4j checks its time limit between the steps of a query, not inside one long expression:
  // `reduce` over range(1, 100000000) ran on for minutes past a 1 s limit (measured). The answer
  // does not wait for it; what the server still computes is bounded only by its memory cap.
  const overrun = answerDeadline(ctx.timeoutMs + OVERRUN_SLACK_MS, undefined, () => new StatementOverrun());
  try {
    return await overrun.race(runInSession(ctx, q, session));
  } catch (e) {
    failed = true;
    // A reset marks the transaction; a statement that does not check the mark is ended by id.
    if (ctx.signal?.aborted) {
      void endTransactions(ctx).catch(() => undefined);
      throw clientClosed();
    }
    if (e instanceof StatementOverrun) {
      await endTransactions(ctx).catch(() => undefined);
      throw queryTimeout(ctx.timeoutMs);
    }
    throw e;
  } finally {
    ctx.signal?.removeEventListener('abort', stop);
    // After a failure the server may be the problem: answer now, let the reset finish on its own.
    const closing = session.close().catch(() => undefined);
    if (!failed) await closing;
  }
}

function endTransactions(ctx: AdHocContext): Promise<number> {
  if (!ctx.requestId) return Promise.resolve(0);
  return answerDeadline(ctx.waitMs ?? 5_000, undefined).race(
    terminateTransactionsOf({ driver: ctx.driver, database: ctx.database, requestId: ctx.requestId }),
  );
}

/** The verdict cache's key for this request, or null without a cache or when the server's version is not to be had (never rejects). */
async function verdictKeyOf(ctx: AdHocContext, asked: AdHocQuery, mode: VerdictKey['mode']): Promise<VerdictKey | null> {
  if (!ctx.verdicts) return null;
  const serverVersion = await ctx.verdicts.serverVersion(ctx.driver, ctx.database).catch(() => null);
  return serverVersion === null ? null : { query: asked.query, mode, database: ctx.database, serverVersion, params: asked.params };
}

const cap = (ctx: AdHocContext, q: AdHocQuery) => Math.min(q.limit ?? ctx.maxRows, ctx.maxRows);

async function runInSession(ctx: AdHocContext, asked: AdHocQuery, session: Session): Promise<CypherResponse> {
  const started = Date.now();
  const params = toDriverValue(asked.params) as Record<string, unknown>;
  // The guard checks the query behind an EXPLAIN or PROFILE prefix, exactly as if it came alone.
  const { mode, query } = splitPlanPrefix(asked.query);
  const q = { ...asked, query };
  // EXPLAIN's answer is the plan itself: it is always asked for.
  const keyed = mode === 'EXPLAIN' ? Promise.resolve(null) : verdictKeyOf(ctx, asked, mode);
  const runQuery = (tx: Transaction) => tx.run(mode === 'PROFILE' ? `PROFILE ${q.query}` : q.query, params);
  const [{ tx, explained, result: running }, captions] = await Promise.all([
    prepare(
      session,
      ctx,
      q,
      params,
      keyed.then((k) => k !== null && ctx.verdicts!.passed(k)),
      runQuery,
    ),
    ctx.profiles?.captions(ctx).catch(() => undefined),
  ]);
  const key = await keyed;
  if (key && explained?.plan && !verdictReadsParameterValues(explained.plan as unknown as PlanNode)) ctx.verdicts!.remember(key);
  if (mode === 'EXPLAIN' && explained) {
    await tx.rollback().catch(() => undefined);
    return {
      columns: [],
      rows: [],
      graph: { nodes: [], edges: [] },
      summary: {
        queryType: explained.queryType,
        resultAvailableAfterMs: 0,
        totalMs: Date.now() - started,
        rows: 0,
        truncated: false,
        truncatedReason: null,
        counters: {},
        notifications: [],
        ...(explained.plan ? { plan: planJson(explained.plan, false) } : {}),
      },
    };
  }
  try {
    const result = running ?? runQuery(tx);
    const bounded = new BoundedResult(cap(ctx, q), ctx.maxBytes, captions?.caption);
    try {
      for await (const record of result) {
        // Leaving the loop (full, or the client left) cancels the rest of the stream on the server.
        if (!bounded.offer(record.keys.map((_, i) => record.get(i))) || ctx.signal?.aborted) break;
      }
    } catch (e) {
      // The server refused what the remembered verdict let through: never trust that entry again.
      if (key) ctx.verdicts!.forget(key);
      // Beyond the query's own fault the server may have gone or changed: ask its version again.
      if (!String((e as { code?: unknown }).code ?? '').startsWith('Neo.ClientError.')) ctx.verdicts?.forgetVersion();
      throw translateCypherError(e, 0, ctx.timeoutMs);
    }
    const [summary, keys] = await Promise.all([result.summary(), result.keys()]);
    ctx.verdicts?.observe(summary.server.agent);
    const graph = bounded.graph();
    // The rows' relationships are the graph's own objects: filling these fills them.
    await fillProvenance(ctx, graph.edges);
    return {
      columns: keys.map(String),
      rows: bounded.rows,
      graph,
      summary: {
        queryType: summary.queryType,
        resultAvailableAfterMs: ms(summary.resultAvailableAfter),
        totalMs: Date.now() - started,
        rows: bounded.rows.length,
        truncated: bounded.truncated !== null,
        truncatedReason: bounded.truncated,
        counters: summary.counters.updates(),
        notifications: summary.notifications.map((n) => ({ code: n.code, title: n.title, description: n.description })),
        // A profile is complete only when every row was read; a capped result still shows its plan.
        ...(mode === 'PROFILE' && summary.profile ? { plan: planJson(summary.profile as DriverPlan, true) } : {}),
      },
    };
  } finally {
    // There is nothing to commit, ever: roll back even a query that only read.
    await tx.rollback().catch(() => undefined);
  }
}
