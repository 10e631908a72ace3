/** What a load step needs: the bench server's driver and database, and the progress log. */
import type { Driver } from '../../server/db/driver.ts';
import type { Logger } from '../../server/logger.ts';

export interface BenchDb {
  driver: Driver;
  database: string;
  log: Logger;
}

export interface LoadResult {
  method: string;
  nodes: number;
  relationships: number;
  documents: number;
  /** Time spent in the database work measured (generation and CSV writing excluded). */
  ms: number;
  nodesPerSec: number;
  relationshipsPerSec: number;
  /** True when the time is extrapolated from a sample, not measured on the whole graph. */
  extrapolated: boolean;
  note?: string;
}

export function rates(
  method: string,
  counts: { nodes: number; relationships: number; documents: number },
  ms: number,
  extra: Partial<LoadResult> = {},
): LoadResult {
  const s = ms / 1000;
  return {
    method,
    nodes: counts.nodes,
    relationships: counts.relationships,
    documents: counts.documents,
    ms: Math.round(ms),
    nodesPerSec: Math.round((counts.nodes + counts.documents) / s),
    relationshipsPerSec: Math.round(counts.relationships / s),
    extrapolated: false,
    ...extra,
  };
}
