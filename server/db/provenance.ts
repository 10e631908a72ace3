/**
 * Fills the document details of citations (title, publisher, date, element id) for every
 * edge of a response with ONE query. The mapper only knows each citation's key and quote.
 */
import { z } from 'zod';
import type { Citation, GraphEdge } from '../../contract/graph.ts';
import { JsonValue } from '../../contract/graph.ts';
import { queryJson, type ReadContext } from './query.ts';

const DocumentRow = z.object({
  key: z.string(),
  id: z.string(),
  title: JsonValue,
  publisher: JsonValue,
  date: JsonValue,
});
type DocumentRow = z.infer<typeof DocumentRow>;

/** Another database may hold anything in these properties: keep strings, show other scalars as text. */
const text = (v: JsonValue): string | null => (v === null ? null : typeof v === 'object' ? JSON.stringify(v) : String(v));

/**
 * Edges sit inside graphs, paths and rows of different shapes, so the citations are filled in
 * place: the caller passes every edge it is about to send, wherever it is.
 */
export async function fillProvenance(ctx: ReadContext, edges: Iterable<GraphEdge>): Promise<void> {
  const citations: Citation[] = [];
  for (const edge of edges) citations.push(...(edge.provenance ?? []));
  await fillCitations(ctx, citations);
}

/** The same for loose citations (a node's own evidence). */
export async function fillCitations(ctx: ReadContext, citations: Citation[]): Promise<void> {
  if (citations.length === 0) return;
  const keys = [...new Set(citations.map((c) => c.documentKey))];
  const rows = await queryJson(ctx, 'documents-by-key', { keys }, DocumentRow);
  const byKey = new Map<string, DocumentRow>(rows.map((r) => [r.key, r]));
  for (const c of citations) {
    const d = byKey.get(c.documentKey);
    if (!d) continue;
    c.documentId = d.id;
    c.title = text(d.title);
    c.publisher = text(d.publisher);
    c.date = text(d.date);
  }
}
