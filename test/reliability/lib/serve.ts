/** The real app on a loopback port (0: any free one), in this process, with a driver the caller owns. */
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../../server/app.ts';
import { parseConfig } from '../../../server/config.ts';
import type { Driver } from '../../../server/db/driver.ts';
import { pino } from 'pino';
import { createLogger } from '../../../server/logger.ts';

export interface Served {
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish, then drops idle keep-alive connections. */
  close(): Promise<void>;
}

/**
 * `errors`, when given, collects the server's warnings and errors (why it answered 5xx);
 * RELIABILITY_LOG=error prints them instead.
 */
export async function serve(driver: Driver, env: Record<string, string> = {}, staticDir?: string, errors?: string[]): Promise<Served> {
  const config = parseConfig({ RATE_LIMIT_PER_MINUTE: '0', ...env });
  const logger = errors
    ? pino({ level: 'warn' }, { write: (line: string) => void errors.push(line) })
    : createLogger(process.env.RELIABILITY_LOG ?? 'silent');
  const app = createApp({ config, driver, logger, ...(staticDir ? { staticDir } : {}) });
  const server: Server = app.listen(0, '127.0.0.1');
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
