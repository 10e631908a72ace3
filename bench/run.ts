/**
 * `npm run bench`: the benchmarks, on the bench's own Neo4j (.neo4j-bench, ports 17690/17491).
 * For each size: import (LOAD CSV reference, our batched import, the one-row-per-transaction
 * baseline), then latency growth; at the largest size the API comparison, sustained load and
 * CPU profiles; rendering in headless Chromium. Writes bench/results/latest.{json,md}.
 * Flags: --sizes=10k,100k,1m --quick --scenes=5k,20k --no-webgl --only=load,api,growth,render,profile
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Driver } from '../server/db/driver.ts';
import { PHASES, parseArgs } from './args.ts';
import { compareApis } from './api/compare.ts';
import { measureGrowth } from './api/growth.ts';
import { startServerProcess, type BenchServer } from './api/server-process.ts';
import { elementIds, workloads } from './api/workloads.ts';
import { benchTargets, planGraph, sizeLabel, type GraphPlan } from './generate.ts';
import { loadBatched } from './load/batched.ts';
import { loadCsv } from './load/csv-load.ts';
import { writeCsv } from './load/csv-write.ts';
import { perRowBaseline } from './load/per-row.ts';
import type { BenchDb, LoadResult } from './load/target.ts';
import { benchLog as log } from './log.ts';
import { benchDriver, benchImportDir, freshBenchNeo4j, stopBenchNeo4j } from './neo4j.ts';
import { degrees } from './degrees.ts';
import { sustainedLoad } from './profile/sustained.ts';
import { profileRequests } from './profile/typical.ts';
import { writeBenchTables } from '../scripts/bench-tables.ts';
import { markdownReport } from './report/markdown.ts';
import { benchSummary } from './report/summary.ts';
import type { BenchReport, SizeLoad } from './report/types.ts';
import { measureRendering } from './render/measure.ts';
import { benchSeed } from './seed.ts';
import { benchSettings } from './settings.ts';
import { procClock, settleNeo4j } from './settle.ts';

const resultsDir = resolve(import.meta.dirname, 'results');
const args = parseArgs(process.argv.slice(2));
const settings = benchSettings(args.quick);
const t0 = performance.now();
const phaseSeconds: Record<string, number> = {};

async function timed<T>(phase: string, work: () => Promise<T>): Promise<T> {
  const t = performance.now();
  try {
    return await work();
  } finally {
    phaseSeconds[phase] = (phaseSeconds[phase] ?? 0) + (performance.now() - t) / 1000;
  }
}

const report: BenchReport = {
  startedAt: new Date().toISOString(),
  command: `npm run bench${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}`,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '?',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: process.platform,
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  },
  neo4j: { version: '?', heap: '2g', pageCache: '1g' },
  sizes: args.sizes,
  quick: args.quick,
  load: [],
  degrees: [],
  settle: [],
  growth: [],
  render: [],
  phaseSeconds,
  totalSeconds: 0,
};

let driver: Driver | undefined;
let server: BenchServer | undefined;
let neo4jStarted = false;

/** A fresh, empty bench database and a driver for it. */
async function freshDb(): Promise<{ db: BenchDb; info: Awaited<ReturnType<typeof freshBenchNeo4j>> }> {
  await driver?.close();
  const info = await freshBenchNeo4j((msg) => log.info(msg));
  neo4jStarted = true;
  driver = benchDriver(info);
  return { db: { driver, database: info.database, log }, info };
}

async function loadSize(plan: GraphPlan): Promise<Awaited<ReturnType<typeof freshDb>>> {
  if (!args.only.has('load')) {
    const fresh = await freshDb();
    await loadBatched(fresh.db, plan);
    return fresh;
  }
  const csvStarted = performance.now();
  const files = writeCsv(plan, benchImportDir);
  const csvWriteMs = Math.round(performance.now() - csvStarted);
  const csv = await loadCsv((await freshDb()).db, files);
  rmSync(benchImportDir, { recursive: true, force: true });
  const fresh = await freshDb();
  const batched = await loadBatched(fresh.db, plan);
  const perRow = await perRowBaseline(fresh.db, plan, batched, settings.perRowBudgetMs);
  const results: LoadResult[] = [batched, csv, perRow];
  const entry: SizeLoad = {
    size: plan.size,
    nodes: batched.nodes + batched.documents,
    relationships: batched.relationships,
    results,
    timeVsBatched: Object.fromEntries(results.map((r) => [r.method, Math.round((r.ms / batched.ms) * 100) / 100])),
    csvWriteMs,
  };
  log.info({ phase: 'load', size: plan.size, results: results.map((r) => [r.method, r.relationshipsPerSec]) }, 'import measured');
  report.load.push(entry);
  return fresh;
}

async function benchSize(size: number, last: boolean): Promise<void> {
  const plan = planGraph(size);
  const wantsDb = args.only.has('load') || args.only.has('growth') || (last && (args.only.has('api') || args.only.has('profile')));
  if (!wantsDb) return;
  log.info({ size: sizeLabel(size), nodes: size }, 'size started');
  const { db, info } = await timed('load', () => loadSize(plan));
  const [version] = (
    await db.driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS v', {}, { database: db.database })
  ).records;
  report.neo4j.version = String(version?.get('v'));
  const targets = benchTargets(plan);
  report.degrees.push({ size, ...(await degrees(db, targets)) });
  if (!(args.only.has('growth') || (last && (args.only.has('api') || args.only.has('profile'))))) return;
  // Nothing is timed against a Neo4j still busy with the import's aftermath (bench/settle.ts).
  const settled = await timed('settle', () => settleNeo4j(procClock(info.pid), log));
  report.settle!.push({ size, settled: settled.settled, waitedSeconds: Math.round(settled.waitedMs / 100) / 10 });
  server = await startServerProcess(info);
  const ids = await elementIds(db.driver, db.database, [targets.hub, ...targets.typical]);
  const w = workloads(server.url, targets, ids);
  const neo4j = { uri: info.uri, httpUrl: info.httpUrl, user: info.user, password: info.password, database: info.database };
  if (args.only.has('growth')) {
    report.growth.push(
      ...(await timed('growth', () =>
        measureGrowth(size, [w.search!, w.neighborsTypical!, w.neighborsHub!, w.paths!], neo4j, { ...settings.growth, log }),
      )),
    );
  }
  if (last && args.only.has('api')) {
    const list = [w.search!, w.neighborsTypical!, w.paths!, w.cypher!];
    const workloadsResult = await timed('api', () =>
      compareApis(list, { ...settings.api, neo4j, pids: { server: server!.pid, neo4j: info.pid }, log }),
    );
    report.api = {
      size,
      connections: settings.api.connections,
      durationMs: settings.api.durationMs,
      reps: settings.api.reps,
      workloads: workloadsResult,
    };
  }
  if (last && args.only.has('profile')) {
    await timed('profile', async () => {
      const mix = [w.search!, w.neighborsTypical!, w.neighborsHub!, w.paths!, w.cypher!].flatMap((x) => x.ours.slice(0, 4));
      const sustained = await sustainedLoad(server!, info.pid, mix, {
        seconds: settings.sustainedSeconds,
        connections: settings.api.connections,
        log,
      });
      const requests = [];
      for (const x of [w.search!, w.neighborsTypical!, w.cypher!])
        requests.push(await profileRequests(server!, x.name, x.ours, { seconds: settings.profileSeconds, log }));
      report.profile = { size, sustained, requests };
    });
  }
  await server.stop();
  server = undefined;
}

async function cleanup(): Promise<void> {
  await server?.stop().catch(() => undefined);
  await driver?.close().catch(() => undefined);
  if (neo4jStarted) await stopBenchNeo4j((msg) => log.info(msg)).catch(() => undefined);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.warn({ signal }, 'interrupted: stopping the bench server');
    void cleanup().finally(() => process.exit(130));
  });
}

try {
  log.info({ sizes: args.sizes.map(sizeLabel), quick: args.quick, only: [...args.only] }, 'bench started');
  if (args.only.has('seed')) {
    const { db } = await freshDb();
    report.seed = await timed('seed', () => benchSeed(db.driver, db.database, (m) => log.info(m)));
  }
  for (const [i, size] of args.sizes.entries()) await benchSize(size, i === args.sizes.length - 1);
  await cleanup();
  neo4jStarted = false;
  if (args.only.has('render'))
    report.render = await timed('render', () =>
      measureRendering(args.scenes ?? settings.render.sizes, { ...settings.render, webgl: args.webgl, log }),
    );
} finally {
  await cleanup();
}
report.totalSeconds = Math.round((performance.now() - t0) / 100) / 10;
report.summary = benchSummary(report);
mkdirSync(resultsDir, { recursive: true });
// A --quick or partial run must not overwrite the committed full report (of any sizes).
const partial = args.quick || args.only.size < PHASES.length || args.scenes !== undefined || !args.webgl;
const name = partial
  ? `run-${args.quick ? 'quick' : args.sizes.map(sizeLabel).join('-')}${args.scenes ? '-scenes-' + args.scenes.map(sizeLabel).join('-') : ''}`
  : 'latest';
// The measurements first: an hour of them must survive a fault in the report's formatting.
writeFileSync(join(resultsDir, `${name}.json`), JSON.stringify(report, null, 2) + '\n');
// Only a full run's figures go into the README's and docs/benchmarks.md's tables.
if (name === 'latest') writeBenchTables(report);
const md = markdownReport(report);
writeFileSync(join(resultsDir, `${name}.md`), md);
process.stdout.write('\n' + md + '\n');
log.info({ json: `bench/results/${name}.json`, markdown: `bench/results/${name}.md`, seconds: report.totalSeconds }, 'bench finished');
process.exit(0);
