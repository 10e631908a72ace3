/**
 * /healthz: the process is up. /readyz: the database answers, with its version. Readiness is
 * asked of the database at most once per READY_CACHE_MS whatever the traffic (concurrent probes
 * share one question), so the unauthenticated probe cannot be used to hammer the database.
 */
import { Router } from 'express';
import type { AppDeps } from '../deps.ts';
import { readRows } from '../db/read.ts';
import { toJson } from '../db/mapper.ts';
import { HttpError } from '../errors.ts';

export const READY_CACHE_MS = 1_500;

interface Readiness {
  status: number;
  body: unknown;
}

export function healthRouter({ driver, config, logger }: AppDeps): Router {
  const router = Router();
  let cached: { at: number; answer: Promise<Readiness> } | undefined;

  const ask = async (): Promise<Readiness> => {
    try {
      const ctx = { driver, database: config.NEO4J_DATABASE, timeoutMs: 3000, waitMs: config.DB_WAIT_MS };
      const [row] = await readRows(ctx, 'server-version');
      return { status: 200, body: { status: 'ready', database: { name: config.NEO4J_DATABASE, ...(toJson(row) as object) } } };
    } catch (e) {
      // Our own errors' messages are written for the client; a raw driver message can name
      // hosts, ports and the routing table, so it goes to the log only.
      if (!(e instanceof HttpError)) logger.warn({ err: e }, 'readiness check failed');
      const reason = e instanceof HttpError ? e.message : 'The database is not reachable right now';
      return { status: 503, body: { error: { code: 'database_unavailable', message: reason } } };
    }
  };

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    // The clock starts when the question is answered, so a slow answer is not asked again at once.
    if (!cached || (cached.at > 0 && Date.now() - cached.at > READY_CACHE_MS)) {
      const entry = { at: 0, answer: ask() };
      void entry.answer.then(() => (entry.at = Date.now()));
      cached = entry;
    }
    const { status, body } = await cached.answer;
    if (status !== 200) res.set('Retry-After', '5');
    res.set('Cache-Control', 'no-store').status(status).json(body);
  });
  return router;
}
