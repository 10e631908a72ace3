/** GET /api/nodes/:id: a node, its degree by type and direction, and its supporting documents. */
import { z } from 'zod';
import { Degree, GraphNode, JsonValue, type NodeDetails } from '../../contract/api.ts';
import { notFound } from '../errors.ts';
import { citationsOf } from '../db/mapper.ts';
import { fillCitations } from '../db/provenance.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { documentSummary } from './document-summary.ts';

const Row = z.object({
  node: GraphNode,
  evidence: z.record(z.string(), JsonValue),
  degree: z.array(Degree),
  documents: z.array(GraphNode),
});

export async function nodeDetails(ctx: ReadContext, id: string): Promise<NodeDetails> {
  const [row] = await queryJson(ctx, 'node-details', { id }, Row);
  if (!row) throw notFound(`Node "${id}"`);
  const degree = row.degree.sort((a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction));
  const provenance = citationsOf(row.evidence);
  if (provenance) await fillCitations(ctx, provenance);
  return {
    node: row.node,
    degree,
    totalDegree: degree.reduce((sum, d) => sum + d.count, 0),
    documents: row.documents.map(documentSummary),
    ...(provenance ? { provenance } : {}),
  };
}
