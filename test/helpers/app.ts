/**
 * The one way tests make the app: the real createApp with configuration parsed from a few
 * variables (rate limiting off unless set, logs silent unless a logger is given), either as
 * an Express value for supertest (buildApp) or listening on a loopback port (serveApp).
 */
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { createApp } from '../../server/app.ts';
import type { VerdictCache } from '../../server/cypher-guard/verdict-cache.ts';
import type { ProfileCache } from '../../server/explore/profile-cache.ts';
import { parseConfig } from '../../server/config.ts';
import type { Driver } from '../../server/db/driver.ts';
import { createLogger, type Logger } from '../../server/logger.ts';

export interface AppOptions {
  /** Configuration variables, e.g. a small CYPHER_TIMEOUT_MS. */
  env?: Record<string, string>;
  /** Folder of the built page, for browser tests. */
  staticDir?: string;
  logger?: Logger;
  /** The guard's verdict cache, for a test that looks into it (otherwise the app makes its own). */
  verdicts?: VerdictCache;
  /** The data profile's cache, e.g. one that keeps its measurement for the whole test however slow the machine. */
  profiles?: ProfileCache;
}

export function buildApp(driver: Driver, o: AppOptions = {}): Express {
  const config = parseConfig({ RATE_LIMIT_PER_MINUTE: '0', ...o.env });
  return createApp({
    config,
    driver,
    logger: o.logger ?? createLogger('silent'),
    ...(o.staticDir ? { staticDir: o.staticDir } : {}),
    ...(o.verdicts ? { verdicts: o.verdicts } : {}),
    ...(o.profiles ? { profiles: o.profiles } : {}),
  });
}

export interface Served {
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish, then drops idle keep-alive connections. */
  close(): Promise<void>;
}

/** The app on a free loopback port, in this process, with a driver the caller owns. */
export async function serveApp(driver: Driver, o: AppOptions = {}): Promise<Served> {
  const server: Server = buildApp(driver, o).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeIdleConnections();
        // A load generator keeps its connections busy; after the in-flight answers, drop them.
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      }),
  };
}
