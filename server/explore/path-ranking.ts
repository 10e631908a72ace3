/**
 * Ranks paths by what they mean to an analyst, not by length alone. A path's cost (lower first)
 * adds up four parts, each returned with it so the order can be checked:
 * - hops: 1 per hop (a shorter chain asserts less);
 * - evidence: per hop, 0.5 / (1 + its independent sources): an uncited hop costs half a hop,
 *   one source a quarter, more sources less;
 * - ended: 0.5 per hop that had ended before the reference day (current before ended);
 * - hubs: per node passed through (not the two ends), 0.5 per tenfold of its degree beyond 10,
 *   so a node with 1,000 relationships costs a hop: everything is near a hub, and a path
 *   through one says little about how its ends are related.
 * No database and no driver here: the caller measures and this module orders.
 */
import type { PathScore } from '../../contract/api.ts';

export const WEIGHTS = {
  hop: 1,
  evidence: 0.5,
  ended: 0.5,
  /** Per tenfold of degree beyond HUB_FREE_DEGREE. */
  hub: 0.5,
} as const;

/** Degrees up to this cost nothing: an ordinary actor has a few dozen relationships at most. */
export const HUB_FREE_DEGREE = 10;

/**
 * How many independent sources state an edge: the evidence's corroboration count (a reprint and
 * a quote repeated word for word are not further sources: contract/evidence.ts).
 */
export { independentSources } from '../../contract/evidence.ts';

/** The hub part of one node passed through. */
export function hubPenalty(degree: number): number {
  return degree <= HUB_FREE_DEGREE ? 0 : WEIGHTS.hub * Math.log10(degree / HUB_FREE_DEGREE);
}

/** What the ranking needs to know of one path. */
export interface RankInput {
  /** Per hop: its independent sources and whether it had ended before the reference day. */
  hops: readonly { sources: number; ended: boolean }[];
  /** Degrees of the nodes passed through (not the ends). */
  innerDegrees: readonly number[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function scorePath(path: RankInput): PathScore {
  const hops = WEIGHTS.hop * path.hops.length;
  const evidence = path.hops.reduce((sum, h) => sum + WEIGHTS.evidence / (1 + h.sources), 0);
  const ended = WEIGHTS.ended * path.hops.filter((h) => h.ended).length;
  const hubs = path.innerDegrees.reduce((sum, d) => sum + hubPenalty(d), 0);
  return {
    total: round(hops + evidence + ended + hubs),
    hops: round(hops),
    evidence: round(evidence),
    ended: round(ended),
    hubs: round(hubs),
  };
}

/** Lowest total first; ties keep the order they came in (the database's shortest-first), so the sort is stable. */
export function rankPaths<T extends { score: PathScore }>(paths: readonly T[]): T[] {
  return paths
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.score.total - b.p.score.total || a.i - b.i)
    .map(({ p }) => p);
}

/**
 * True when a lasting relationship had ended before `day` (YYYY-MM-DD): its validTo lies before it
 * (a point event is not "ended"). Dates arrive as ISO strings from the mapper; anything else is not judged.
 */
export function endedBefore(properties: Readonly<Record<string, unknown>>, day: string): boolean {
  const end = properties.validTo;
  return typeof end === 'string' && /^\d{4}-\d{2}-\d{2}/.test(end) && end.slice(0, 10) < day;
}
