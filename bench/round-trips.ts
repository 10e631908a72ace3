/**
 * `npm run bench:round-trips -- --size=100k [--requests=60] [--workloads=cypher,…] [--out=file.json]`: how many times
 * one request waits for Neo4j, for each API workload, against the bare driver running the same
 * statement; on the graph the last `npm run bench` left in .neo4j-bench (--size names it).
 * Both go through a counting Bolt relay (bench/api/bolt-round-trips.ts); requests one at a time,
 * after a warm-up that fills the app's caches (data profile, documents, verdicts) and the pools.
 * Unlike req/s this number does not move with the machine's load. Beside it, this process's CPU
 * time per request: the bare driver's, and ours (the app, its driver and the HTTP client).
 */
import { writeFileSync } from 'node:fs';
import { flagValue } from './args.ts';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { parseConfig } from '../server/config.ts';
import { createDriver } from '../server/db/driver.ts';
import { toDriverValue } from '../server/db/mapper.ts';
import { createLogger } from '../server/logger.ts';
import { boltRelay } from './api/bolt-round-trips.ts';
import type { HttpRequestSpec } from './api/load-client.ts';
import { elementIds, workloads } from './api/workloads.ts';
import { benchTargets, parseSize, planGraph, sizeLabel } from './generate.ts';
import { benchLog as log } from './log.ts';
import { startBenchNeo4j, stopBenchNeo4j } from './neo4j.ts';

const flag = flagValue;
const sizeArg = flag('size') ?? '100k';
const REQUESTS = Number(flag('requests') ?? 60);
const WARMUP = 20;
const size = parseSize(sizeArg);
const targets = benchTargets(planGraph(size));
const info = await startBenchNeo4j((msg) => log.info(msg));
const bolt = new URL(info.uri.replace(/^bolt:/, 'http:'));
const ourRelay = await boltRelay({ host: bolt.hostname, port: Number(bolt.port) });
const driverRelay = await boltRelay({ host: bolt.hostname, port: Number(bolt.port) });
const connect = (uri: string) => createDriver({ uri, user: info.user, password: info.password, waitMs: 30_000 });
const ourDriver = connect(ourRelay.uri);
const bareDriver = connect(driverRelay.uri);
const config = parseConfig({
  NEO4J_URI: ourRelay.uri,
  NEO4J_PASSWORD: info.password,
  RATE_LIMIT_PER_MINUTE: '0',
  EXPENSIVE_PER_CLIENT: '16',
  EXPENSIVE_TOTAL: '16',
  PORT: '0',
  // Round trips do not depend on speed: on a busy machine a slow answer must not become a 503.
  DB_WAIT_MS: '60000',
  QUERY_TIMEOUT_MS: '60000',
  CYPHER_TIMEOUT_MS: '60000',
});
const server = createApp({ config, driver: ourDriver, logger: createLogger('silent') }).listen(0, '127.0.0.1');
await once(server, 'listening');
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function send(r: HttpRequestSpec): Promise<void> {
  const res = await fetch(r.url, { method: r.method, headers: r.headers, body: r.body });
  if (res.status >= 400) throw new Error(`${r.method} ${r.url.split('?')[0]} answered ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Round trips and CPU ms per call of `one(i)`, after WARMUP calls that are not counted. */
async function perRequest(relay: typeof ourRelay, one: (i: number) => Promise<void>): Promise<{ roundTrips: number; cpuMs: number }> {
  for (let i = 0; i < WARMUP; i++) await one(i);
  relay.reset();
  const cpu = process.cpuUsage();
  for (let i = 0; i < REQUESTS; i++) await one(i);
  const used = process.cpuUsage(cpu);
  return { roundTrips: round2(relay.roundTrips() / REQUESTS), cpuMs: round2((used.user + used.system) / 1000 / REQUESTS) };
}

try {
  const ids = await elementIds(bareDriver, info.database, [targets.hub, ...targets.typical]);
  if (!ids.has(targets.hub))
    throw new Error(`the bench database holds no ${sizeLabel(size)} graph: run npm run bench -- --sizes=${sizeArg} first`);
  const w = workloads(base, targets, ids);
  type Counts = Awaited<ReturnType<typeof perRequest>>;
  const rows: { workload: string; driver: Counts; ours: Counts }[] = [];
  const chosen = flag('workloads')?.split(',') ?? Object.keys(w);
  for (const x of Object.entries(w).flatMap(([name, x]) => (chosen.includes(name) ? [x] : []))) {
    const statements = x.statements.map((s) => ({ cypher: s.cypher, params: toDriverValue(s.params) as Record<string, unknown> }));
    // What the bench's driver arm runs (bench/api/load-client.ts).
    const driver = await perRequest(driverRelay, async (i) => {
      const s = statements[i % statements.length]!;
      await bareDriver.executeQuery(s.cypher, s.params, {
        database: info.database,
        routing: 'READ',
        transactionConfig: { timeout: 60_000 },
      });
    });
    const ours = await perRequest(ourRelay, (i) => send(x.ours[i % x.ours.length]!));
    rows.push({ workload: x.name, driver, ours });
    log.info({ workload: x.name, driver, ours }, 'round trips per request');
  }
  const table = [
    '| workload | round trips: bare driver | our API | CPU ms per request: bare driver | our API |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.workload} | ${r.driver.roundTrips} | ${r.ours.roundTrips} | ${r.driver.cpuMs} | ${r.ours.cpuMs} |`),
  ];
  process.stdout.write(
    `\nBolt round trips per request at ${sizeLabel(size)} (${REQUESTS} requests each, one at a time, after ${WARMUP} warm-up):\n\n${table.join('\n')}\n`,
  );
  const out = flag('out');
  if (out) writeFileSync(out, JSON.stringify({ size, requests: REQUESTS, warmup: WARMUP, rows }, null, 2) + '\n');
} finally {
  server.close();
  await Promise.all([ourDriver.close(), bareDriver.close()]);
  await Promise.all([ourRelay.close(), driverRelay.close()]);
  if (!process.argv.includes('--keep-neo4j')) await stopBenchNeo4j((msg) => log.info(msg));
}
process.exit(0);
