/** POST /api/relationships/among: what connects an expansion's new nodes to the rest of the canvas, with provenance on every edge. */
import { z } from 'zod';
import { GraphEdge, type RelationshipsAmongRequest, type RelationshipsAmongResponse } from '../../contract/api.ts';
import { fillProvenance } from '../db/provenance.ts';
import { queryJson, type ReadContext } from '../db/query.ts';

const Row = z.object({ edges: z.array(GraphEdge) });

export async function relationshipsAmong(
  ctx: ReadContext,
  input: z.output<typeof RelationshipsAmongRequest>,
): Promise<RelationshipsAmongResponse> {
  // Every new node is on the canvas too: a relationship between two new nodes connects them as well.
  const among = [...new Set([...input.among, ...input.nodes])];
  const [row] = await queryJson(ctx, 'relationships-among', { nodes: input.nodes, among, limit: input.limit }, Row);
  const found = row?.edges ?? [];
  const edges = found.slice(0, input.limit);
  await fillProvenance(ctx, edges);
  return { edges, truncated: found.length > input.limit };
}
