/** Mounts the /api routers. */
import { Router } from 'express';
import type { AppDeps } from '../deps.ts';

export function apiRouter(_deps: AppDeps): Router {
  const router = Router();
  return router;
}
