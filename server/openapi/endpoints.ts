/** Every endpoint of the API with the contract schemas of its inputs and output (for OpenAPI). */
import type { z } from 'zod';
import * as api from '../../contract/api.ts';

export interface Endpoint {
  method: 'get' | 'post';
  /** OpenAPI path, e.g. /api/nodes/{id}. */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The component name of the 200 response schema. */
  response: string;
  errors: number[];
}

export const ENDPOINTS: Endpoint[] = [
  {
    method: 'get',
    path: '/api/schema',
    summary: 'Labels and relationship types with counts, property keys (sampled), and whether the full-text index exists',
    response: 'SchemaResponse',
    errors: [503],
  },
  {
    method: 'get',
    path: '/api/overview',
    summary:
      'A first view of any database: labels with counts, the best-connected nodes, the dates it holds, whether it records provenance',
    response: 'OverviewResponse',
    errors: [503],
  },
  {
    method: 'get',
    path: '/api/search',
    summary:
      'Typeahead over the identifying properties of each label (chosen from the data), ranked; `matched`/`matchedProperty` say what matched, `subtitle` tells apart equal captions',
    query: api.SearchQuery,
    response: 'SearchResponse',
    errors: [400, 503],
  },
  {
    method: 'get',
    path: '/api/nodes/{id}',
    summary: 'A node, its degree by relationship type and direction, and the documents that support it',
    params: api.NodeParams,
    response: 'NodeDetails',
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/nodes/{id}/neighbors',
    summary: 'One-hop expansion, filtered and capped; `total` counts every match',
    params: api.NodeParams,
    query: api.NeighborsQuery,
    response: 'NeighborsResponse',
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/paths',
    summary: 'Shortest, all shortest, or k shortest simple paths between two nodes, with provenance on every edge',
    query: api.PathsQuery,
    response: 'PathsResponse',
    errors: [400, 404, 422, 503],
  },
  {
    method: 'get',
    path: '/api/documents',
    summary: 'The sources',
    query: api.DocumentsQuery,
    response: 'DocumentsResponse',
    errors: [400, 503],
  },
  {
    method: 'get',
    path: '/api/documents/{id}',
    summary: 'One source (by element id or key), its text, and the claims it supports',
    params: api.DocumentParams,
    response: 'DocumentResponse',
    errors: [400, 404, 503],
  },
  {
    method: 'post',
    path: '/api/cypher',
    summary: "An analyst's own read-only query: refused (403) unless the server's plan only reads; bounded in time, rows and bytes",
    body: api.CypherRequest,
    response: 'CypherResponse',
    errors: [400, 403, 413, 415, 422, 503],
  },
  { method: 'get', path: '/api/openapi.json', summary: 'This document', response: 'OpenApiDocument', errors: [] },
];

/** Components of the document, by name. */
export const COMPONENTS: Record<string, z.ZodType> = {
  JsonValue: api.JsonValue,
  Citation: api.Citation,
  GraphNode: api.GraphNode,
  GraphEdge: api.GraphEdge,
  Graph: api.Graph,
  ErrorBody: api.ErrorBody,
  SchemaResponse: api.SchemaResponse,
  OverviewResponse: api.OverviewResponse,
  QueryPlan: api.QueryPlan,
  SearchResponse: api.SearchResponse,
  NodeDetails: api.NodeDetails,
  NeighborsResponse: api.NeighborsResponse,
  PathsResponse: api.PathsResponse,
  DocumentsResponse: api.DocumentsResponse,
  DocumentResponse: api.DocumentResponse,
  CypherRequest: api.CypherRequest,
  CypherResponse: api.CypherResponse,
  CypherErrorDetails: api.CypherErrorDetails,
};

/** Words for parameters whose schema alone does not say enough. */
export const PARAMETER_NOTES: Record<string, string> = {
  id: 'A Neo4j element id, e.g. "4:…:12" (URL-encode it)',
  labels: 'Comma-separated labels; a node needs one of them',
  types: 'Comma-separated relationship types',
  asOf: 'Keep only relationships valid on this date (validFrom/validTo)',
  q: 'Search text; punctuation is ignored',
  maxHops: 'Longest path to consider, 1 to 8',
  k: 'How many paths in mode k',
};
