/**
 * Drives a workload against a running app with autocannon: N connections, each sending the mix
 * in turn for a bounded time. Counts statuses per kind of request, failures (a status other than
 * the one expected, or a connection error), and latency overall and per kind.
 *
 * Every connection walks the same sequence, so they tend to reach the path searches and queries
 * together: more of them at once than fair share lets one client run (the drill's connections
 * all come from one address). Fair share's 429 is then the designed answer, not a failure: it is
 * counted apart (`fairShareRefused`, of `expensive` requests), and the drill bounds it.
 */
import autocannon from 'autocannon';
import { EXPENSIVE_ROUTES } from '../../../server/middleware/fair-share.ts';
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
  /** Requests to an endpoint under fair share (path searches, ad-hoc queries). */
  expensive: number;
  /** Of those, how many fair share answered 429 too_many_expensive_requests with Retry-After. */
  fairShareRefused: number;
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const overall = new Histogram();
  const byKind = new Map<Kind, Histogram>();
  const statuses: Record<string, number> = {};
  const samples: string[] = [];
  let unexpected = 0;
  let expensive = 0;
  let fairShareRefused = 0;
  // autocannon calls a request's onResponse and then, synchronously, emits 'response' with the
  // latency: the kind noted here is the kind of the very next 'response' event.
  let lastKind: Kind = 'search';
  const requests = o.workload.map((item) => ({
    method: item.method,
    path: item.path,
    ...(item.body ? { body: item.body, headers: { 'content-type': 'application/json', ...o.headers } } : { headers: { ...o.headers } }),
    onResponse: (status: number, body: string, _context: unknown, headers: Record<string, unknown> = {}) => {
      lastKind = item.kind;
      statuses[status] = (statuses[status] ?? 0) + 1;
      const underFairShare = isExpensive(item.path);
      if (underFairShare) expensive += 1;
      if (underFairShare && isFairShareRefusal(status, body, headers)) fairShareRefused += 1;
      else if (status !== item.expect) {
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
    expensive,
    fairShareRefused,
  };
}

/** True when the path (query string aside) is one of the endpoints fair share limits. */
function isExpensive(path: string): boolean {
  const route = path.split('?')[0]!.replace(/^\/api/, '');
  return EXPENSIVE_ROUTES.some((r) => r.test(route));
}

/** Fair share's own refusal: 429, its code, and a Retry-After (autocannon keys the headers as the server spelled them). */
function isFairShareRefusal(status: number, body: string, headers: Record<string, unknown>): boolean {
  const retryAfter = Object.keys(headers).some((name) => name.toLowerCase() === 'retry-after');
  return status === 429 && retryAfter && body.includes('"too_many_expensive_requests"');
}
