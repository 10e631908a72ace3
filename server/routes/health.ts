/** /healthz: the process is up. /readyz: the database answers, with its version. */
import { Router } from 'express';
import type { AppDeps } from '../deps.ts';
import { readRows } from '../db/read.ts';
import { toJson } from '../db/mapper.ts';
import { HttpError } from '../errors.ts';

export function healthRouter({ driver, config, logger }: AppDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      const ctx = { driver, database: config.NEO4J_DATABASE, timeoutMs: 3000, waitMs: config.DB_WAIT_MS };
      const [row] = await readRows(ctx, 'server-version');
      res.json({ status: 'ready', database: { name: config.NEO4J_DATABASE, ...(toJson(row) as object) } });
    } catch (e) {
      // Our own errors' messages are written for the client; a raw driver message can name
      // hosts, ports and the routing table, so it goes to the log only.
      if (!(e instanceof HttpError)) logger.warn({ err: e }, 'readiness check failed');
      const reason = e instanceof HttpError ? e.message : 'The database is not reachable right now';
      res
        .status(503)
        .set('Retry-After', '5')
        .json({ error: { code: 'database_unavailable', message: reason } });
    }
  });
  return router;
}
