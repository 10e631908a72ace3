/**
 * POST /api/cypher: an analyst's own query, read-only and bounded (see SECURITY.md). Two walls:
 * an explicit READ transaction (the server refuses writes), and EXPLAIN in that same
 * transaction whose plan must pass the allowlists before the query runs. Rows are streamed and
 * cut at the row and byte caps; the transaction always rolls back. No retrying helpers: a
 * memory or timeout error is the answer, not a reason to run the query again.
 */
import type { CypherResponse, GraphEdge, JsonValue } from '../../contract/api.ts';
import type { Driver } from '../db/driver.ts';
import { translateCypherError } from '../db/cypher-errors.ts';
import { GraphCollector, toDriverValue, toJson } from '../db/mapper.ts';
import { fillProvenance } from '../db/provenance.ts';
import { HttpError } from '../errors.ts';
import { checkExplain, type Refusal } from './plan-walker.ts';
import { ResultBudget } from './result-budget.ts';

const EXPLAIN = 'EXPLAIN ';

export interface AdHocContext {
  driver: Driver;
  database: string;
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
  signal?: AbortSignal;
}

export interface AdHocQuery {
  query: string;
  params: Record<string, JsonValue>;
  limit?: number | undefined;
}

function refused(refusal: Refusal): HttpError {
  return new HttpError(403, refusal.code, `Refused: ${refusal.reason}. Only read-only queries on this database may run here.`);
}

const ms = (v: unknown) => {
  const n = toJson(v);
  return typeof n === 'number' ? n : 0;
};

type Session = ReturnType<Driver['session']>;

async function openTransaction(session: Session, timeout: number) {
  try {
    return await session.beginTransaction({ timeout, metadata: { app: 'relationship-explorer', kind: 'ad-hoc' } });
  } catch (e) {
    await session.close();
    throw translateCypherError(e);
  }
}

export async function runReadOnly(ctx: AdHocContext, q: AdHocQuery): Promise<CypherResponse> {
  const started = Date.now();
  const cap = Math.min(q.limit ?? ctx.maxRows, ctx.maxRows);
  const params = toDriverValue(q.params) as Record<string, unknown>;
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: 'READ', fetchSize: Math.min(cap + 1, 1000) });
  const tx = await openTransaction(session, ctx.timeoutMs);
  const budget = new ResultBudget(cap, ctx.maxBytes);
  const rowEdges: GraphEdge[] = [];
  try {
    const explain = await tx
      .run(EXPLAIN + q.query, params)
      .summary()
      .catch((e: unknown) => Promise.reject(translateCypherError(e, EXPLAIN.length)));
    const refusal = checkExplain(
      { queryType: explain.queryType, database: explain.database.name ?? undefined, plan: explain.plan },
      ctx.database,
    );
    if (refusal) throw refused(refusal);
    const result = tx.run(q.query, params);
    let columns: string[] = [];
    try {
      for await (const record of result) {
        columns = record.keys.map(String);
        const values = columns.map((_, i) => record.get(i));
        const edges: GraphEdge[] = [];
        const row = values.map((v) => toJson(v, edges));
        const graph = new GraphCollector();
        graph.add(values);
        if (!budget.offer(row, edges, graph.graph())) break; // leaving the loop cancels the rest on the server
        rowEdges.push(...edges);
        if (ctx.signal?.aborted) break;
      }
    } catch (e) {
      throw translateCypherError(e);
    }
    const summary = await result.summary();
    if (columns.length === 0) columns = (await result.keys()).map(String);
    const response: CypherResponse = {
      columns,
      rows: budget.rows,
      graph: { nodes: [...budget.nodes.values()], edges: [...budget.edges.values()] },
      summary: {
        queryType: summary.queryType,
        resultAvailableAfterMs: ms(summary.resultAvailableAfter),
        totalMs: 0,
        rows: budget.rows.length,
        truncated: budget.truncated !== null,
        truncatedReason: budget.truncated,
        counters: summary.counters.updates(),
        notifications: summary.notifications.map((n) => ({ code: n.code, title: n.title, description: n.description })),
      },
    };
    await fillProvenance(ctx, [...response.graph.edges, ...rowEdges]);
    response.summary.totalMs = Date.now() - started;
    return response;
  } finally {
    // There is nothing to commit, ever: roll back even a query that only read.
    await tx.rollback().catch(() => undefined);
    await session.close();
  }
}
