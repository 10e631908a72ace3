/** Node counts per label and relationship counts per type: from the count store, else by scanning. */
import { z } from 'zod';
import { HttpError } from '../errors.ts';
import { queryJson, type ReadContext } from '../db/query.ts';

const Count = z.object({ name: z.string(), count: z.number() });
const CountsRow = z.object({ labels: z.array(Count), types: z.array(Count) });
export type GraphCounts = z.infer<typeof CountsRow>;

export async function graphCounts(ctx: ReadContext): Promise<GraphCounts> {
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
