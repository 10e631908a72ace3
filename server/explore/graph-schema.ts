/** GET /api/schema: what is in this database, whoever's it is. */
import { z } from 'zod';
import type { SchemaResponse } from '../../contract/api.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { hasFulltextIndex } from './fulltext-index.ts';
import { graphCounts } from './graph-counts.ts';

/** Nodes per label and relationships per type the property-key sample reads. */
const SAMPLE = 1_000;

const Keys = z.object({ name: z.string(), keys: z.array(z.string()) });
const SampleRow = z.object({ labelKeys: z.array(Keys), typeKeys: z.array(Keys), propertyKeys: z.array(z.string()) });

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export async function graphSchema(ctx: ReadContext): Promise<SchemaResponse> {
  const [{ labels, types }, sample, fulltext, profile] = await Promise.all([
    graphCounts(ctx),
    queryJson(ctx, 'schema-sample', { sample: SAMPLE }, SampleRow),
    hasFulltextIndex(ctx),
    ctx.profiles?.profile(ctx).catch(() => undefined),
  ]);
  const captions = profile && ctx.profiles?.policy(profile);
  const labelKeys = new Map(sample[0]?.labelKeys.map((k) => [k.name, k.keys.sort()]));
  const typeKeys = new Map(sample[0]?.typeKeys.map((k) => [k.name, k.keys.sort()]));
  return {
    labels: labels.sort(byName).map((l) => ({
      label: l.name,
      count: l.count,
      properties: labelKeys.get(l.name) ?? [],
      ...(captions ? { caption: captions.captionKey(l.name), everyNode: profile.universalLabels.has(l.name) } : {}),
    })),
    relationshipTypes: types.sort(byName).map((t) => ({ type: t.name, count: t.count, properties: typeKeys.get(t.name) ?? [] })),
    propertyKeys: (sample[0]?.propertyKeys ?? []).sort(),
    hasFulltextIndex: fulltext,
  };
}
