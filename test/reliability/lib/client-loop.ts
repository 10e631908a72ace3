/**
 * Clients that keep sending the workload and note every outcome: status, Retry-After, how long
 * it took, or the socket error when no answer came. Each request opens its own connection
 * (agent: false), so an error says exactly what happened to that request: refused (nobody
 * listening), reset, or timed out. Bounded by the caller's stop() and a per-request timeout.
 */
import http from 'node:http';
import type { WorkItem } from './workload.ts';

export interface Outcome {
  kind: string;
  /** The status the workload expects when all is well. */
  expect: number;
  /** ms since the loop started, when the request was sent and when it ended. */
  sentAt: number;
  endedAt: number;
  status: number | null;
  /** The socket error code (ECONNREFUSED, ECONNRESET, …) or 'timeout' when no answer came. */
  error: string | null;
  retryAfter: string | null;
  code: string | null;
  body: string;
}

export function send(base: string, item: WorkItem, timeoutMs: number): Promise<Omit<Outcome, 'sentAt' | 'endedAt' | 'kind' | 'expect'>> {
  return new Promise((done) => {
    const req = http.request(`${base}${item.path}`, {
      method: item.method,
      agent: false,
      headers: item.body ? { 'content-type': 'application/json' } : {},
    });
    const fail = (error: string) => done({ status: null, error, retryAfter: null, code: null, body: '' });
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      fail('timeout');
    });
    req.on('error', (e: NodeJS.ErrnoException) => fail(e.code ?? e.message));
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('error', (e: NodeJS.ErrnoException) => fail(e.code ?? 'response error'));
      res.on('end', () => {
        let code: string | null;
        try {
          code = (JSON.parse(body) as { error?: { code?: string } }).error?.code ?? null;
        } catch {
          code = null;
        }
        const retryAfter = res.headers['retry-after'];
        done({ status: res.statusCode ?? null, error: null, retryAfter: typeof retryAfter === 'string' ? retryAfter : null, code, body });
      });
    });
    req.end(item.body);
  });
}

export interface ClientLoop {
  /** ms since the loop started. */
  now(): number;
  /** The outcomes so far (the loop goes on adding to it). */
  outcomes: readonly Outcome[];
  /** Stops sending; resolves with every outcome once the requests under way have ended. */
  stop(): Promise<Outcome[]>;
}

export function clientLoop(base: () => string, workload: WorkItem[], workers: number, timeoutMs: number): ClientLoop {
  const t0 = Date.now();
  const now = () => Date.now() - t0;
  const outcomes: Outcome[] = [];
  let running = true;
  const worker = async (w: number) => {
    for (let i = w; running; i++) {
      const item = workload[i % workload.length]!;
      const sentAt = now();
      const r = await send(base(), item, timeoutMs);
      outcomes.push({
        ...r,
        kind: item.kind,
        expect: item.expect,
        sentAt,
        endedAt: now(),
        body: r.status === 200 ? '' : r.body.slice(0, 300),
      });
      // A refused connection comes back at once: do not spin while nobody listens.
      if (r.error) await new Promise((res) => setTimeout(res, 50));
    }
  };
  const all = Promise.all(Array.from({ length: workers }, (_, w) => worker(w)));
  return {
    now,
    outcomes,
    async stop() {
      running = false;
      await all;
      return outcomes;
    },
  };
}
