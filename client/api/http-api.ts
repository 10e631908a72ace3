/** ExplorerApi over HTTP: builds each request, and checks each answer against the shared contract. */
import type { z } from 'zod';
import {
  CypherResponse,
  DocumentResponse,
  DocumentsResponse,
  ErrorBody,
  NeighborsResponse,
  NodeDetails,
  OverviewResponse,
  PathsResponse,
  SchemaResponse,
  SearchResponse,
} from '../../contract/api.ts';
import { ApiError } from './api-error.ts';
import { askForToken, authHeaders, currentToken } from './api-token.ts';
import type { ExplorerApi } from './explorer-api.ts';

type Query = Record<string, string | number | boolean | string[] | undefined>;

function queryString(q: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    params.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError(res.status, 'bad_response', `The server answered ${res.status} ${res.statusText} with something that is not JSON`);
  }
}

/** Creates the API client; `base` is the origin prefix ('' on the page itself). */
export function createHttpApi(base = ''): ExplorerApi {
  async function send(path: string, init: RequestInit): Promise<Response> {
    try {
      const headers = { accept: 'application/json', ...authHeaders(), ...(init.headers as Record<string, string> | undefined) };
      return await fetch(base + path, { ...init, headers });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new ApiError(0, 'network', 'Could not reach the server: check that it is running and try again');
    }
  }

  async function call<S extends z.ZodType>(schema: S, path: string, init: RequestInit & { signal?: AbortSignal }): Promise<z.infer<S>> {
    const token = currentToken();
    let res = await send(path, init);
    // A server with API_TOKEN set: ask once (unless a token came meanwhile), retry once with it.
    if (res.status === 401 && (currentToken() !== token || askForToken())) res = await send(path, init);
    const body = await readJson(res);
    if (!res.ok) {
      const err = ErrorBody.safeParse(body);
      if (err.success) throw new ApiError(res.status, err.data.error.code, err.data.error.message, err.data.error.details);
      throw new ApiError(res.status, 'http_error', `The server answered ${res.status} ${res.statusText}`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join('.') || '(top)'}: ${issue.message}` : 'unknown';
      throw new ApiError(
        res.status,
        'invalid_response',
        `The server's answer to ${path.split('?')[0]} does not match the contract (${where})`,
      );
    }
    return parsed.data;
  }
  const get = <S extends z.ZodType>(schema: S, path: string, signal?: AbortSignal) => call(schema, path, { method: 'GET', signal });
  const enc = encodeURIComponent;

  return {
    schema: (signal) => get(SchemaResponse, '/api/schema', signal),
    overview: (signal) => get(OverviewResponse, '/api/overview', signal),
    search: (req, signal) => get(SearchResponse, `/api/search${queryString({ q: req.q, labels: req.labels, limit: req.limit })}`, signal),
    nodeDetails: (id, signal) => get(NodeDetails, `/api/nodes/${enc(id)}`, signal),
    neighbors: (id, req, signal) =>
      get(
        NeighborsResponse,
        `/api/nodes/${enc(id)}/neighbors${queryString({ types: req.types, labels: req.labels, direction: req.direction, limit: req.limit, asOf: req.asOf })}`,
        signal,
      ),
    paths: (req, signal) =>
      get(
        PathsResponse,
        `/api/paths${queryString({ from: req.from, to: req.to, maxHops: req.maxHops, types: req.types, mode: req.mode, k: req.k, directed: req.directed })}`,
        signal,
      ),
    documents: (signal) => get(DocumentsResponse, '/api/documents', signal),
    document: (id, signal) => get(DocumentResponse, `/api/documents/${enc(id)}`, signal),
    cypher: (req, signal) =>
      call(CypherResponse, '/api/cypher', {
        method: 'POST',
        body: JSON.stringify(req),
        headers: { 'content-type': 'application/json' },
        signal,
      }),
  };
}
