/** GET /api/documents/:id: one source, its text, and the claims it supports with its quote for each. */
import { z } from 'zod';
import { GraphEdge, GraphNode, type Claim, type DocumentResponse } from '../../contract/api.ts';
import { notFound } from '../errors.ts';
import { fillProvenance } from '../db/provenance.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { documentSummary } from './document-summary.ts';

/** A document may support many claims; the panel shows a few hundred at most. */
export const CLAIMS_CAP = 500;

const Row = z.object({
  document: GraphNode,
  /** Whole, apart from the node's properties, which the mapper shortens. */
  text: z.string().nullable(),
  claims: z.array(z.object({ edge: GraphEdge, source: GraphNode, target: GraphNode })),
});

/** `id` is the element id, or the document's key (citations carry keys). */
export async function getDocument(ctx: ReadContext, id: string): Promise<DocumentResponse> {
  const [row] = await queryJson(ctx, 'document', { id, limit: CLAIMS_CAP }, Row);
  if (!row) throw notFound(`Document "${id}"`);
  const summary = documentSummary(row.document);
  await fillProvenance(
    ctx,
    row.claims.map((c) => c.edge),
  );
  const claims: Claim[] = row.claims.map((c) => ({
    ...c,
    quote: c.edge.provenance?.find((p) => p.documentKey === summary.key)?.quote ?? '',
  }));
  const { text: _shortened, ...properties } = row.document.properties;
  return { document: { ...summary, text: row.text, properties }, claims };
}
