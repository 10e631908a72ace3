/**
 * GET /api/overview: what a newcomer sees first in any database: its labels with counts (the
 * ones that say what a node is), the best-connected nodes, the dates the data holds (the
 * timeline's range) and whether it records provenance. Nothing here names our own seed.
 */
import { z } from 'zod';
import { GraphNode, type OverviewResponse } from '../../contract/api.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { graphCounts } from './graph-counts.ts';
import { measureProfile } from './profile-cache.ts';

/** Nodes the hub scan reads at most: a huge database still answers in bounded time. */
const HUB_SCAN_LIMIT = 200_000;
const HUBS = 8;

const Hub = z.object({ node: GraphNode, degree: z.number() });

export async function overview(ctx: ReadContext): Promise<OverviewResponse> {
  const [{ labels }, hubs, profile] = await Promise.all([
    graphCounts(ctx),
    queryJson(ctx, 'overview-hubs', { scanLimit: HUB_SCAN_LIMIT, limit: HUBS }, Hub),
    ctx.profiles ? ctx.profiles.profile(ctx) : measureProfile(ctx),
  ]);
  const universal = profile.universalLabels;
  // Dates and provenance come from the data profile's sample of each label and type.
  const found = [
    ...[...profile.labels.values()].flatMap((l) => l.dates.map((d) => ({ on: 'node' as const, name: l.label, ...d }))),
    ...[...profile.types.entries()].flatMap(([name, t]) => t.dates.map((d) => ({ on: 'relationship' as const, name, ...d }))),
  ];
  const provenance = [...profile.types.values()].some((t) => t.provenance);
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
    provenance,
  };
}
