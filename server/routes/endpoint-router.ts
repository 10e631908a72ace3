/**
 * Mounts every row of the endpoint table on one router: each part of a request is parsed with
 * the row's schema (a 400 names each bad parameter), then the row's handler answers.
 */
import { Router, type RequestHandler } from 'express';
import { endpointRows, type EndpointName, type ParsedInput } from '../../contract/endpoints.ts';
import type { Handler, Handlers } from './handlers.ts';
import { parseInput } from './parse-input.ts';

/** The prefix every table path starts with; the router is mounted under it. */
export const API_PREFIX = '/api';

export interface RouterGuards {
  /** Runs before the handler of every row marked `editor` (the editor-token check). */
  editor: RequestHandler;
}

export function endpointRouter(handlers: Handlers, guards: RouterGuards): Router {
  const router = Router();
  for (const row of endpointRows()) {
    if (!row.path.startsWith(`${API_PREFIX}/`)) throw new Error(`endpoint ${row.name}: path ${row.path} is not under ${API_PREFIX}`);
    // The table and the handlers are keyed alike; the cast joins a row to its own handler.
    const handler = handlers[row.name] as Handler<EndpointName>;
    const before: RequestHandler[] = row.editor ? [guards.editor] : [];
    router[row.method](row.path.slice(API_PREFIX.length), ...before, async (req, res) => {
      const input = {
        params: row.params ? parseInput(row.params, req.params, 'path') : undefined,
        query: row.query ? parseInput(row.query, req.query, 'query string') : undefined,
        body: row.body ? parseInput(row.body, req.body ?? {}, 'request body') : undefined,
      };
      res.json(await handler(input as ParsedInput<EndpointName>, res));
    });
  }
  return router;
}
