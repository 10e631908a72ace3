/**
 * The OpenAPI 3.1 document, generated from the endpoint table (contract/endpoints.ts) and the
 * same zod schemas the server validates with, so the document cannot drift from the code.
 */
import { z } from 'zod';
import { endpointRows, type Endpoint } from '../../contract/endpoints.ts';
import { COMPONENTS, PARAMETER_NOTES } from './components.ts';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function components(io: 'input' | 'output'): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io, uri: (id) => `#/components/schemas/${id}` });
  // Each component is a schema within this document, not a document of its own.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema as Json]));
}

function parameters(schema: z.ZodObject | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    ...(PARAMETER_NOTES[name] ? { description: PARAMETER_NOTES[name] } : {}),
    schema: s,
  }));
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid input (the message names each bad parameter)',
  401: 'A token is required (the server has API_TOKEN set): send Authorization: Bearer <token>',
  403: 'Refused: not a read-only query on this database',
  404: 'Not found',
  413: 'The request body is too large',
  415: 'The request body has an encoding the server does not read',
  422: 'The query ran past its time limit (query_timeout) or needs more memory than allowed (query_too_large)',
  408: 'The request body did not arrive within the body time-out',
  421: 'The Host is not a name this server answers for (loopback or ALLOWED_HOSTS)',
  429: 'Too many requests (rate_limited), or too many path searches and queries at once (too_many_expensive_requests): see Retry-After',
  503: 'The database is not reachable (see Retry-After)',
};

/** The component name of a table schema: every response must be a named component. */
function componentName(schema: z.ZodType): string {
  const found = Object.entries(COMPONENTS).find(([, s]) => s === schema);
  if (!found) throw new Error('an endpoint response schema is not among the OpenAPI components (server/openapi/components.ts)');
  return found[0];
}

/** Express's `/api/nodes/:id` as OpenAPI's `/api/nodes/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

function operation(e: Endpoint): Json {
  const responses: Json = { 200: { description: 'OK', content: { 'application/json': { schema: ref(componentName(e.response)) } } } };
  // Every operation can meet the host check, the token and the rate limit; a body its time-out.
  // A write also meets the editor check: 401 without the token, 403 when the server has none.
  for (const status of [...e.errors, ...(e.body ? [408] : []), ...(e.editor ? [403] : []), 401, 421, 429]) {
    responses[status] = { description: STATUS_TEXT[status] ?? 'Error', content: { 'application/json': { schema: ref('ErrorBody') } } };
  }
  // Node's HTTP parser answers this itself, with no body, before the app sees the request: a
  // query string of a few thousand non-ASCII characters, percent-encoded, passes its 16 KB.
  responses[431] = { description: 'The request line and headers are larger than the server reads (16 KB)' };
  return {
    summary: e.summary,
    parameters: [...parameters(e.params, 'path'), ...parameters(e.query, 'query')],
    ...(e.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: ref(`${componentName(e.body)}Input`) } } } }
      : {}),
    responses,
    ...(e.limits ? { 'x-limits': e.limits } : {}),
    ...(e.editor ? { security: [{ editorToken: [] }, { editorCookie: [] }] } : {}),
  };
}

type OpenApi = Json & { openapi: string };
let cached: OpenApi | undefined;

export function openApiDocument(): OpenApi {
  if (cached) return cached;
  const paths: Record<string, Json> = {};
  for (const e of endpointRows()) {
    const path = openApiPath(e.path);
    paths[path] = { ...paths[path], [e.method]: operation(e) };
  }
  const inputs = components('input');
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'Relationship explorer API',
      version: '0.1.0',
      description: 'Explore any Neo4j 5 database: schema, search, neighbours, paths with provenance, sources, and read-only Cypher.',
    },
    paths,
    components: {
      schemas: {
        ...components('output'),
        // Request bodies are described as the client sends them (defaults may be left out).
        ...Object.fromEntries(
          endpointRows().flatMap((e) => (e.body ? [[`${componentName(e.body)}Input`, inputs[componentName(e.body)]]] : [])),
        ),
      },
      // Writes (rows marked editor): the token as a header, or the local page's cookie (GET /api/session).
      securitySchemes: {
        editorToken: { type: 'apiKey', in: 'header', name: 'X-Editor-Token' },
        editorCookie: { type: 'apiKey', in: 'cookie', name: 'explorer_editor' },
      },
    },
  };
  return cached;
}
