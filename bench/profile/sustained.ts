/**
 * The server under sustained load (a mix of every workload, interleaved): its RSS, heap and
 * CPU sampled every second from its own process, and Neo4j's CPU from /proc.
 */
import type { Logger } from '../../server/logger.ts';
import type { BenchServer, ServerStats } from '../api/server-process.ts';
import type { HttpRequestSpec, LoadResult } from '../api/load-client.ts';
import { runLoadProcess } from '../api/run-load.ts';
import { summarize } from '../api/stats.ts';
import { processCpuMs } from '../cpu.ts';

const MB = 1024 * 1024;

/** CPU seconds (user + system) of a process, from /proc (Linux); undefined elsewhere. */
function procCpuSeconds(pid: number): number | undefined {
  try {
    return processCpuMs(pid) / 1000;
  } catch {
    return undefined;
  }
}

export interface SustainedResult {
  seconds: number;
  connections: number;
  load: LoadResult;
  idle: { rssMb: number; heapUsedMb: number };
  rssMb: ReturnType<typeof summarize>;
  heapUsedMb: ReturnType<typeof summarize>;
  /** Percent of one core, averaged over the run. */
  serverCpuPct: number;
  neo4jCpuPct?: number;
}

export async function sustainedLoad(
  server: BenchServer,
  neo4jPid: number,
  mix: HttpRequestSpec[],
  o: { seconds: number; connections: number; log: Logger },
): Promise<SustainedResult> {
  const idle = await server.stats();
  const samples: ServerStats[] = [];
  const j0 = procCpuSeconds(neo4jPid);
  const t0 = performance.now();
  const load = runLoadProcess({ connections: o.connections, durationMs: o.seconds * 1000, warmupMs: 2000, http: mix });
  let done = false;
  void load.finally(() => (done = true));
  const first = await server.stats();
  while (!done) {
    await new Promise((r) => setTimeout(r, 1000));
    if (!done) samples.push(await server.stats());
  }
  const result = await load;
  const last = samples.at(-1) ?? first;
  const wall = (last.at - first.at) / 1000;
  const cpu = (last.cpu.user + last.cpu.system - first.cpu.user - first.cpu.system) / 1e6;
  const j1 = procCpuSeconds(neo4jPid);
  const jvmWall = (performance.now() - t0) / 1000;
  o.log.info({ phase: 'profile', rps: result.rps, p95: result.latency.p95 }, 'sustained load done');
  return {
    seconds: o.seconds,
    connections: o.connections,
    load: result,
    idle: { rssMb: Math.round(idle.memory.rss / MB), heapUsedMb: Math.round(idle.memory.heapUsed / MB) },
    rssMb: summarize(samples.map((s) => s.memory.rss / MB)),
    heapUsedMb: summarize(samples.map((s) => s.memory.heapUsed / MB)),
    serverCpuPct: Math.round((100 * cpu) / wall),
    ...(j0 !== undefined && j1 !== undefined ? { neo4jCpuPct: Math.round((100 * (j1 - j0)) / jvmWall) } : {}),
  };
}
