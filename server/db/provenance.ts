/**
 * Fills the document details of citations (title, publisher, date, element id) for every
 * edge of a response. The mapper only knows each citation's key and quote; the details come
 * from the request's document cache, and the keys it lacks from ONE query.
 */
import { z } from 'zod';
import type { Citation, GraphEdge } from '../../contract/graph.ts';
import { JsonValue } from '../../contract/graph.ts';
import type { CachedDocument } from './document-cache.ts';
import { queryJson, type ReadContext } from './query.ts';

const DocumentRow = z.object({
  key: z.string(),
  id: z.string(),
  title: JsonValue,
  publisher: JsonValue,
  date: JsonValue,
});

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

async function lookUp(ctx: ReadContext, keys: string[]): Promise<Map<string, CachedDocument>> {
  const found = new Map<string, CachedDocument>();
  const missing: string[] = [];
  for (const key of keys) {
    const cached = ctx.documents?.get(ctx.database, key);
    if (cached) found.set(key, cached);
    else missing.push(key);
  }
  if (missing.length === 0) return found;
  const rows = await queryJson(ctx, 'documents-by-key', { keys: missing }, DocumentRow);
  for (const r of rows) {
    const doc = { key: r.key, id: r.id, title: text(r.title), publisher: text(r.publisher), date: text(r.date) };
    ctx.documents?.set(ctx.database, doc);
    found.set(doc.key, doc);
  }
  return found;
}

/** The same for loose citations (a node's own evidence). */
export async function fillCitations(ctx: ReadContext, citations: Citation[]): Promise<void> {
  if (citations.length === 0) return;
  const byKey = await lookUp(ctx, [...new Set(citations.map((c) => c.documentKey))]);
  for (const c of citations) {
    const d = byKey.get(c.documentKey);
    if (!d) continue;
    c.documentId = d.id;
    c.title = d.title;
    c.publisher = d.publisher;
    c.date = d.date;
  }
}
