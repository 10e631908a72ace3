/** Whether the database has the explorer's own full-text index (seeded or imported by us). */
import { z } from 'zod';
import { queryJson, type ReadContext } from '../db/query.ts';

export async function hasFulltextIndex(ctx: ReadContext): Promise<boolean> {
  const [row] = await queryJson(ctx, 'fulltext-index', {}, z.object({ present: z.boolean() }));
  return row?.present ?? false;
}
