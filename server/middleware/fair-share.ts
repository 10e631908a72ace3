/**
 * Fair share of the database: expensive requests (a path search, an analyst's query) run under
 * a concurrency limit per client and in all, below the driver's connection pool, so one client
 * cannot fill the pool or the database's cores and cheap requests (search, expansion, details)
 * always find a connection. A request over a limit is answered 429 with Retry-After at once,
 * never queued. A slot is held until the request's transactions are gone from the server, not
 * just until the answer is sent: a search past its limit can run on after the answer.
 */
import type { RequestHandler } from 'express';
import { endpointRows } from '../../contract/endpoints.ts';
import type { Driver } from '../db/driver.ts';
import { HttpError } from '../errors.ts';
import { transactionsGone } from '../db/request-transactions.ts';
import { requestIdOf } from './request-id.ts';

/** Paths under /api that count as expensive: the rows of the endpoint table marked `expensive`. */
export const EXPENSIVE_ROUTES: readonly RegExp[] = endpointRows()
  .filter((e) => e.expensive)
  .map((e) => new RegExp(`^${e.path.slice('/api'.length).replace(/:\w+/g, '[^/]+')}$`));

/** How long a slot waits for a request's leftover transactions before it is freed anyway. */
const LEFTOVER_WAIT_MS = 60_000;

export interface FairShareLimits {
  perClient: number;
  total: number;
}

/** Counts of running expensive requests, per client and in all. */
export class ConcurrencyLimiter {
  private readonly running = new Map<string, number>();
  private all = 0;
  constructor(readonly limits: FairShareLimits) {}

  /** A release function, or the limit that is full. */
  tryAcquire(client: string): (() => void) | 'client' | 'total' {
    const mine = this.running.get(client) ?? 0;
    if (mine >= this.limits.perClient) return 'client';
    if (this.all >= this.limits.total) return 'total';
    this.running.set(client, mine + 1);
    this.all += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.all -= 1;
      const left = (this.running.get(client) ?? 1) - 1;
      if (left > 0) this.running.set(client, left);
      else this.running.delete(client);
    };
  }

  get size(): number {
    return this.all;
  }
}

const isExpensive = (path: string) => EXPENSIVE_ROUTES.some((route) => route.test(path));

export interface FairShareDeps {
  limiter: ConcurrencyLimiter;
  driver: Driver;
  database: string;
}

/** Mounted on /api after the request id; the client is its address (req.ip: see trust proxy). */
export function fairShare({ limiter, driver, database }: FairShareDeps): RequestHandler {
  return (req, res, next) => {
    if (!isExpensive(req.path)) return next();
    const client = req.ip ?? 'unknown';
    const release = limiter.tryAcquire(client);
    if (typeof release === 'string') {
      const { perClient, total } = limiter.limits;
      const which = release === 'client' ? `${perClient} per client` : `${total} for all clients`;
      return next(
        new HttpError(
          429,
          'too_many_expensive_requests',
          `Too many path searches and queries at once (the limit is ${which}): retry when one has finished`,
          { limit: release === 'client' ? perClient : total, scope: release },
          { 'Retry-After': '2' },
        ),
      );
    }
    res.once('close', () => {
      const requestId = requestIdOf(res);
      // A finished answer below 422 had its transactions committed or rolled back; a timeout, an
      // abort or a server error may have left one running on the server. A 503 did not: the
      // database was out of reach (no transaction began, or its connection, and with it the
      // transaction, is gone), and asking it again would hold the slot for the length of a wait.
      const mayHaveLeftovers = !res.writableFinished || (res.statusCode >= 422 && res.statusCode !== 503);
      if (!requestId || !mayHaveLeftovers) return release();
      void transactionsGone({ driver, database, requestId }, LEFTOVER_WAIT_MS).finally(release);
    });
    next();
  };
}
