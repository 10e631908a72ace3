/**
 * Runs a named read statement and returns its rows as checked JSON: driver values go through
 * the mapper, then the statement's row schema, so callers get typed plain objects.
 */
import type { z } from 'zod';
import { toJson } from './mapper.ts';
import { readRows, type ReadContext } from './read.ts';

export type { ReadContext };

export async function queryJson<S extends z.ZodType>(
  ctx: ReadContext,
  name: string,
  params: Record<string, unknown>,
  row: S,
): Promise<z.infer<S>[]> {
  const raw = await readRows(ctx, name, params);
  return raw.map((r) => row.parse(toJson(r)) as z.infer<S>);
}
