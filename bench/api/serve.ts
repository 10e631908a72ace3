/**
 * Our app as the benchmark measures it: createApp with a real driver, on 127.0.0.1 port 0,
 * rate limiting and the fair share's limits off, logging at the default level (to /dev/null: the cost stays, the noise goes).
 * It runs in a process of its own so its memory, CPU and profile are the server's alone;
 * the parent talks to it over IPC: stats, profile-start, profile-stop, stop.
 */
import type { AddressInfo } from 'node:net';
import { Session } from 'node:inspector/promises';
import { createApp } from '../../server/app.ts';
import { parseConfig } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { createLogger } from '../../server/logger.ts';
import { summarizeProfile, type CpuProfile } from '../profile/summarize.ts';

const config = parseConfig({
  NEO4J_URI: process.env.BENCH_NEO4J_URI,
  NEO4J_PASSWORD: process.env.BENCH_NEO4J_PASSWORD,
  RATE_LIMIT_PER_MINUTE: '0',
  // The load runs 8 connections from one client: fair share's default (1 expensive request per
  // client) would answer most path and Cypher requests 429 and measure the refusal, not the work.
  EXPENSIVE_PER_CLIENT: '16',
  EXPENSIVE_TOTAL: '16',
  LOG_LEVEL: 'info',
  PORT: '0',
});
const driver = createDriver({
  uri: config.NEO4J_URI!,
  user: config.NEO4J_USER,
  password: config.NEO4J_PASSWORD!,
  waitMs: config.DB_WAIT_MS,
});
const app = createApp({ config, driver, logger: createLogger(config.LOG_LEVEL) });
const server = app.listen(0, '127.0.0.1', () => {
  process.send!({ type: 'ready', port: (server.address() as AddressInfo).port });
});

const inspector = new Session();
inspector.connect();

type Command = { cmd: 'stats' } | { cmd: 'profile-start' } | { cmd: 'profile-stop' } | { cmd: 'stop' };

async function handle(msg: Command): Promise<unknown> {
  switch (msg.cmd) {
    case 'stats':
      return { memory: process.memoryUsage(), cpu: process.cpuUsage(), at: performance.now() };
    case 'profile-start':
      await inspector.post('Profiler.enable');
      await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
      await inspector.post('Profiler.start');
      return {};
    case 'profile-stop': {
      const { profile } = await inspector.post('Profiler.stop');
      await inspector.post('Profiler.disable');
      return summarizeProfile(profile as unknown as CpuProfile);
    }
    case 'stop':
      server.close();
      server.closeAllConnections();
      await driver.close();
      setImmediate(() => process.exit(0));
      return {};
  }
}

process.on('message', (msg: Command & { id: number }) => {
  handle(msg).then(
    (value) => process.send!({ type: 'reply', id: msg.id, value }),
    (e: unknown) => process.send!({ type: 'reply', id: msg.id, error: String(e) }),
  );
});
// Bounded: if the parent dies, so does this server.
process.on('disconnect', () => process.exit(0));
