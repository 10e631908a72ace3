/** The reliability tests' app: test/helpers/app.ts, with the server's warnings collected or printed on demand. */
import { pino } from 'pino';
import type { Driver } from '../../../server/db/driver.ts';
import { createLogger } from '../../../server/logger.ts';
import { serveApp, type Served } from '../../helpers/app.ts';

export type { Served };

/**
 * `errors`, when given, collects the server's warnings and errors (why it answered 5xx);
 * RELIABILITY_LOG=error prints them instead.
 */
export function serve(driver: Driver, env: Record<string, string> = {}, staticDir?: string, errors?: string[]): Promise<Served> {
  const logger = errors
    ? pino({ level: 'warn' }, { write: (line: string) => void errors.push(line) })
    : createLogger(process.env.RELIABILITY_LOG ?? 'silent');
  return serveApp(driver, { env, logger, ...(staticDir ? { staticDir } : {}) });
}
