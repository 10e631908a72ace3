/**
 * Fills the document details of citations (title, publisher, date, grade, element id) for every
 * edge of a response, and computes each edge's corroboration and confidence from them
 * (server/evidence/confidence.ts): the ONE place edges get their provenance, so neighbours,
 * paths, shared views, documents and ad-hoc Cypher results all carry `evidence`. The mapper
 * only knows each citation's key and quote; the details come from the request's document
 * cache, and the keys it lacks from one query (plus one per level of reprints not yet seen).
 */
import { z } from 'zod';
import { Reliability } from '../../contract/claims.ts';
import type { Citation, GraphEdge } from '../../contract/graph.ts';
import { edgeEvidence } from '../evidence/confidence.ts';
import { JsonValue } from '../../contract/graph.ts';
import type { CachedDocument } from './document-cache.ts';
import { queryJson, type ReadContext } from './query.ts';

const DocumentRow = z.object({
  key: z.string(),
  id: z.string(),
  title: JsonValue,
  publisher: JsonValue,
  date: JsonValue,
  reliability: JsonValue,
  kind: JsonValue,
  reprints: JsonValue,
});

/** A missing or unknown grade is F: "cannot be judged". */
const grade = (v: JsonValue) => Reliability.catch('F').parse(v);

/** How far reprints are followed when the documents reprinted are not cited themselves. */
const REPRINT_DEPTH = 4;

/** Another database may hold anything in these properties: keep strings, show other scalars as text. */
const text = (v: JsonValue): string | null => (v === null ? null : typeof v === 'object' ? JSON.stringify(v) : String(v));

/**
 * Edges sit inside graphs, paths and rows of different shapes, so the citations are filled in
 * place: the caller passes every edge it is about to send, wherever it is.
 */
export async function fillProvenance(ctx: ReadContext, edges: Iterable<GraphEdge>): Promise<void> {
  const withClaims: GraphEdge[] = [];
  const citations: Citation[] = [];
  for (const edge of edges) {
    if (!edge.provenance) continue;
    withClaims.push(edge);
    citations.push(...edge.provenance);
  }
  const known = await fillCitations(ctx, citations);
  if (withClaims.length === 0) return;
  // The originals reprints point to, when they are not cited themselves: needed to trace a reprint to its origin.
  for (let depth = 0; depth < REPRINT_DEPTH; depth++) {
    const next = [...known.values()].map((d) => d.reprints).filter((k): k is string => !!k && !known.has(k));
    if (next.length === 0) break;
    const found = await lookUp(ctx, [...new Set(next)]);
    for (const k of next)
      known.set(
        k,
        found.get(k) ?? { key: k, id: '', title: null, publisher: null, date: null, reliability: 'F', kind: null, reprints: null },
      );
  }
  for (const edge of withClaims) edge.evidence = edgeEvidence(edge.provenance!, known);
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
    const doc: CachedDocument = {
      key: r.key,
      id: r.id,
      title: text(r.title),
      publisher: text(r.publisher),
      date: text(r.date),
      reliability: grade(r.reliability),
      kind: text(r.kind),
      reprints: typeof r.reprints === 'string' && r.reprints ? r.reprints : null,
    };
    ctx.documents?.set(ctx.database, doc);
    found.set(doc.key, doc);
  }
  return found;
}

/** The same for loose citations (a node's own evidence); answers the documents it found, by key. */
export async function fillCitations(ctx: ReadContext, citations: Citation[]): Promise<Map<string, CachedDocument>> {
  if (citations.length === 0) return new Map();
  const byKey = await lookUp(ctx, [...new Set(citations.map((c) => c.documentKey))]);
  for (const c of citations) {
    const d = byKey.get(c.documentKey);
    if (!d) continue;
    c.documentId = d.id;
    c.title = d.title;
    c.publisher = d.publisher;
    c.date = d.date;
    c.reliability = d.reliability;
    c.kind = d.kind;
    c.reprints = d.reprints;
  }
  return byKey;
}
