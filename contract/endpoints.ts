/**
 * The table of endpoints: one row per API operation, and the only place that says what each
 * one takes and answers. Built from it: the Express routes (server/routes/endpoint-router.ts
 * parses each input with the row's schemas), the OpenAPI document (server/openapi/) and the
 * page's HTTP client (client/api/http-api.ts, whose request types are inferred from the rows).
 *
 * Adding an endpoint is a row here plus a handler:
 *   1. its schemas in contract/api.ts (response schemas also in server/openapi/components.ts);
 *   2. a row below: method, path (Express syntax, `:id`), summary, params/query/body schemas,
 *      response schema, error statuses, limits;
 *   3. a handler under the same name in server/routes/handlers.ts (the type demands one).
 * The page gets `api.<name>(input, signal)` with no further code; test/unit/server/routes
 * compares what Express mounts with this table.
 */
import type { z } from 'zod';
import * as api from './api.ts';
import * as evidence from './contradictions.ts';
import * as authoring from './authoring.ts';
import * as cases from './cases.ts';
import { OntologyResponse } from './ontology.ts';

export interface Endpoint {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express path syntax, always under /api: `/api/nodes/:id`. */
  path: `/api/${string}`;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  /** Error statuses beyond the ones every endpoint may answer (401, 429, 431). */
  errors: readonly number[];
  /**
   * Runs under the fair-share limit (server/middleware/fair-share.ts): per client and in all, 429
   * at once when full. For requests whose cost the input does not bound (paths, an analyst's query).
   */
  expensive?: true;
  /**
   * A write: needs the editor token (server/middleware/editor-token.ts), 401 without it and 403
   * when the server has none. Runs all or nothing in one write transaction.
   */
  editor?: true;
  /** The bounds the input schemas enforce, by name (documented in OpenAPI as x-limits). */
  limits?: Readonly<Record<string, number>>;
}

export const ENDPOINTS = {
  schema: {
    method: 'get',
    path: '/api/schema',
    summary: 'Labels and relationship types with counts, property keys (sampled), and whether the full-text index exists',
    response: api.SchemaResponse,
    errors: [503],
  },
  ontology: {
    method: 'get',
    path: '/api/ontology',
    summary:
      'The vocabulary: labels with their caption, relationship types with family, symmetry, domain, range, properties and narration; `applies` says whether this database was built on it',
    response: OntologyResponse,
    errors: [503],
  },
  overview: {
    method: 'get',
    path: '/api/overview',
    summary:
      'A first view of any database: labels with counts, the best-connected nodes, the dates it holds, whether it records provenance',
    response: api.OverviewResponse,
    errors: [503],
  },
  search: {
    method: 'get',
    path: '/api/search',
    summary:
      'Typeahead over the identifying properties of each label (chosen from the data), ranked; `matched`/`matchedProperty` say what matched, `subtitle` tells apart equal captions',
    query: api.SearchQuery,
    response: api.SearchResponse,
    errors: [400, 503],
    limits: { limit: api.LIMITS.searchResults, labels: api.LIMITS.listItems },
  },
  nodeDetails: {
    method: 'get',
    path: '/api/nodes/:id',
    summary: 'A node, its degree by relationship type and direction, and the documents that support it',
    params: api.NodeParams,
    response: api.NodeDetails,
    errors: [400, 404, 503],
  },
  neighbors: {
    method: 'get',
    path: '/api/nodes/:id/neighbors',
    summary: 'One-hop expansion, filtered and capped; `total` counts every match',
    params: api.NodeParams,
    query: api.NeighborsQuery,
    response: api.NeighborsResponse,
    errors: [400, 404, 503],
    limits: { limit: api.LIMITS.neighbors, types: api.LIMITS.listItems, labels: api.LIMITS.listItems },
  },
  paths: {
    method: 'get',
    path: '/api/paths',
    summary:
      'Paths between two nodes ranked by meaning (best of the shortest, all shortest, or k of the shortest simple paths), each with its score and its hops told with validity, family, narration and every citation',
    query: api.PathsQuery,
    response: api.PathsResponse,
    expensive: true,
    errors: [400, 404, 422, 503],
    limits: { maxHops: api.LIMITS.maxHops, k: api.LIMITS.pathsK, types: api.LIMITS.listItems, budget: api.LIMITS.pathsBudget },
  },
  connect: {
    method: 'post',
    path: '/api/paths/connect',
    summary:
      'The smallest cited network joining three or more entities (best path per pair, a spanning tree over the pairs), each link a ranked path',
    body: api.ConnectRequest,
    response: api.ConnectResponse,
    expensive: true,
    errors: [400, 404, 413, 415, 422, 503],
    limits: { ids: api.LIMITS.connectIds, maxHops: api.LIMITS.maxHops, types: api.LIMITS.listItems },
  },
  documents: {
    method: 'get',
    path: '/api/documents',
    summary: 'The sources',
    query: api.DocumentsQuery,
    response: api.DocumentsResponse,
    errors: [400, 503],
    limits: { limit: api.LIMITS.documents },
  },
  document: {
    method: 'get',
    path: '/api/documents/:id',
    summary: 'One source (by element id or key), its text, and the claims it supports',
    params: api.DocumentParams,
    response: api.DocumentResponse,
    errors: [400, 404, 503],
  },
  gradeDocument: {
    method: 'patch',
    path: '/api/documents/:id',
    summary:
      'An editor grades a source (by element id or key): its reliability A-F, kind or publisher; every edge citing it gets its confidence from the new grade',
    params: api.DocumentParams,
    body: evidence.DocumentGradeRequest,
    response: evidence.DocumentGradeResponse,
    editor: true,
    errors: [400, 403, 404, 413, 415, 503],
  },
  contradictions: {
    method: 'get',
    path: '/api/contradictions',
    summary:
      'Relationships that contradict each other (opposing families or a negated type between the same two entities over overlapping time, or claims that deny a relationship), with both sides’ citations and the verdicts recorded on them',
    query: evidence.ContradictionsQuery,
    response: evidence.ContradictionsResponse,
    errors: [400, 503],
    limits: { limit: evidence.CONTRADICTIONS_CAP },
  },
  recordVerdict: {
    method: 'post',
    path: '/api/verdicts',
    summary: "An editor's verdict on a contradiction: which side holds (first, second or neither) and why, kept with its author and time",
    body: evidence.VerdictRequest,
    response: evidence.VerdictResponse,
    editor: true,
    errors: [400, 403, 404, 413, 415, 503],
  },
  reverseVerdict: {
    method: 'delete',
    path: '/api/verdicts/:id',
    summary: 'Reverses a verdict: it is kept, marked with who reversed it and when; the contradiction is open again',
    params: evidence.VerdictParams,
    response: evidence.VerdictResponse,
    editor: true,
    errors: [400, 403, 404, 409, 503],
  },
  elements: {
    method: 'post',
    path: '/api/elements',
    summary: 'The nodes and relationships of a shared view by element id (what no longer exists is absent), with provenance on every edge',
    body: api.ElementsRequest,
    response: api.ElementsResponse,
    errors: [400, 413, 415, 503],
    limits: { nodes: api.LIMITS.elementIds, edges: api.LIMITS.elementIds },
  },
  relationshipsAmong: {
    method: 'post',
    path: '/api/relationships/among',
    summary:
      'The relationships between newly added nodes and the nodes already on the canvas (as Neo4j Browser connects an expansion), capped, with provenance on every edge',
    body: api.RelationshipsAmongRequest,
    response: api.RelationshipsAmongResponse,
    errors: [400, 413, 415, 503],
    limits: { nodes: api.LIMITS.elementIds, among: api.LIMITS.elementIds, limit: api.LIMITS.relationshipsAmong },
  },
  cypher: {
    method: 'post',
    path: '/api/cypher',
    summary: "An analyst's own read-only query: refused (403) unless the server's plan only reads; bounded in time, rows and bytes",
    body: api.CypherRequest,
    response: api.CypherResponse,
    expensive: true,
    errors: [400, 403, 413, 415, 422, 503],
    limits: { queryChars: api.LIMITS.cypherQueryChars, limit: api.LIMITS.cypherRows },
  },
  cypherSignatures: {
    method: 'get',
    path: '/api/cypher/signatures',
    summary:
      "The server's Cypher functions and procedures with their signatures, argument and return descriptions (SHOW FUNCTIONS, SHOW PROCEDURES), for the editor's signature help; the same for as long as the server's version is",
    response: api.CypherSignaturesResponse,
    errors: [503],
  },
  cases: {
    method: 'get',
    path: '/api/cases',
    summary: 'The saved cases (investigations), most recently changed first, without their content',
    response: cases.CasesResponse,
    errors: [503],
    limits: { cases: cases.CASE_LIMITS.cases },
  },
  createCase: {
    method: 'post',
    path: '/api/cases',
    summary: 'Saves a new case: its title, scene, traced paths, notes and annotations',
    body: cases.CreateCaseRequest,
    response: cases.CaseResponse,
    editor: true,
    errors: [400, 403, 413, 415, 503],
    limits: { ...cases.CASE_LIMITS },
  },
  getCase: {
    method: 'get',
    path: '/api/cases/:id',
    summary: 'One case with its content; `missing` names the elements it holds that the database no longer has',
    params: cases.CaseParams,
    response: cases.CaseResponse,
    errors: [400, 404, 503],
  },
  saveCase: {
    method: 'put',
    path: '/api/cases/:id',
    summary: "Replaces a case's content (and title, when given)",
    params: cases.CaseParams,
    body: cases.SaveCaseRequest,
    response: cases.CaseResponse,
    editor: true,
    errors: [400, 403, 404, 413, 415, 503],
    limits: { ...cases.CASE_LIMITS },
  },
  renameCase: {
    method: 'patch',
    path: '/api/cases/:id',
    summary: 'Renames a case',
    params: cases.CaseParams,
    body: cases.RenameCaseRequest,
    response: cases.CaseResponse,
    editor: true,
    errors: [400, 403, 404, 415, 503],
  },
  duplicateCase: {
    method: 'post',
    path: '/api/cases/:id/duplicate',
    summary: 'A copy of a case under a new id (and the given title, else the same one)',
    params: cases.CaseParams,
    body: cases.DuplicateCaseRequest,
    response: cases.CaseResponse,
    editor: true,
    errors: [400, 403, 404, 415, 503],
  },
  deleteCase: {
    method: 'delete',
    path: '/api/cases/:id',
    summary: 'Deletes a case',
    params: cases.CaseParams,
    response: cases.CaseDeleted,
    editor: true,
    errors: [400, 403, 404, 503],
  },
  session: {
    method: 'get',
    path: '/api/session',
    summary:
      'What this page may do: whether it may edit, and how editing is enabled; on the local setup (EDITOR_COOKIE) it hands the editor token over as an HttpOnly cookie',
    response: api.SessionResponse,
    errors: [],
  },
  addDocument: {
    method: 'post',
    path: '/api/documents',
    summary:
      'Adds a source: pasted or uploaded text, Markdown or HTML (reduced to text on the server), stored whole as a Document with a change set; the same text twice is refused (409, with the one already there)',
    body: authoring.NewDocumentRequest,
    response: authoring.NewDocumentResponse,
    editor: true,
    errors: [400, 409, 413, 415, 503],
    limits: { documentChars: authoring.AUTHORING_LIMITS.documentChars },
  },
  reading: {
    method: 'get',
    path: '/api/documents/:id/reading',
    summary:
      "A document's sentences, the mentions of known entities (any alias, ignoring case and diacritics) and proper names no entity has yet (suggested new entities, by wink-nlp)",
    params: api.DocumentParams,
    response: authoring.ReadingResponse,
    errors: [400, 404, 503],
  },
  commitChangeSet: {
    method: 'post',
    path: '/api/changesets',
    summary:
      'Commits new entities and cited claims (exact quote with its offsets, ontology-checked) in one transaction, all or nothing, as a change set with author and time',
    body: authoring.ChangeSetRequest,
    response: authoring.ChangeSetResponse,
    editor: true,
    errors: [400, 413, 415, 422, 503],
    limits: { entities: authoring.AUTHORING_LIMITS.entities, claims: authoring.AUTHORING_LIMITS.claims },
  },
  changeSets: {
    method: 'get',
    path: '/api/changesets',
    summary: 'Every change set, newest first: who, when, what it added, whether it was reverted',
    query: authoring.ChangeSetsQuery,
    response: authoring.ChangeSetsResponse,
    errors: [400, 503],
  },
  revertChangeSet: {
    method: 'post',
    path: '/api/changesets/:id/revert',
    summary: 'Removes exactly what a change set added, in one transaction; refused (409, naming them) while later change sets build on it',
    params: authoring.ChangeSetParams,
    response: authoring.ChangeSetResponse,
    editor: true,
    errors: [400, 404, 409, 503],
  },
  exportGraph: {
    method: 'get',
    path: '/api/export',
    summary:
      'The whole knowledge graph in the import format (documents with their text, entities, relationships with their claims): `npm run import` loads it into an empty database as it was',
    response: authoring.ExportResponse,
    expensive: true,
    errors: [503],
  },
  openApi: {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    response: api.OpenApiDocument,
    errors: [],
  },
} as const satisfies Record<string, Endpoint>;

export type Endpoints = typeof ENDPOINTS;
export type EndpointName = keyof Endpoints;

type Schema<E, P extends string> = E extends { [k in P]: infer S extends z.ZodType } ? S : undefined;
type In<E, P extends string> = Schema<E, P> extends z.ZodType ? z.input<Schema<E, P>> : unknown;
type Out<E, P extends string> = Schema<E, P> extends z.ZodType ? z.output<Schema<E, P>> : undefined;
type Sent<K extends EndpointName> = In<Endpoints[K], 'params'> & In<Endpoints[K], 'query'> & In<Endpoints[K], 'body'>;

/** What a client sends: path parameters, query and body fields in one object (void: nothing). */
export type RequestOf<K extends EndpointName> = unknown extends Sent<K> ? void : Sent<K>;

/** What a handler receives: each part parsed by its schema (undefined where the row has none). */
export interface ParsedInput<K extends EndpointName> {
  params: Out<Endpoints[K], 'params'>;
  query: Out<Endpoints[K], 'query'>;
  body: Out<Endpoints[K], 'body'>;
}

export type ResponseOf<K extends EndpointName> = z.output<Endpoints[K]['response']>;

/** Every row as an Endpoint, with its name, for code that walks the table. */
export function endpointRows(): Array<Endpoint & { name: EndpointName }> {
  return (Object.entries(ENDPOINTS) as Array<[EndpointName, Endpoint]>).map(([name, e]) => ({ name, ...e }));
}

/** The path's parameter names, in order: `/api/nodes/:id/neighbors` → ['id']. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
}
