/**
 * `npm run bench:cypher-verdicts -- --size=10k`: POST /api/cypher before and after the guard's
 * remembered verdicts (server/cypher-guard/verdict-cache.ts), against the bare driver, on the
 * graph the last `npm run bench` left in .neo4j-bench (--size names it). Two apps in this process
 * on the same driver: one whose cache never knows a verdict (EXPLAIN every time, as before), one
 * as the server runs. One request at a time, the three arms alternating, so the machine's load
 * falls on all alike; prints p50/p95/mean and each arm's throughput over the driver's.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { parseConfig } from '../server/config.ts';
import { VerdictCache, type VerdictKey } from '../server/cypher-guard/verdict-cache.ts';
import { createLogger } from '../server/logger.ts';
import { latency } from './api/stats.ts';
import { AD_HOC_QUERY } from './api/workloads.ts';
import { benchTargets, parseSize, planGraph, sizeLabel } from './generate.ts';
import { benchLog as log } from './log.ts';
import { benchDriver, startBenchNeo4j, stopBenchNeo4j } from './neo4j.ts';

/** The cache of the server before: it never knows a verdict, so every request is EXPLAINed. */
class NoVerdicts extends VerdictCache {
  override passed(_k: VerdictKey): boolean {
    return false;
  }
}

const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? 300);
const sizeArg = process.argv.find((a) => a.startsWith('--size='))?.slice('--size='.length) ?? '10k';
const targets = benchTargets(planGraph(parseSize(sizeArg)));
const info = await startBenchNeo4j((msg) => log.info(msg));
const driver = benchDriver(info);
// A cold server on a busy machine may take its first queries past the usual 10 s.
const config = parseConfig({
  NEO4J_URI: info.uri,
  NEO4J_PASSWORD: info.password,
  RATE_LIMIT_PER_MINUTE: '0',
  CYPHER_TIMEOUT_MS: '60000',
  PORT: '0',
});

async function serve(verdicts: VerdictCache) {
  const server = createApp({ config, driver, logger: createLogger('silent'), verdicts }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/cypher` };
}

const before = await serve(new NoVerdicts());
const after = await serve(new VerdictCache());
try {
  const arms: Record<string, (key: string) => Promise<unknown>> = {
    'bare driver': (key) => driver.executeQuery(AD_HOC_QUERY, { key }, { database: info.database, routing: 'READ' }),
    'ours, EXPLAIN every time (before)': (key) => post(before.url, key),
    'ours, remembered verdict (after)': (key) => post(after.url, key),
  };
  const samples = new Map<string, number[]>(Object.keys(arms).map((k) => [k, []]));
  const names = Object.keys(arms);
  for (let i = 0; i < ROUNDS; i++) {
    const key = targets.typical[i % targets.typical.length]!;
    // A rotating order, so no arm always runs first (or right after another).
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + i) % names.length]!;
      const t = performance.now();
      // The first rounds warm up (plans, pools, caches): a failure there is retried by the next round.
      const ok = await arms[name]!(key).then(
        () => true,
        (e: unknown) => {
          if (i >= 10) throw e;
          return false;
        },
      );
      if (ok && i >= 10) samples.get(name)!.push(performance.now() - t);
    }
    if (i % 100 === 99) log.info({ rounds: i + 1, of: ROUNDS }, 'cypher verdicts progress');
  }
  const results = [...samples].map(([name, xs]) => ({ name, l: latency(xs) }));
  const driverMean = results[0]!.l.mean;
  const rows = ['| arm | p50 ms | p95 ms | mean ms | throughput × driver |', '|---|---|---|---|---|'];
  for (const { name, l } of results)
    rows.push(`| ${name} | ${l.p50} | ${l.p95} | ${l.mean} | ${Math.round((driverMean / l.mean) * 100) / 100} |`);
  process.stdout.write(
    `\nPOST /api/cypher at ${sizeLabel(parseSize(sizeArg))}, ${ROUNDS - 10} requests per arm, one at a time:\n\n${rows.join('\n')}\n`,
  );
} finally {
  before.server.close();
  after.server.close();
  await driver.close();
  await stopBenchNeo4j((msg) => log.info(msg));
}

async function post(url: string, key: string): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: AD_HOC_QUERY, params: { key } }),
  });
  if (res.status !== 200) throw new Error(`POST /api/cypher answered ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
}
