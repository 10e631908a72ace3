/**
 * `npm run reliability`: the long load run. The app in its own process on the seed graph, N
 * clients mixing search, expand, details, paths and ad-hoc Cypher for several minutes in
 * phases; the server's heap after GC between phases; no transaction of ours left open and the
 * database unchanged afterwards. Writes test-results/reliability.json and prints a table.
 * Configure with RELIABILITY_CONNECTIONS (50), RELIABILITY_MINUTES (3), RELIABILITY_PHASES (6).
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { createManagedNeo4j, managedNeo4jOptionsFromEnv } from '../../scripts/managed-neo4j.ts';
import { createDriver } from '../../server/db/driver.ts';
import { loadSeed } from '../../seed/load.ts';
import { fingerprint } from '../helpers/fingerprint.ts';
import type { HeapSample } from './lib/heap.ts';
import { runLoad, type LoadResult } from './lib/run-load.ts';
import { appTransactions, waitUntil } from './lib/transactions.ts';
import { buildWorkload } from './lib/workload.ts';
import { neo4jEnv } from '../helpers/neo4j-env.ts';
import { tooManyRefused } from './lib/fair-share.ts';

const root = resolve(import.meta.dirname, '..', '..');
const connections = Number(process.env.RELIABILITY_CONNECTIONS ?? 50);
const minutes = Number(process.env.RELIABILITY_MINUTES ?? 3);
const phases = Math.max(2, Number(process.env.RELIABILITY_PHASES ?? 6));

async function database() {
  if (process.env.NEO4J_URI) {
    return {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE || 'neo4j',
    };
  }
  return createManagedNeo4j(managedNeo4jOptionsFromEnv(process.env)).start();
}

function merge(results: LoadResult[]) {
  const sum = (f: (r: LoadResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const statuses: Record<string, number> = {};
  for (const r of results) for (const [s, c] of Object.entries(r.statuses)) statuses[s] = (statuses[s] ?? 0) + c;
  return {
    requests: sum((r) => r.requests),
    server5xx: sum((r) => r.server5xx),
    unexpected: sum((r) => r.unexpected),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    expensive: sum((r) => r.expensive),
    fairShareRefused: sum((r) => r.fairShareRefused),
    samples: results.flatMap((r) => r.samples).slice(0, 5),
    statuses,
  };
}

async function main(): Promise<void> {
  const db = await database();
  const admin = createDriver({ uri: db.uri, user: db.user, password: db.password, waitMs: 30_000 });
  await loadSeed({ driver: admin, database: db.database });
  const workload = await buildWorkload(admin, db.database);
  const before = await fingerprint(admin, db.database);

  const child = fork(join(import.meta.dirname, 'lib', 'serve-child.ts'), [], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: {
      ...process.env,
      ...neo4jEnv(db),
      LOG_LEVEL: 'silent',
    },
  });
  const next = <T>() => new Promise<T>((ok) => child.once('message', (m) => ok(m as T)));
  const { url } = await next<{ url: string }>();
  const reasons = new Set<string>();
  const heap = async () => {
    child.send('heap');
    const { reasons: why, ...sample } = await next<HeapSample & { reasons: string[] }>();
    for (const r of why) reasons.add(r);
    return sample;
  };

  const phaseSec = Math.round((minutes * 60) / phases);
  const started = Date.now();
  console.log(`[reliability] ${connections} clients, ${phases} phases of ${phaseSec} s against ${url} (Neo4j at ${db.uri})`);
  await runLoad({ url, connections, durationSec: 10, workload }); // warm-up, not counted
  const samples: HeapSample[] = [await heap()];
  const results: LoadResult[] = [];
  for (let i = 0; i < phases; i++) {
    const r = await runLoad({ url, connections, durationSec: phaseSec, workload });
    results.push(r);
    samples.push(await heap());
    console.log(
      `[reliability] phase ${i + 1}/${phases}: ${r.requests} requests, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, 5xx ${r.server5xx}, heap ${samples.at(-1)!.heapUsedMB} MB`,
    );
  }
  const runMs = Date.now() - started;
  const ours = () => appTransactions(admin, db.database, undefined, runMs);
  const open = await waitUntil(async () => (await ours()).length === 0, 10_000);
  const openAfter = (await ours()).length;
  const unchanged = JSON.stringify(await fingerprint(admin, db.database)) === JSON.stringify(before);
  child.send('stop');
  await admin.close();

  // Latency over the whole run: the phases' own percentiles, weighted by requests (a close reading).
  const total = merge(results);
  const weighted = (k: 'p50' | 'p95' | 'p99') => Math.round(results.reduce((n, r) => n + r.latency[k] * r.requests, 0) / total.requests);
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '' },
    connections,
    durationSec: Math.round(results.reduce((n, r) => n + r.durationSec, 0)),
    ...total,
    requestsPerSec: Math.round(total.requests / results.reduce((n, r) => n + r.durationSec, 0)),
    latencyMs: { p50: weighted('p50'), p95: weighted('p95'), p99: weighted('p99'), max: Math.max(...results.map((r) => r.latency.max)) },
    byKind: Object.fromEntries(Object.keys(results[0]!.byKind).map((k) => [k, results.at(-1)!.byKind[k]])),
    heapMB: samples.map((s) => s.heapUsedMB),
    rssMB: samples.map((s) => s.rssMB),
    openTransactionsAfter: openAfter,
    serverErrorReasons: [...reasons],
    databaseUnchanged: unchanged,
    phases: results.map(({ requests, latency, server5xx, statuses }) => ({ requests, latency, server5xx, statuses })),
  };
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results', 'reliability.json'), JSON.stringify(report, null, 2));
  console.log(
    [
      '',
      '| clients | duration | requests | req/s | 5xx | errors | p50 | p95 | p99 | server heap after GC (start → end) |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      `| ${connections} | ${report.durationSec} s | ${report.requests} | ${report.requestsPerSec} | ${report.server5xx} | ${report.errors + report.unexpected} | ${report.latencyMs.p50} ms | ${report.latencyMs.p95} ms | ${report.latencyMs.p99} ms | ${samples[0]!.heapUsedMB} → ${samples.at(-1)!.heapUsedMB} MB |`,
      '',
      `Open transactions of ours afterwards: ${report.openTransactionsAfter}; database unchanged: ${unchanged}; fair share refused ${report.fairShareRefused} of ${report.expensive} expensive requests. Written to test-results/reliability.json.`,
      ...(reasons.size ? [`The server's own reasons for its 5xx: ${[...reasons].join(' | ')}`] : []),
    ].join('\n'),
  );
  // Fair share's own 429s are the designed answer when the connections bunch up, as in load.test.ts: bounded, not failures.
  const failed = report.server5xx > 0 || report.errors > 0 || report.unexpected > 0 || tooManyRefused(report) || open < 0 || !unchanged;
  process.exitCode = failed ? 1 : 0;
}

main().catch((e: unknown) => {
  console.error(`reliability: ${(e as Error).message}`);
  process.exitCode = 1;
});
