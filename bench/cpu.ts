/** CPU time of this process and of another (the bench's Neo4j), for benches that count what a change saves. */
import { readFileSync } from 'node:fs';

/** A process's user + system CPU time in ms, from /proc (Linux; clock ticks of 10 ms). */
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
export const ownCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU ms of named processes at one moment (the load client itself as `client`). */
export type CpuSnapshot = Record<string, number>;

/**
 * CPU ms per answered request of each process between two snapshots: what one request costs
 * the load client, our server and Neo4j. On a machine whose cores all three share, throughput is
 * roughly the cores over their sum, so these explain a throughput ratio where req/s alone cannot.
 * A process missing from either snapshot (it could not be read) is left out.
 */
export function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number): CpuSnapshot | undefined {
  if (requests <= 0) return undefined;
  const out: CpuSnapshot = {};
  for (const [name, ms] of Object.entries(after)) {
    const start = before[name];
    if (start === undefined || !Number.isFinite(start) || !Number.isFinite(ms)) continue;
    out[name] = Math.round(((ms - start) / requests) * 1000) / 1000;
  }
  return out;
}

/** A snapshot of this process (`client`) and of the given pids; a pid that cannot be read is left out. */
export function cpuSnapshot(pids: Record<string, number> = {}): CpuSnapshot {
  const snap: CpuSnapshot = { client: ownCpuMs() };
  for (const [name, pid] of Object.entries(pids)) {
    try {
      snap[name] = processCpuMs(pid);
    } catch {
      // Gone, or not ours to read (a Neo4j on another machine): no figure rather than a wrong one.
    }
  }
  return snap;
}
