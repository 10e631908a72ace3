/**
 * How latency grows with the graph: one request at a time (what one analyst feels), for
 * search, a hub's and a typical node's expansion, and a shortest path, through our API and
 * through the bare driver running the endpoint's statement (the database's share of it).
 */
import type { Logger } from '../../server/logger.ts';
import type { LoadResult } from './load-client.ts';
import { runLoadProcess } from './run-load.ts';
import type { Workload } from './workloads.ts';

export interface GrowthPoint {
  size: number;
  workload: string;
  ours: LoadResult;
  driver: LoadResult;
}

export async function measureGrowth(
  size: number,
  list: Workload[],
  neo4j: { uri: string; user: string; password: string; database: string },
  o: { durationMs: number; warmupMs: number; log: Logger },
): Promise<GrowthPoint[]> {
  const points: GrowthPoint[] = [];
  for (const w of list) {
    // A fixed number of answers, not a fixed time: one slow path query must not leave a point empty.
    const base = { connections: 1, durationMs: o.durationMs, warmupMs: o.warmupMs, requests: Math.max(20, 2 * w.ours.length) };
    const driver = await runLoadProcess({ ...base, driver: { ...neo4j, queries: w.statements } });
    const ours = await runLoadProcess({ ...base, http: w.ours });
    o.log.info(
      {
        phase: 'growth',
        size,
        workload: w.name,
        oursP50: ours.latency.p50,
        driverP50: driver.latency.p50,
        errors: ours.errors + driver.errors,
        firstError: ours.firstError ?? driver.firstError,
      },
      'growth point',
    );
    points.push({ size, workload: w.name, ours, driver });
  }
  return points;
}
