/**
 * Drives a workload against a running app with autocannon: N connections, each sending the mix
 * in turn for a bounded time. Counts statuses per kind of request, failures (a status other than
 * the one expected, or a connection error), and latency overall and per kind.
 */
import autocannon from 'autocannon';
import { Histogram, type LatencySummary } from './histogram.ts';
import type { Kind, WorkItem } from './workload.ts';

export interface LoadOptions {
  url: string;
  connections: number;
  durationSec: number;
  workload: WorkItem[];
  /** Seconds a request may take before autocannon counts a timeout. */
  timeoutSec?: number;
  headers?: Record<string, string>;
}

export interface LoadResult {
  connections: number;
  durationSec: number;
  requests: number;
  requestsPerSec: number;
  statuses: Record<string, number>;
  server5xx: number;
  /** Answers whose status was not the one the workload expects. */
  unexpected: number;
  /** Connection errors and timeouts (no answer at all). */
  errors: number;
  timeouts: number;
  latency: LatencySummary;
  byKind: Record<string, { requests: number; latency: LatencySummary }>;
  /** A few unexpected answers, to say what went wrong. */
  samples: string[];
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const overall = new Histogram();
  const byKind = new Map<Kind, Histogram>();
  const statuses: Record<string, number> = {};
  const samples: string[] = [];
  let unexpected = 0;
  // autocannon calls a request's onResponse and then, synchronously, emits 'response' with the
  // latency: the kind noted here is the kind of the very next 'response' event.
  let lastKind: Kind = 'search';
  const requests = o.workload.map((item) => ({
    method: item.method,
    path: item.path,
    ...(item.body ? { body: item.body, headers: { 'content-type': 'application/json', ...o.headers } } : { headers: { ...o.headers } }),
    onResponse: (status: number, body: string) => {
      lastKind = item.kind;
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status !== item.expect) {
        unexpected += 1;
        if (samples.length < 5) samples.push(`${item.method} ${item.path.slice(0, 80)} → ${status} ${body.slice(0, 200)}`);
      }
    },
  }));
  const result = await new Promise<autocannon.Result>((ok, fail) => {
    const instance = autocannon(
      { url: o.url, connections: o.connections, duration: o.durationSec, timeout: o.timeoutSec ?? 30, requests },
      (err: unknown, res: autocannon.Result) => (err ? fail(err instanceof Error ? err : new Error(String(err))) : ok(res)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => {
      overall.record(ms);
      let h = byKind.get(lastKind);
      if (!h) byKind.set(lastKind, (h = new Histogram()));
      h.record(ms);
    });
  });
  const server5xx = Object.entries(statuses).reduce((n, [s, c]) => (Number(s) >= 500 ? n + c : n), 0);
  return {
    connections: o.connections,
    durationSec: Math.round(result.duration * 10) / 10,
    requests: overall.count,
    requestsPerSec: Math.round(overall.count / result.duration),
    statuses,
    server5xx,
    unexpected,
    errors: result.errors,
    timeouts: result.timeouts,
    latency: overall.summary(),
    byKind: Object.fromEntries([...byKind].map(([k, h]) => [k, { requests: h.count, latency: h.summary() }])),
    samples,
  };
}
