/** ExplorerApi over HTTP, built from the endpoint table: each request from its row, each answer checked against the row's schema. */
import type { z } from 'zod';
import { ErrorBody } from '../../contract/api.ts';
import { endpointRows, pathParamNames, type Endpoint } from '../../contract/endpoints.ts';
import { ApiError } from './api-error.ts';
import { askForToken, authHeaders, currentToken } from './api-token.ts';
import { editorHeaders } from './editor-token.ts';
import type { ExplorerApi } from './explorer-api.ts';

type Fields = Record<string, unknown>;

function queryString(q: Fields): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === '') continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The row's path with its parameters filled in, and the input fields left for the query or the body. */
function fillPath(e: Endpoint, input: Fields): { path: string; rest: Fields } {
  const rest = { ...input };
  let path: string = e.path;
  for (const name of pathParamNames(e.path)) {
    path = path.replace(`:${name}`, encodeURIComponent(String(rest[name])));
    delete rest[name];
  }
  return { path, rest };
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
    let body = await readJson(res);
    // A server with API_TOKEN set: ask once (unless a token came meanwhile), retry once with it.
    // (A write's 401 for the editor token is another matter: it is not the API token's to fix.)
    const needsApiToken = res.status === 401 && ErrorBody.safeParse(body).data?.error.code === 'unauthorized';
    if (needsApiToken && (currentToken() !== token || askForToken())) {
      res = await send(path, init);
      body = await readJson(res);
    }
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
  function request(e: Endpoint & { name: string }, input: Fields | void, signal?: AbortSignal): Promise<unknown> {
    const { path, rest } = fillPath(e, input ?? {});
    const method = e.method.toUpperCase();
    // GET /api/session is asked with the typed-in editor token, so it can say whether that token may edit.
    if (e.method === 'get')
      return call(e.response, path + queryString(rest), { method, signal, ...(e.name === 'session' ? { headers: editorHeaders() } : {}) });
    // A write without fields (a DELETE by id) sends no body at all.
    if (!e.body && Object.keys(rest).length === 0) return call(e.response, path, { method, headers: editorHeaders(), signal });
    const headers = { 'content-type': 'application/json', ...(e.editor ? editorHeaders() : {}) };
    return call(e.response, path, { method, body: JSON.stringify(rest), headers, signal });
  }

  // Each method's types come from its row (ExplorerApi); the table walk cannot carry them per key.
  return Object.fromEntries(
    endpointRows().map((e) => [e.name, (input: Fields | void, signal?: AbortSignal) => request(e, input, signal)]),
  ) as unknown as ExplorerApi;
}
