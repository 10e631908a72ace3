/** GET /api/nodes/:id/neighbors: a capped one-hop expansion with provenance on every edge. */
import { z } from 'zod';
import { GraphEdge, GraphNode, type NeighborsResponse } from '../../contract/api.ts';
import { notFound } from '../errors.ts';
import { fillProvenance } from '../db/provenance.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { symmetricTypes } from '../ontology.ts';

export interface NeighborsInput {
  types?: string[] | undefined;
  labels?: string[] | undefined;
  direction: 'out' | 'in' | 'both';
  limit: number;
  asOf?: string | undefined;
}

const Row = z.object({
  node: GraphNode,
  total: z.number(),
  hops: z.array(z.object({ relationship: GraphEdge, neighbor: GraphNode })),
});

/** An empty list filters nothing, like an absent one. */
const anyIfEmpty = (list: string[] | undefined) => (list?.length ? list : null);

export async function neighbors(ctx: ReadContext, id: string, input: NeighborsInput): Promise<NeighborsResponse> {
  const symmetric = symmetricTypes();
  const params = { id, ...input, types: anyIfEmpty(input.types), labels: anyIfEmpty(input.labels), asOf: input.asOf ?? null, symmetric };
  // Without filters the total is the node's degree, which Neo4j keeps: a hub is not walked to
  // count it. One direction reads the degree only when no type is stored once for both.
  const unfiltered =
    params.types === null && params.labels === null && params.asOf === null && (input.direction === 'both' || symmetric.length === 0);
  const [row] = await queryJson(ctx, unfiltered ? 'neighbors-unfiltered' : 'neighbors', params, Row);
  if (!row) throw notFound(`Node "${id}"`);
  const nodes = new Map<string, GraphNode>([[row.node.id, row.node]]);
  for (const hop of row.hops) nodes.set(hop.neighbor.id, hop.neighbor);
  // One edge per relationship, however the pattern met it.
  const edges = [...new Map(row.hops.map((hop) => [hop.relationship.id, hop.relationship])).values()];
  await fillProvenance(ctx, edges);
  return { graph: { nodes: [...nodes.values()], edges }, total: row.total, truncated: row.total > row.hops.length };
}
