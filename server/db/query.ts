/**
 * Runs a named read statement and returns its rows as checked JSON: driver values go through
 * the mapper, then the statement's row schema, so callers get typed plain objects.
 */
import type { z } from 'zod';
import type { JsonValue } from '../../contract/graph.ts';
import { toDriverValue, toJson } from './mapper.ts';
import { readRows, type ReadContext } from './read.ts';
import type { CypherFragment } from './identifiers.ts';

export type { ReadContext };

export async function queryJson<S extends z.ZodType>(
  ctx: ReadContext,
  name: string,
  params: Record<string, JsonValue | undefined>,
  row: S,
  slots: Record<string, CypherFragment> = {},
): Promise<z.infer<S>[]> {
  // An absent filter is null in the statement (`$types IS NULL OR …`), never a missing parameter.
  const driverParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === undefined ? null : toDriverValue(v)]));
  const [raw, captions] = await Promise.all([readRows(ctx, name, driverParams, slots), ctx.profiles?.captions(ctx).catch(() => undefined)]);
  // Without a profile (it could not be measured) captions fall back to the usual name keys.
  return raw.map((r) => row.parse(toJson(r, undefined, captions?.caption)) as z.infer<S>);
}
