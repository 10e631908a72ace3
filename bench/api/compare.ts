/**
 * Our API against the alternatives, same statements, same concurrency: the bare neo4j-driver
 * in a plain Node process, Neo4j's HTTP Query API, and our endpoints. After one warm-up round
 * that is not kept, each (workload, system) runs `reps` times, systems in a rotating order so
 * drift and noise spread over all of them.
 */
import type { Logger } from '../../server/logger.ts';
import type { LoadResult, LoadSpec } from './load-client.ts';
import { runLoadProcess } from './run-load.ts';
import { median, summarize } from './stats.ts';
import { queryApiRequests, type Workload } from './workloads.ts';

export type System = 'driver' | 'queryApi' | 'ours';

export interface CompareOptions {
  connections: number;
  durationMs: number;
  warmupMs: number;
  reps: number;
  neo4j: { uri: string; httpUrl: string; user: string; password: string; database: string };
  /** Our server's and Neo4j's processes, whose CPU per request each run reports beside the load client's. */
  pids?: { server?: number; neo4j?: number };
  log: Logger;
}

export interface SystemResult {
  system: System;
  runs: LoadResult[];
  rps: ReturnType<typeof summarize>;
  p50: ReturnType<typeof summarize>;
  p95: ReturnType<typeof summarize>;
  p99: ReturnType<typeof summarize>;
  errors: number;
  /** Median over the runs of CPU ms per request, by process: client, server (ours only), neo4j. */
  cpuMsPerRequest?: Record<string, number>;
  /** Median throughput over the bare driver's, and median latencies over its (1 = as fast). */
  vsDriver?: { rps: number; p50: number; p95: number; p99: number };
}

export interface WorkloadComparison {
  workload: string;
  extra: string;
  systems: SystemResult[];
}

/** The processes a system's requests run through besides the load client: our server only for ours. */
function cpuOf(system: System, o: CompareOptions): Record<string, number> {
  const pids: Record<string, number> = {};
  if (o.pids?.neo4j !== undefined) pids.neo4j = o.pids.neo4j;
  if (system === 'ours' && o.pids?.server !== undefined) pids.server = o.pids.server;
  return pids;
}

/** Each process's median CPU per request over the runs that report it. */
function medianCpu(runs: LoadResult[]): Record<string, number> | undefined {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.cpuMsPerRequest ?? {})))];
  if (names.length === 0) return undefined;
  return Object.fromEntries(names.map((n) => [n, median(runs.flatMap((r) => r.cpuMsPerRequest?.[n] ?? []))]));
}

function spec(w: Workload, system: System, o: CompareOptions): LoadSpec {
  const base = { connections: o.connections, durationMs: o.durationMs, warmupMs: o.warmupMs, cpuOf: cpuOf(system, o) };
  if (system === 'ours') return { ...base, http: w.ours };
  if (system === 'queryApi') return { ...base, http: queryApiRequests(o.neo4j.httpUrl, o.neo4j.user, o.neo4j.password, w.statements) };
  return { ...base, driver: { ...o.neo4j, queries: w.statements } };
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

export async function compareApis(list: Workload[], o: CompareOptions): Promise<WorkloadComparison[]> {
  const order: System[] = ['driver', 'queryApi', 'ours'];
  const runs = new Map<string, LoadResult[]>();
  // A round that is not kept: at 100k the first round timed had Neo4j spend 3-17x the CPU per
  // request of the later ones on the same statements (plans, JIT, pages first read), charged to
  // whichever system happened to run first. The load client's own warm-up (a second) is too short for that.
  for (const w of list) for (const system of order) await runLoadProcess({ ...spec(w, system, o), durationMs: 2 * o.warmupMs });
  o.log.info({ phase: 'api', workloads: list.length, systems: order.length }, 'warm-up round done');
  for (let rep = 0; rep < o.reps; rep++) {
    for (const w of list) {
      for (let k = 0; k < order.length; k++) {
        const system = order[(k + rep) % order.length]!;
        const r = await runLoadProcess(spec(w, system, o));
        o.log.info(
          {
            phase: 'api',
            rep,
            workload: w.name,
            system,
            rps: r.rps,
            p50: r.latency.p50,
            p95: r.latency.p95,
            errors: r.errors,
            cpuMsPerRequest: r.cpuMsPerRequest,
            firstError: r.firstError,
          },
          'load run',
        );
        const id = `${w.name}|${system}`;
        runs.set(id, [...(runs.get(id) ?? []), r]);
      }
    }
  }
  return list.map((w) => {
    const systems = order.map((system): SystemResult => {
      const rs = runs.get(`${w.name}|${system}`)!;
      const cpu = medianCpu(rs);
      return {
        system,
        runs: rs,
        rps: summarize(rs.map((r) => r.rps)),
        p50: summarize(rs.map((r) => r.latency.p50)),
        p95: summarize(rs.map((r) => r.latency.p95)),
        p99: summarize(rs.map((r) => r.latency.p99)),
        errors: rs.reduce((s, r) => s + r.errors, 0),
        ...(cpu ? { cpuMsPerRequest: cpu } : {}),
      };
    });
    const d = systems[0]!;
    for (const s of systems) {
      s.vsDriver = {
        rps: ratio(s.rps.median, d.rps.median),
        p50: ratio(s.p50.median, d.p50.median),
        p95: ratio(s.p95.median, d.p95.median),
        p99: ratio(s.p99.median, d.p99.median),
      };
    }
    return { workload: w.name, extra: w.extra, systems };
  });
}
