/**
 * The API contract: request and response schemas of every endpoint, shared by the server
 * (which validates with them and generates the OpenAPI document from them) and the client.
 */
import { z } from 'zod';
import { Citation, Graph, GraphEdge, GraphNode, JsonValue } from './graph.ts';
import { Family } from './ontology.ts';

export { Citation, Graph, GraphEdge, GraphNode, JsonValue };

/** The one error shape. */
export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

const csv = <T extends z.ZodType<string, string>>(item: T) =>
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
  /** Entities in one POST /api/paths/connect (each pair is one path search). */
  connectIds: 8,
  /** Relationships one path request's search may follow (its expansion budget). */
  pathsBudget: 200_000,
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

// GET /api/paths, POST /api/paths/connect
export const PathMode = z.enum(['shortest', 'allShortest', 'k']);
/** What a path search may cross and on which day; shared by a pair's trace and a connecting network. */
const pathFilters = {
  maxHops: z.coerce.number<number>().int().min(1).max(LIMITS.maxHops).default(4),
  /** Only these relationship types (none: any). */
  types: csv(NameParam.clone()).optional(),
  /** Never these relationship types. */
  excludeTypes: csv(NameParam.clone()).optional(),
  /** Only relationship types of these ontology families (none: any). */
  families: csv(Family.clone()).optional(),
  /** Never relationship types of these ontology families. */
  excludeFamilies: csv(Family.clone()).optional(),
  /** Cross attribution edges (a spokesperson speaks for a state): left out unless asked for. */
  withAttribution: flag.default(false),
  /** Only relationships valid on this day (validity, and point events that had happened). */
  asOf: isoDate.optional(),
  /** Consecutive hops whose validity intervals overlap, so the whole chain could have held at one time. */
  timeRespecting: flag.default(false),
  /** Follow each relationship's direction (a route from A to B, not back). */
  directed: flag.default(false),
  /** Never pass through these nodes (a hub that explains nothing, a node the analyst has ruled out). */
  avoid: csv(ElementId.clone()).optional(),
};
export const PathsQuery = z.object({
  from: ElementId,
  to: ElementId,
  ...pathFilters,
  mode: PathMode.default('shortest'),
  k: z.coerce.number<number>().int().min(1).max(LIMITS.pathsK).default(5),
  /** Keep paths that differ only in which of two opposite parallel relationships they take. */
  keepParallel: flag.default(false),
  /** How many relationships the search may follow before it answers "not found within the budget" (default 20,000). */
  budget: z.coerce.number<number>().int().min(10).max(LIMITS.pathsBudget).optional(),
});

/** One end of a validity interval: the day, how precisely the source gives it, and whether it is inferred. */
export const ValidityBound = z.object({
  date: z.string(),
  precision: z.enum(['year', 'month', 'day']).nullable(),
  inferred: z.boolean(),
});
/** One hop of a path, in the order the path walks it; its citations are the edge's `provenance` (all of them). */
export const PathHop = z.object({
  edge: z.string(),
  /** The node the hop leaves and the one it reaches, in walking order. */
  from: z.string(),
  to: z.string(),
  /** True when the walk follows the stored direction. */
  forward: z.boolean(),
  /** The type's ontology family; null for a type the ontology does not name (another database). */
  family: Family.nullable(),
  /** The ontology's narration, filled with the two captions ("Georgia is a member of the CSTO"); neutral for an unknown type. */
  narration: z.string(),
  /** validFrom/validTo of a lasting relationship; a point event's `date` as both ends; null ends are open. */
  validity: z.object({ from: ValidityBound.nullable(), to: ValidityBound.nullable() }),
  /** True when the relationship had ended before the reference day (asOf, else today). */
  ended: z.boolean(),
  /** Distinct documents citing it (the ranking's "independent sources"). */
  sources: z.number().int(),
  /** How many of its citations name both ends; those come first in the edge's provenance. */
  namingBoth: z.number().int(),
});
/** A path's rank: lower total first; the parts add up to it (README, "How paths are ranked"). */
export const PathScore = z.object({
  total: z.number(),
  hops: z.number(),
  evidence: z.number(),
  ended: z.number(),
  hubs: z.number(),
});
export const PathJson = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  hops: z.array(PathHop),
  score: PathScore,
});
/** What a path search looked through, so "no path" says what it means. */
export const PathSearch = z.object({
  maxHops: z.number(),
  directed: z.boolean(),
  asOf: z.string().nullable(),
  timeRespecting: z.boolean(),
  /** null: any type. */
  types: z.array(z.string()).nullable(),
  excludedTypes: z.array(z.string()),
  /** Nodes no path may pass through. */
  avoided: z.array(z.string()),
  /** How many candidate paths were ranked. */
  candidates: z.number(),
  /**
   * The bidirectional search run first: `found` (at `distance` hops), `unreachable` (proven: no
   * path within maxHops), or `budget` (it followed `budget` relationships without deciding).
   */
  outcome: z.enum(['found', 'unreachable', 'budget']),
  distance: z.number().nullable(),
  budget: z.number(),
  /** Relationships followed, and distinct nodes reached from both ends. */
  expanded: z.number(),
  visited: z.number(),
});
export const PathsResponse = z.object({
  paths: z.array(PathJson),
  /** True when more paths matched than are returned (the mode's one, k, or the cap of all-shortest). */
  capped: z.boolean().optional(),
  /** How many paths the request could return at most. */
  limit: z.number().optional(),
  searched: PathSearch,
});
export type PathHop = z.infer<typeof PathHop>;
export type PathScore = z.infer<typeof PathScore>;
export type PathJson = z.infer<typeof PathJson>;
export type PathSearch = z.infer<typeof PathSearch>;
export type PathsResponse = z.infer<typeof PathsResponse>;

/** POST /api/paths/connect: the smallest cited network joining three or more entities. */
export const ConnectRequest = z.strictObject({
  ids: z
    .array(ElementId)
    .min(3, 'name at least three entities (two: GET /api/paths)')
    .max(LIMITS.connectIds)
    .refine((ids) => new Set(ids).size === ids.length, 'names an entity twice'),
  maxHops: z.number().int().min(1).max(LIMITS.maxHops).default(4),
  asOf: isoDate.optional(),
  withAttribution: z.boolean().default(false),
  timeRespecting: z.boolean().default(false),
  directed: z.boolean().default(false),
  types: z.array(NameParam).max(LIMITS.listItems).optional(),
  excludeTypes: z.array(NameParam).max(LIMITS.listItems).optional(),
  families: z.array(Family).max(LIMITS.listItems).optional(),
  excludeFamilies: z.array(Family).max(LIMITS.listItems).optional(),
  avoid: z.array(ElementId).max(LIMITS.listItems).optional(),
});
export const ConnectResponse = z.object({
  /** The network: every node and edge of the chosen paths, without duplicates. */
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  /** The pairs whose best paths make up the network (a spanning tree over the entities), each as a path. */
  links: z.array(z.object({ from: z.string(), to: z.string(), path: PathJson })),
  /** Entities no path within maxHops reaches from the others. */
  unconnected: z.array(z.string()),
  searched: PathSearch.pick({
    maxHops: true,
    directed: true,
    asOf: true,
    timeRespecting: true,
    types: true,
    excludedTypes: true,
    avoided: true,
  }).extend({
    /** Pairs searched; their summed expansions. */
    pairs: z.number(),
    expanded: z.number(),
  }),
});
export type ConnectRequest = z.infer<typeof ConnectRequest>;
export type ConnectResponse = z.infer<typeof ConnectResponse>;

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
/**
 * A step of the server's plan (EXPLAIN), with what it did when the query was profiled (PROFILE).
 * Page cache figures and time are given only when the server measured them (the runtime decides).
 */
export interface QueryPlan {
  operator: string;
  details: string | null;
  identifiers: string[];
  estimatedRows: number | null;
  rows?: number;
  dbHits?: number;
  pageCacheHits?: number;
  pageCacheMisses?: number;
  /** Time spent in this operator, in milliseconds (the server reports nanoseconds). */
  timeMs?: number;
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
    pageCacheHits: z.number().optional(),
    pageCacheMisses: z.number().optional(),
    timeMs: z.number().optional(),
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

// GET /api/cypher/signatures: the server's functions and procedures, in the shape Neo4j's
// language support (@neo4j-cypher/language-support's DbSchema) takes for signature help.
const ArgumentDescription = z.object({
  name: z.string(),
  description: z.string(),
  type: z.string(),
  isDeprecated: z.boolean(),
  default: z.string().optional(),
});
export const CypherFunction = z.object({
  name: z.string(),
  category: z.string(),
  description: z.string(),
  isBuiltIn: z.boolean(),
  argumentDescription: z.array(ArgumentDescription),
  returnDescription: z.string(),
  signature: z.string(),
  aggregating: z.boolean(),
  isDeprecated: z.boolean(),
  deprecatedBy: z.string().optional(),
});
export const CypherProcedure = z.object({
  name: z.string(),
  description: z.string(),
  mode: z.enum(['READ', 'DBMS', 'SCHEMA', 'WRITE', 'DEFAULT']),
  worksOnSystem: z.boolean(),
  argumentDescription: z.array(ArgumentDescription),
  returnDescription: z.array(ArgumentDescription.omit({ default: true })),
  signature: z.string(),
  admin: z.boolean(),
  option: z.looseObject({ deprecated: z.boolean() }),
  deprecatedBy: z.string().optional(),
});
export const CypherSignaturesResponse = z.object({
  /** The server's agent ("Neo4j/5.26.0"): the lists change only with it. */
  serverVersion: z.string(),
  functions: z.array(CypherFunction),
  procedures: z.array(CypherProcedure),
});
export type CypherFunction = z.infer<typeof CypherFunction>;
export type CypherProcedure = z.infer<typeof CypherProcedure>;
export type CypherSignaturesResponse = z.infer<typeof CypherSignaturesResponse>;

// GET /api/openapi.json
// --- Session: what this page may do ---
export const SessionResponse = z.object({
  /** This request may write (it carries the editor token, or has just been given the cookie). */
  editor: z.boolean(),
  /** `off`: the server has no editor token; `token`: writes need X-Editor-Token; `cookie`: the local page gets it as a cookie. */
  editing: z.enum(['off', 'token', 'cookie']),
});

export const OpenApiDocument = z.looseObject({ openapi: z.string() }).meta({ description: 'An OpenAPI 3.1 document' });

/** A Cypher error's position, when Neo4j gives one (400 cypher_syntax_error details). */
export const CypherErrorDetails = z.object({
  neo4jCode: z.string().optional(),
  gqlStatus: z.string().optional(),
  position: z.object({ offset: z.number(), line: z.number(), column: z.number() }).optional(),
});
