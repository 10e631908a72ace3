/** The /api router: every endpoint of the table (contract/endpoints.ts) with its handler. */
import type { Router } from 'express';
import type { AppDeps } from '../deps.ts';
import { endpointRouter } from './endpoint-router.ts';
import { handlers } from './handlers.ts';

export function apiRouter(deps: AppDeps): Router {
  return endpointRouter(handlers(deps));
}
