/** GET /api/documents: the sources, newest first, with how many claims each supports. */
import { z } from 'zod';
import { GraphNode, type DocumentsResponse } from '../../contract/api.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { documentSummary } from './document-summary.ts';

const Row = z.object({ document: GraphNode, claims: z.number() });

export async function listDocuments(ctx: ReadContext, limit: number): Promise<DocumentsResponse> {
  const rows = await queryJson(ctx, 'documents-list', { limit }, Row);
  return { documents: rows.map((r) => ({ ...documentSummary(r.document), claims: r.claims })) };
}
