/** GET /api/schema: what is in this database, whoever's it is. */
import { z } from 'zod';
import type { SchemaResponse } from '../../contract/api.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { captionPolicy } from './captions.ts';
import { hasFulltextIndex } from './fulltext-index.ts';
import { graphCounts } from './graph-counts.ts';
import { measureProfile } from './profile-cache.ts';

const PropertyKeys = z.object({ propertyKeys: z.array(z.string()) });
const RecordKeys = z.object({ keys: z.array(z.string()) });

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/**
 * Counts from the count store; property keys per label and type from the data profile's sample
 * of each (server/explore/profile-cache.ts, measured once a minute), so a small label in a big
 * database is described as fully as a big one and the answer stays fast.
 */
export async function graphSchema(ctx: ReadContext): Promise<SchemaResponse> {
  const [{ labels, types }, [keys], [recordKeys], fulltext, profile] = await Promise.all([
    graphCounts(ctx),
    queryJson(ctx, 'property-keys', {}, PropertyKeys),
    // Keys only the explorer's own records use are not part of the graph (contract/internal-records.ts).
    queryJson(ctx, 'record-only-keys', {}, RecordKeys),
    hasFulltextIndex(ctx),
    ctx.profiles ? ctx.profiles.profile(ctx) : measureProfile(ctx),
  ]);
  const captions = ctx.profiles ? ctx.profiles.policy(profile) : captionPolicy(profile);
  return {
    labels: labels.sort(byName).map((l) => ({
      label: l.name,
      count: l.count,
      properties: profile.labels.get(l.name)?.keys ?? [],
      caption: captions.captionKey(l.name),
      everyNode: profile.universalLabels.has(l.name),
    })),
    relationshipTypes: types
      .sort(byName)
      .map((t) => ({ type: t.name, count: t.count, properties: [...(profile.types.get(t.name)?.keys ?? [])].sort() })),
    propertyKeys: (keys?.propertyKeys ?? []).filter((k) => !recordKeys?.keys.includes(k)).sort(),
    hasFulltextIndex: fulltext,
  };
}
