/**
 * Hostile path clients: each asks, again and again, for the 25 shortest simple paths of up to
 * 8 hops between the graph's best-connected node and a node with one neighbour (3.4 s alone on
 * the seed graph: the search explores nearly every simple path from the hub). Used by the
 * fair-share drill and by `tsx test/reliability/lib/hostile-paths.ts` to reproduce the issue.
 */
import type { Driver } from '../../../server/db/driver.ts';

export interface PathEnds {
  hub: string;
  leaf: string;
}

/**
 * The CSTO (the seed graph's hub, 46 neighbours) and a node with one neighbour that few paths
 * reach, so the search cannot stop early at 25 paths: new-silk-roads took 2.2 s alone, topwar 10 s.
 */
export async function hubAndLeaf(driver: Driver, database: string, leafKey = 'initiative-new-silk-roads'): Promise<PathEnds> {
  const { records } = await driver.executeQuery(
    `MATCH (hub:Entity {key: 'org-csto'}), (leaf:Entity {key: $leafKey}) RETURN elementId(hub) AS hub, elementId(leaf) AS leaf`,
    { leafKey },
    { database },
  );
  if (!records[0]) throw new Error(`the seed graph is not loaded (no org-csto or ${leafKey})`);
  return { hub: String(records[0].get('hub')), leaf: String(records[0].get('leaf')) };
}

export const hostilePathUrl = (base: string, ends: PathEnds) =>
  `${base}/api/paths?from=${encodeURIComponent(ends.hub)}&to=${encodeURIComponent(ends.leaf)}&maxHops=8&mode=k&k=25`;

export interface Answer {
  status: number;
  ms: number;
  code?: string;
  /** When the answer arrived (Date.now()). */
  at: number;
}

/** One request; a network failure is status 0. */
export async function timedGet(url: string, signal?: AbortSignal): Promise<Answer> {
  const started = Date.now();
  try {
    const res = await fetch(url, signal ? { signal } : {});
    const text = await res.text();
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
    } catch {
      code = undefined;
    }
    return { status: res.status, ms: Date.now() - started, ...(code ? { code } : {}), at: Date.now() };
  } catch {
    return { status: 0, ms: Date.now() - started, at: Date.now() };
  }
}

/** Counts of each status (and error code), e.g. {"429 concurrency_limited": 40, "200": 8}. */
export function tally(answers: readonly Answer[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of answers) {
    const key = a.code ? `${a.status} ${a.code}` : String(a.status);
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
