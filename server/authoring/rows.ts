/** Rows of a statement run inside a write transaction, as plain JSON (the mapper's one direction). */
import type { JsonValue } from '../../contract/graph.ts';
import { toJson } from '../db/mapper.ts';
import type { WriteTx } from '../db/write.ts';

export async function jsonRows(tx: WriteTx, name: string, params: Record<string, unknown>): Promise<Record<string, JsonValue>[]> {
  const rows = await tx.run(name, params);
  return rows.map((r) => toJson(r) as Record<string, JsonValue>);
}
