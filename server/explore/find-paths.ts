/**
 * GET /api/paths: how two nodes are connected. `shortest` is one shortest path, `allShortest`
 * every path of the shortest length (capped), `k` the k shortest simple paths. Every edge
 * carries its citations, so the client can say "A backs B (source: …)".
 */
import { z } from 'zod';
import { PathJson, type PathsResponse } from '../../contract/api.ts';
import { HttpError, notFound } from '../errors.ts';
import { fillProvenance } from '../db/provenance.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { pathStatement } from './path-statement.ts';

/** All shortest paths can be combinatorially many in a dense graph: a screenful is enough. */
export const ALL_SHORTEST_CAP = 100;

export interface PathsInput {
  from: string;
  to: string;
  maxHops: number;
  types?: string[] | undefined;
  mode: 'shortest' | 'allShortest' | 'k';
  k: number;
  asOf?: string | undefined;
  directed?: boolean | undefined;
  keepParallel?: boolean | undefined;
}

/**
 * Paths that visit the same nodes over the same relationship types, differing only in which of
 * two opposite parallel relationships they take (an outbound and a return flight), are one
 * answer to "how are these connected": the first of each such group stays.
 */
export function withoutParallelTwins(paths: PathJson[]): PathJson[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = JSON.stringify([p.nodes.map((n) => n.id), p.edges.map((e) => e.type)]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const Ends = z.object({ fromFound: z.boolean(), toFound: z.boolean() });
const Row = z.object({ p: PathJson });

async function requireEnds(ctx: ReadContext, from: string, to: string): Promise<void> {
  const [ends] = await queryJson(ctx, 'path-endpoints', { from, to }, Ends);
  if (!ends?.fromFound) throw notFound(`Node "${from}" (from)`);
  if (!ends.toFound) throw notFound(`Node "${to}" (to)`);
}

export async function findPaths(ctx: ReadContext, input: PathsInput): Promise<PathsResponse> {
  if (input.from === input.to) {
    throw new HttpError(400, 'invalid_request', 'Invalid query string: to: must be a different node from "from"', {
      issues: [{ path: 'to', message: 'must be a different node from "from"' }],
    });
  }
  const statement = pathStatement(input.mode === 'k' ? 'k-shortest' : 'all-shortest', input.maxHops, input.directed);
  const limit = input.mode === 'k' ? input.k : input.mode === 'shortest' ? 1 : ALL_SHORTEST_CAP;
  const types = input.types?.length ? input.types : null;
  // One more than wanted tells whether the answer was capped; twice as many leaves room for the
  // parallel twins dropped below.
  const fetch = input.keepParallel ? limit + 1 : 2 * limit + 1;
  const rows = await queryJson(
    ctx,
    statement.name,
    { from: input.from, to: input.to, types, limit: fetch, asOf: input.asOf ?? null },
    Row,
    statement.slots,
  );
  const found = rows.map((r) => r.p);
  const distinct = input.keepParallel ? found : withoutParallelTwins(found);
  const paths = distinct.slice(0, limit);
  // Only "no path" needs to know whether both ends exist (a 404 rather than an empty answer):
  // a found path proves they do, and the check was one more round trip on every request.
  if (paths.length === 0) await requireEnds(ctx, input.from, input.to);
  await fillProvenance(
    ctx,
    paths.flatMap((p) => p.edges),
  );
  return { paths, capped: distinct.length > limit, limit };
}
