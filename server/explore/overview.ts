/**
 * GET /api/overview: what a newcomer sees first in any database: its labels with counts (the
 * ones that say what a node is), the best-connected nodes, the dates the data holds (the
 * timeline's range) and whether it records provenance. Nothing here names our own seed.
 */
import { z } from 'zod';
import { GraphNode, type OverviewResponse } from '../../contract/api.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { graphCounts } from './graph-counts.ts';

/** Nodes the hub scan reads at most: a huge database still answers in bounded time. */
const HUB_SCAN_LIMIT = 200_000;
const HUBS = 8;
/** Nodes per label and relationships per type the date sample reads. */
const DATE_SAMPLE = 500;

const Hub = z.object({ node: GraphNode, degree: z.number() });
const DateProperty = z.object({
  on: z.enum(['node', 'relationship']),
  name: z.string(),
  key: z.string(),
  first: z.string(),
  last: z.string(),
});
const Dates = z.object({ dates: z.array(DateProperty), provenance: z.boolean() });

export async function overview(ctx: ReadContext): Promise<OverviewResponse> {
  const [{ labels }, hubs, [dates], profile] = await Promise.all([
    graphCounts(ctx),
    queryJson(ctx, 'overview-hubs', { scanLimit: HUB_SCAN_LIMIT, limit: HUBS }, Hub),
    queryJson(ctx, 'overview-dates', { sample: DATE_SAMPLE }, Dates),
    ctx.profiles?.profile(ctx).catch(() => undefined),
  ]);
  const universal = profile?.universalLabels ?? new Set<string>();
  const found = dates?.dates ?? [];
  const range = found.length
    ? {
        from: found.map((d) => d.first).sort()[0]!,
        to: found
          .map((d) => d.last)
          .sort()
          .at(-1)!,
      }
    : null;
  return {
    labels: labels
      .filter((l) => !universal.has(l.name))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .map((l) => ({ label: l.name, count: l.count })),
    hubs: hubs.map((h) => ({ ...h.node, degree: h.degree })),
    dates: range ? { ...range, properties: found.map(({ on, name, key }) => ({ on, name, key })) } : null,
    provenance: dates?.provenance ?? false,
  };
}
