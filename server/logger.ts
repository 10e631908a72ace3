/** Structured JSON logs (pino); one logger per process, children per concern. */
import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Lines go to stdout asynchronously: under load the lines of many requests leave in one write
 * instead of one blocking write each (a tenth of a request's CPU in the bench's profile). What
 * is buffered when the process exits is written then (pino flushes on exit).
 */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: { service: 'relationship-explorer' },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password'], remove: true },
    },
    pino.destination({ dest: 1, sync: false }),
  );
}
