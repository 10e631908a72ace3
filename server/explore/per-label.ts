/**
 * Runs one statement per label (or relationship type), the name spliced into its {{label}} or
 * {{type}} slot after a check against the live schema. A dynamic `MATCH (n:$(label))` would be
 * one statement, but Neo4j 5.26 plans it as a scan of every node with a filter (measured:
 * `AllNodesScan` + `Filter n:$all(label)`), so a rare label in a big database read all of it;
 * a spliced label is a label scan that stops at the sample's LIMIT.
 */
import type { z } from 'zod';
import type { JsonValue } from '../../contract/graph.ts';
import { quoteIdentifier } from '../db/identifiers.ts';
import { queryJson, type ReadContext } from '../db/query.ts';

/** Statements in flight at once: enough to overlap round trips, few enough to leave the pool to requests. */
const CONCURRENCY = 6;

export async function perName<S extends z.ZodType>(
  ctx: ReadContext,
  statement: string,
  slot: 'label' | 'type',
  names: readonly string[],
  params: Record<string, JsonValue | undefined>,
  row: S,
  /** Parameters of one name's statement (a label's own search properties). */
  own: (name: string) => Record<string, JsonValue | undefined> = () => ({}),
): Promise<{ name: string; rows: z.infer<S>[] }[]> {
  const known = new Set(names);
  const out: { name: string; rows: z.infer<S>[] }[] = new Array(names.length);
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const i = next++;
      const name = names[i]!;
      const quoted = quoteIdentifier(name, known, slot === 'label' ? 'Label' : 'Relationship type');
      out[i] = { name, rows: await queryJson(ctx, statement, { ...params, ...own(name) }, row, { [slot]: quoted }) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, worker));
  return out;
}
