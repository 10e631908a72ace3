/** POST /api/cypher: an analyst's own read-only query (the guard is in server/cypher-guard/). */
import { Router } from 'express';
import { CypherRequest } from '../../contract/api.ts';
import { runReadOnly } from '../cypher-guard/run-read-only.ts';
import type { AppDeps } from '../deps.ts';
import { parseInput } from './parse-input.ts';
import { readContext } from './read-context.ts';

export function cypherRouter(deps: AppDeps): Router {
  const router = Router();
  router.post('/cypher', async (req, res) => {
    const body = parseInput(CypherRequest, req.body ?? {}, 'request body');
    const { config } = deps;
    const ctx = {
      ...readContext(deps, res),
      timeoutMs: config.CYPHER_TIMEOUT_MS,
      maxRows: config.CYPHER_MAX_ROWS,
      maxBytes: config.CYPHER_MAX_BYTES,
    };
    res.json(await runReadOnly(ctx, body));
  });
  return router;
}
