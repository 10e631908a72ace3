/** /healthz: the process is up. /readyz: the database answers, with its version. */
import { Router } from 'express';
import type { AppDeps } from '../deps.ts';
import { readRows } from '../db/read.ts';
import { toJson } from '../db/mapper.ts';

export function healthRouter({ driver, config }: AppDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      const [row] = await readRows({ driver, database: config.NEO4J_DATABASE, timeoutMs: 3000 }, 'server-version');
      res.json({ status: 'ready', database: { name: config.NEO4J_DATABASE, ...(toJson(row) as object) } });
    } catch (e) {
      res
        .status(503)
        .set('Retry-After', '5')
        .json({
          error: { code: 'database_unavailable', message: `The database is not reachable: ${(e as Error).message}` },
        });
    }
  });
  return router;
}
