/** POST /api/elements: the nodes and relationships of a shared view by element id, with provenance on every edge. */
import { z } from 'zod';
import { GraphEdge, GraphNode, type ElementsRequest, type ElementsResponse } from '../../contract/api.ts';
import { fillProvenance } from '../db/provenance.ts';
import { queryJson, type ReadContext } from '../db/query.ts';

const Row = z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) });

export async function elementsById(ctx: ReadContext, input: z.output<typeof ElementsRequest>): Promise<ElementsResponse> {
  const [row] = await queryJson(ctx, 'elements-by-id', { nodes: input.nodes, edges: input.edges }, Row);
  const graph = row ?? { nodes: [], edges: [] };
  await fillProvenance(ctx, graph.edges);
  return { graph };
}
