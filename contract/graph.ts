/** The one JSON shape of graph data, shared by the server (which produces it) and the client. */
import { z } from 'zod';
import { Reliability } from './claims.ts';
import { EdgeEvidence } from './evidence.ts';

/** Plain JSON values: driver integers, temporals and spatials are mapped before they get here. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const JsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(JsonValue), z.record(z.string(), JsonValue)]),
);

export const Properties = z.record(z.string(), JsonValue);

export const GraphNode = z.object({
  /** The Neo4j element id (a string; never the numeric identity). */
  id: z.string(),
  labels: z.array(z.string()),
  /** A human caption picked from name-like properties, falling back to the first label. */
  caption: z.string(),
  properties: Properties,
  /** Properties whose long text was shortened for transport (the full value: its own endpoint or Cypher). */
  truncated: z.array(z.string()).optional(),
});

/** Where a relationship comes from: the document and the sentence that states it. */
export const Citation = z.object({
  documentKey: z.string(),
  documentId: z.string().nullable(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  date: z.string().nullable(),
  quote: z.string(),
  /** Character offsets of the quote in the document's stored text (-1: no stored text). */
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  /** The entity key of who says it, when the text attributes the words. */
  speaker: z.string().nullable().optional(),
  /** True when the narrator reports someone else's view ("according to …"), not a fact of its own. */
  attributed: z.boolean().optional(),
  /** Who holds the view when the text names no one ("many experts"). */
  attributedTo: z.string().nullable().optional(),
  /** 1 (confirmed) to 6 (cannot be judged). */
  credibility: z.number().int().min(1).max(6).optional(),
  /** True when the quote says the relationship does not hold (never counted as support). */
  denies: z.boolean().optional(),
  /** The document's grade A-F, kind, and the key of the document it reprints, when recorded. */
  reliability: Reliability.nullable().optional(),
  kind: z.string().nullable().optional(),
  reprints: z.string().nullable().optional(),
});

export const GraphEdge = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: Properties,
  provenance: z.array(Citation).optional(),
  /** Corroboration and confidence, on every edge that records provenance (contract/evidence.ts). */
  evidence: EdgeEvidence.optional(),
});

export const Graph = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
});

export type Properties = z.infer<typeof Properties>;
export type GraphNode = z.infer<typeof GraphNode>;
export type GraphEdge = z.infer<typeof GraphEdge>;
export type Citation = z.infer<typeof Citation>;
export type Graph = z.infer<typeof Graph>;
