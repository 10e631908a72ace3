/**
 * The app in a process of its own for the long run, so the heap it reports is the server's
 * alone (not the load generator's). Started by run.ts with --expose-gc and an IPC channel:
 * it sends {url} once listening, and answers 'heap' with its heap after a full collection.
 */
import { createDriver } from '../../../server/db/driver.ts';
import { parseConfig } from '../../../server/config.ts';
import { serve } from './serve.ts';
import { DRILL_FAIR_SHARE } from './fair-share.ts';

const config = parseConfig(process.env);
const driver = createDriver({
  uri: config.NEO4J_URI!,
  user: config.NEO4J_USER,
  password: config.NEO4J_PASSWORD!,
  waitMs: config.DB_WAIT_MS,
});
const errors: string[] = [];
const app = await serve(
  driver,
  { NEO4J_DATABASE: config.NEO4J_DATABASE, RATE_LIMIT_PER_MINUTE: '0', ...DRILL_FAIR_SHARE },
  undefined,
  errors,
);
/** Why the server answered 5xx since the last report: its own messages, a few of them. */
const reasons = () =>
  errors
    .splice(0)
    .map((l) => (JSON.parse(l) as { msg?: string }).msg ?? '')
    .filter((m) => m.startsWith('The database') || m === 'unhandled error');
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

process.on('message', (m: unknown) => {
  if (m === 'heap') {
    gc?.();
    setImmediate(() => {
      gc?.();
      const u = process.memoryUsage();
      process.send?.({ heapUsedMB: mb(u.heapUsed), rssMB: mb(u.rss), reasons: [...new Set(reasons())].slice(0, 5) });
    });
  } else if (m === 'stop') {
    void app
      .close()
      .then(() => driver.close())
      .then(() => process.exit(0));
  }
});
process.send?.({ url: app.url });
