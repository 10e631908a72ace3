/** The database context of one request: the configured database, cut off when the client goes away. */
import type { Response } from 'express';
import type { AppDeps } from '../deps.ts';
import type { ReadContext } from '../db/read.ts';
import { requestIdOf } from '../middleware/request-id.ts';

/** An AbortSignal that fires when the client goes away before the answer is sent. */
export function clientSignal(res: Response): AbortSignal {
  const controller = new AbortController();
  // 'close' has already been emitted for a client that left while the request waited its turn.
  if (res.closed && !res.writableFinished) controller.abort();
  else {
    res.once('close', () => {
      if (!res.writableFinished) controller.abort();
    });
  }
  return controller.signal;
}

export function readContext({ driver, config, documents, profiles }: AppDeps, res: Response): ReadContext {
  const requestId = requestIdOf(res);
  return {
    driver,
    database: config.NEO4J_DATABASE,
    signal: clientSignal(res),
    waitMs: config.DB_WAIT_MS,
    timeoutMs: config.QUERY_TIMEOUT_MS,
    documents,
    profiles,
    ...(requestId ? { requestId } : {}),
  };
}
