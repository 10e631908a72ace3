/** Mounts the /api routers. */
import { Router } from 'express';
import type { AppDeps } from '../deps.ts';
import { cypherRouter } from './cypher.ts';
import { exploreRouter } from './explore.ts';
import { openApiRouter } from './openapi.ts';

export function apiRouter(deps: AppDeps): Router {
  const router = Router();
  router.use(exploreRouter(deps));
  router.use(cypherRouter(deps));
  router.use(openApiRouter());
  return router;
}
