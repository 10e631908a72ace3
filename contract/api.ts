/**
 * The API contract: request and response schemas of every endpoint, shared by the server
 * (which validates with them and generates the OpenAPI document from them) and the client.
 */
import { z } from 'zod';
import { Citation, Graph, GraphEdge, GraphNode, JsonValue } from './graph.ts';

export { Citation, Graph, GraphEdge, GraphNode, JsonValue };

/** The one error shape. */
export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

const csv = (item: z.ZodString) =>
  z
    .string()
    .max(2000)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(LIMITS.listItems));

/** The bounds the schemas below enforce, by name: the endpoint table (contract/endpoints.ts) lists them per endpoint. */
export const LIMITS = {
  searchResults: 100,
  neighbors: 1000,
  maxHops: 8,
  pathsK: 25,
  documents: 1000,
  cypherQueryChars: 20_000,
  cypherRows: 10_000,
  listItems: 50,
  /** Element ids in one POST /api/elements (a shared view's scene). */
  elementIds: 10_000,
  relationshipsAmong: 2_000,
} as const;

/** A list parameter as it travels in a query string (`a,b,c`); undefined for no list. */
export function listParam(items: readonly string[] | undefined): string | undefined {
  return items?.length ? items.join(',') : undefined;
}

/** A yes/no query parameter: "true"/"false" (or 1/0), never JavaScript's "any text is true". */
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Names of labels and types as the API accepts them (checked again against the live schema). */
export const NameParam = z.string().min(1).max(100);
export const ElementId = z.string().min(1).max(200);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real calendar date');

/** True for dates that exist (no February 30th); Neo4j's date() would fail on the others. */
function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d); // unlike Date.UTC, keeps years 0-99 as they are
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Path parameters: element ids are opaque strings such as "4:uuid:123". */
export const NodeParams = z.object({ id: ElementId });
export const DocumentParams = z.object({ id: ElementId });

// GET /api/schema
export const SchemaResponse = z.object({
  labels: z.array(
    z.object({
      label: z.string(),
      count: z.number(),
      properties: z.array(z.string()),
      /** The property this label's captions come from (measured, or the ontology's), null for none. */
      caption: z.string().nullable().optional(),
      /** True for a label every node carries: it says nothing about what a node is. */
      everyNode: z.boolean().optional(),
    }),
  ),
  relationshipTypes: z.array(z.object({ type: z.string(), count: z.number(), properties: z.array(z.string()) })),
  propertyKeys: z.array(z.string()),
  /** True when this database has the explorer's full-text index (seeded or imported by us). */
  hasFulltextIndex: z.boolean(),
});
export type SchemaResponse = z.infer<typeof SchemaResponse>;

// GET /api/overview
export const OverviewResponse = z.object({
  /** Labels with their node counts, biggest first; a label every node carries is left out. */
  labels: z.array(z.object({ label: z.string(), count: z.number() })),
  /** The best-connected nodes, most relationships first. */
  hubs: z.array(GraphNode.extend({ degree: z.number() })),
  /** The range of the dates the data holds (DATE values and YYYY-MM-DD strings), null when none. */
  dates: z
    .object({
      from: z.string(),
      to: z.string(),
      properties: z.array(z.object({ on: z.enum(['node', 'relationship']), name: z.string(), key: z.string() })),
    })
    .nullable(),
  /** Whether relationships record where they come from (a source and a quote). */
  provenance: z.boolean(),
});
export type OverviewResponse = z.infer<typeof OverviewResponse>;

// GET /api/search
export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(200),
  labels: csv(NameParam.clone()).optional(),
  limit: z.coerce.number<number>().int().min(1).max(LIMITS.searchResults).default(10),
});
export const SearchResult = GraphNode.extend({
  score: z.number(),
  /** The value that matched (a name, an alias, a code…), null when none of the searched properties did. */
  matched: z.string().nullable(),
  /** The property `matched` comes from. */
  matchedProperty: z.string().nullable().optional(),
  /** Tells apart results with the same caption ("born: 1815"); null when the caption is unique. */
  subtitle: z.string().nullable().optional(),
});
export const SearchResponse = z.object({ results: z.array(SearchResult) });
export type SearchResult = z.infer<typeof SearchResult>;
export type SearchResponse = z.infer<typeof SearchResponse>;

// GET /api/nodes/:id
/** `both`: a symmetric type (stored once, the same from either end), counted once. */
export const Degree = z.object({ type: z.string(), direction: z.enum(['out', 'in', 'both']), count: z.number() });
export const DocumentSummary = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  date: z.string().nullable(),
  language: z.string().nullable(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;
export const NodeDetails = z.object({
  node: GraphNode,
  degree: z.array(Degree),
  totalDegree: z.number(),
  documents: z.array(DocumentSummary),
  /** Where the node itself is named (its own `sources`/`quotes`), when the database records it. */
  provenance: z.array(Citation).optional(),
});
export type NodeDetails = z.infer<typeof NodeDetails>;

// GET /api/nodes/:id/neighbors
export const Direction = z.enum(['out', 'in', 'both']);
export const NeighborsQuery = z.object({
  types: csv(NameParam.clone()).optional(),
  labels: csv(NameParam.clone()).optional(),
  direction: Direction.default('both'),
  limit: z.coerce.number<number>().int().min(1).max(LIMITS.neighbors).default(50),
  asOf: isoDate.optional(),
});
export const NeighborsResponse = z.object({
  graph: Graph,
  /** How many relationships match in all; `graph` holds at most `limit` of them. */
  total: z.number(),
  truncated: z.boolean(),
});
export type NeighborsResponse = z.infer<typeof NeighborsResponse>;

// GET /api/paths
export const PathMode = z.enum(['shortest', 'allShortest', 'k']);
export const PathsQuery = z.object({
  from: ElementId,
  to: ElementId,
  maxHops: z.coerce.number<number>().int().min(1).max(LIMITS.maxHops).default(4),
  types: csv(NameParam.clone()).optional(),
  mode: PathMode.default('shortest'),
  k: z.coerce.number<number>().int().min(1).max(LIMITS.pathsK).default(5),
  /** Only relationships valid on this day (validity, and point events that had happened). */
  asOf: isoDate.optional(),
  /** Follow each relationship's direction (a route from A to B, not back). */
  directed: flag.default(false),
  /** Keep paths that differ only in which of two opposite parallel relationships they take. */
  keepParallel: flag.default(false),
});
export const PathJson = z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) });
export const PathsResponse = z.object({
  paths: z.array(PathJson),
  /** True when more paths matched than are returned (the mode's one, k, or the cap of all-shortest). */
  capped: z.boolean().optional(),
  /** How many paths the request could return at most. */
  limit: z.number().optional(),
});
export type PathJson = z.infer<typeof PathJson>;
export type PathsResponse = z.infer<typeof PathsResponse>;

// GET /api/documents, /api/documents/:id
export const DocumentsQuery = z.object({ limit: z.coerce.number<number>().int().min(1).max(LIMITS.documents).default(200) });
export const DocumentsResponse = z.object({ documents: z.array(DocumentSummary.extend({ claims: z.number() })) });
export const Claim = z.object({ edge: GraphEdge, source: GraphNode, target: GraphNode, quote: z.string() });
export const DocumentResponse = z.object({
  document: DocumentSummary.extend({ text: z.string().nullable(), properties: z.record(z.string(), JsonValue) }),
  claims: z.array(Claim),
});
export type DocumentsResponse = z.infer<typeof DocumentsResponse>;
export type DocumentResponse = z.infer<typeof DocumentResponse>;
export type Claim = z.infer<typeof Claim>;

// POST /api/elements
export const ElementsRequest = z.strictObject({
  nodes: z.array(ElementId).max(LIMITS.elementIds),
  edges: z.array(ElementId).max(LIMITS.elementIds).default([]),
});
export const ElementsResponse = z.object({ graph: Graph });
export type ElementsResponse = z.infer<typeof ElementsResponse>;

// POST /api/relationships/among
export const RelationshipsAmongRequest = z.strictObject({
  /** The nodes just put on the canvas. */
  nodes: z.array(ElementId).min(1).max(LIMITS.elementIds),
  /** Every node on the canvas (the new ones may be among them): relationships from `nodes` to these come back. */
  among: z.array(ElementId).max(LIMITS.elementIds),
  limit: z.number().int().min(1).max(LIMITS.relationshipsAmong).default(LIMITS.relationshipsAmong),
});
export const RelationshipsAmongResponse = z.object({
  edges: z.array(GraphEdge),
  /** More relationships matched than `limit`. */
  truncated: z.boolean(),
});
export type RelationshipsAmongResponse = z.infer<typeof RelationshipsAmongResponse>;

// POST /api/cypher
export const CypherRequest = z.strictObject({
  query: z.string().trim().min(1, 'must not be empty').max(LIMITS.cypherQueryChars),
  params: z.record(z.string(), JsonValue).default({}),
  limit: z.number().int().min(1).max(LIMITS.cypherRows).optional(),
});
/** A step of the server's plan (EXPLAIN), with what it did when the query was profiled (PROFILE). */
export interface QueryPlan {
  operator: string;
  details: string | null;
  identifiers: string[];
  estimatedRows: number | null;
  rows?: number;
  dbHits?: number;
  children: QueryPlan[];
}
export const QueryPlan: z.ZodType<QueryPlan> = z.lazy(() =>
  z.object({
    operator: z.string(),
    details: z.string().nullable(),
    identifiers: z.array(z.string()),
    estimatedRows: z.number().nullable(),
    rows: z.number().optional(),
    dbHits: z.number().optional(),
    children: z.array(QueryPlan),
  }),
);

export const CypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(JsonValue)),
  graph: Graph,
  summary: z.object({
    queryType: z.string(),
    resultAvailableAfterMs: z.number(),
    totalMs: z.number(),
    rows: z.number(),
    truncated: z.boolean(),
    truncatedReason: z.enum(['rows', 'bytes']).nullable(),
    counters: z.record(z.string(), z.number()),
    notifications: z.array(z.object({ code: z.string(), title: z.string(), description: z.string() })),
    /** The plan, for a query that began with EXPLAIN (not run) or PROFILE (run, with rows and db hits). */
    plan: QueryPlan.optional(),
  }),
});
export type CypherRequest = z.input<typeof CypherRequest>;
export type CypherResponse = z.infer<typeof CypherResponse>;

// GET /api/openapi.json
export const OpenApiDocument = z.looseObject({ openapi: z.string() }).meta({ description: 'An OpenAPI 3.1 document' });

/** A Cypher error's position, when Neo4j gives one (400 cypher_syntax_error details). */
export const CypherErrorDetails = z.object({
  neo4jCode: z.string().optional(),
  gqlStatus: z.string().optional(),
  position: z.object({ offset: z.number(), line: z.number(), column: z.number() }).optional(),
});
