/** GET /api/schema: what is in this database, whoever's it is. */
import { z } from 'zod';
import type { SchemaResponse } from '../../contract/api.ts';
import { HttpError } from '../errors.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { hasFulltextIndex } from './fulltext-index.ts';

/** How many nodes and relationships the property-key sample reads. */
const SAMPLE = 10_000;

const Count = z.object({ name: z.string(), count: z.number() });
const CountsRow = z.object({ labels: z.array(Count), types: z.array(Count) });
const Keys = z.object({ name: z.string(), keys: z.array(z.string()) });
const SampleRow = z.object({ labelKeys: z.array(Keys), typeKeys: z.array(Keys), propertyKeys: z.array(z.string()) });

async function counts(ctx: ReadContext): Promise<z.infer<typeof CountsRow>> {
  try {
    const [row] = await queryJson(ctx, 'graph-counts', {}, CountsRow);
    if (row) return row;
  } catch (e) {
    // An outage is an outage; anything else (no permission for db.stats) means: count by scanning.
    if (e instanceof HttpError) throw e;
  }
  const [row] = await queryJson(ctx, 'label-counts-scan', {}, CountsRow);
  return row ?? { labels: [], types: [] };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export async function graphSchema(ctx: ReadContext): Promise<SchemaResponse> {
  const [{ labels, types }, sample, fulltext] = await Promise.all([
    counts(ctx),
    queryJson(ctx, 'schema-sample', { sample: SAMPLE }, SampleRow),
    hasFulltextIndex(ctx),
  ]);
  const labelKeys = new Map(sample[0]?.labelKeys.map((k) => [k.name, k.keys.sort()]));
  const typeKeys = new Map(sample[0]?.typeKeys.map((k) => [k.name, k.keys.sort()]));
  return {
    labels: labels.sort(byName).map((l) => ({ label: l.name, count: l.count, properties: labelKeys.get(l.name) ?? [] })),
    relationshipTypes: types.sort(byName).map((t) => ({ type: t.name, count: t.count, properties: typeKeys.get(t.name) ?? [] })),
    propertyKeys: (sample[0]?.propertyKeys ?? []).sort(),
    hasFulltextIndex: fulltext,
  };
}
