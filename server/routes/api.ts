/** The /api router: every endpoint of the table (contract/endpoints.ts) with its handler. */
import type { Router } from 'express';
import type { AppDeps } from '../deps.ts';
import { endpointRouter } from './endpoint-router.ts';
import { handlers } from './handlers.ts';
import { requireEditor } from '../middleware/editor-token.ts';

export function apiRouter(deps: AppDeps): Router {
  return endpointRouter(handlers(deps), { editor: requireEditor(deps.config.EDITOR_TOKEN) });
}
