/** The database context of one request: the configured database, cut off when the client goes away. */
import type { Response } from 'express';
import type { AppDeps } from '../deps.ts';
import type { ReadContext } from '../db/read.ts';

export function readContext({ driver, config }: AppDeps, res: Response): ReadContext {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return { driver, database: config.NEO4J_DATABASE, signal: controller.signal };
}
