/**
 * A bidirectional breadth-first search with a per-request expansion budget, run before the path
 * statements. It answers the question those statements are slowest at, "is there any path within
 * maxHops?": each round expands the smaller of the two frontiers by one level (one statement), and
 * stops when the frontiers meet (the shortest distance), when a side runs out of nodes (proven: no
 * path), at maxHops, or when the budget of relationships followed is spent. The path statements
 * then run only for pairs known to be connected, bounded by the distance found.
 */
import { z } from 'zod';
import { queryJson, type ReadContext } from '../db/query.ts';

/** How many relationships one request may follow in its search, unless it asks for fewer. */
export const DEFAULT_EXPANSION_BUDGET = 20_000;

export interface ReachInput {
  from: string;
  to: string;
  maxHops: number;
  directed: boolean;
  types: string[] | null;
  excludeTypes: string[];
  /** Nodes the search never enters. */
  avoid: string[];
  asOf: string | null;
  budget: number;
}

/**
 * `found`: the shortest distance in hops; `unreachable`: no path within maxHops (one side ran out,
 * or the levels searched add up to maxHops); `budget`: the budget ran out first.
 */
export type ReachOutcome = { outcome: 'found'; distance: number } | { outcome: 'unreachable' } | { outcome: 'budget' };

export type Reach = ReachOutcome & { expanded: number; levels: { from: number; to: number }; visited: number };

const Level = z.object({ reached: z.array(z.string()), expanded: z.number() });

export async function reach(ctx: ReadContext, input: ReachInput): Promise<Reach> {
  const depth = [new Map([[input.from, 0]]), new Map([[input.to, 0]])] as const;
  const frontier: [string[], string[]] = [[input.from], [input.to]];
  const levels = [0, 0];
  let expanded = 0;
  const done = (o: ReachOutcome): Reach => ({
    ...o,
    expanded,
    levels: { from: levels[0]!, to: levels[1]! },
    visited: depth[0].size + depth[1].size,
  });
  while (levels[0]! + levels[1]! < input.maxHops) {
    // The smaller frontier costs less to expand; a side with nothing left proves there is no path.
    const side = frontier[0].length <= frontier[1].length ? 0 : 1;
    if (frontier[side].length === 0) return done({ outcome: 'unreachable' });
    const remaining = input.budget - expanded;
    if (remaining <= 0) return done({ outcome: 'budget' });
    const direction = input.directed ? (side === 0 ? 'out' : 'in') : 'both';
    const [level] = await queryJson(
      ctx,
      'path-frontier',
      {
        frontier: frontier[side],
        direction,
        types: input.types,
        excludeTypes: input.excludeTypes,
        avoid: input.avoid,
        asOf: input.asOf,
        budget: remaining,
      },
      Level,
    );
    expanded += level?.expanded ?? 0;
    levels[side]!++;
    const mine = depth[side];
    const other = depth[1 - side]!;
    const next: string[] = [];
    let best = Infinity;
    for (const id of level?.reached ?? []) {
      if (mine.has(id)) continue;
      mine.set(id, levels[side]!);
      next.push(id);
      const there = other.get(id);
      if (there !== undefined) best = Math.min(best, levels[side]! + there);
    }
    if (best <= input.maxHops) return done({ outcome: 'found', distance: best });
    // A level cut short by the budget is incomplete: nothing it did not reach is proven absent.
    if ((level?.expanded ?? 0) >= remaining) return done({ outcome: 'budget' });
    frontier[side] = next;
  }
  return done({ outcome: 'unreachable' });
}
