/**
 * A closed-loop load generator, run in its own process: N connections each send a request,
 * wait for the answer, send the next, for a fixed time. The same loop drives our API, Neo4j's
 * HTTP Query API (plain HTTP) and the bare neo4j-driver, so their numbers compare like for like.
 * Spec as JSON in argv[2]; the result is one JSON line on stdout.
 */
import http from 'node:http';
import neo4j from 'neo4j-driver';
import { createDriver } from '../../server/db/driver.ts';
import { toDriverValue } from '../../server/db/mapper.ts';
import type { JsonValue } from '../../contract/graph.ts';
import { cpuPerRequest, cpuSnapshot, type CpuSnapshot } from '../cpu.ts';
import { latency } from './stats.ts';

const REQUEST_TIMEOUT_MS = 20_000;

export interface HttpRequestSpec {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface DriverQuerySpec {
  cypher: string;
  params: Record<string, JsonValue>;
}

export interface LoadSpec {
  connections: number;
  durationMs: number;
  /** Answers in the first warmupMs are not counted (JIT, caches, connection set-up). */
  warmupMs: number;
  /**
   * Instead of a duration: stop after this many counted answers (every target gets its turn,
   * however slow), still cut off after durationMs plus a minute.
   */
  requests?: number;
  /** Requests (or queries) are sent in turn, round robin. */
  http?: HttpRequestSpec[];
  driver?: { uri: string; user: string; password: string; database: string; queries: DriverQuerySpec[] };
  /** Processes (name → pid) whose CPU time over the counted window is reported per answer, beside the client's own. */
  cpuOf?: Record<string, number>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  firstError?: string;
  seconds: number;
  rps: number;
  latency: ReturnType<typeof latency>;
  /** CPU ms per counted answer: `client` (this process) and each process of `cpuOf`. */
  cpuMsPerRequest?: CpuSnapshot;
}

function httpSender(specs: HttpRequestSpec[], connections: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  return (i: number) => {
    const s = specs[i % specs.length]!;
    return new Promise<void>((ok, fail) => {
      const req = http.request(s.url, { method: s.method, headers: s.headers, agent }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => {
          if (res.statusCode! >= 400 && body.length < 500) body += d.toString();
        });
        res.on('end', () =>
          res.statusCode! >= 400 ? fail(new Error(`HTTP ${res.statusCode} from ${s.url.split('?')[0]}: ${body.slice(0, 300)}`)) : ok(),
        );
        res.on('error', fail);
      });
      req.on('error', fail);
      // The same bound our endpoints have (15 s), plus slack: a request past it counts as an error.
      req.setTimeout(REQUEST_TIMEOUT_MS, () =>
        req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms from ${s.url.split('?')[0]}`)),
      );
      req.end(s.body);
    });
  };
}

function driverSender(d: NonNullable<LoadSpec['driver']>) {
  const driver = createDriver({ uri: d.uri, user: d.user, password: d.password, waitMs: 30_000 });
  const queries = d.queries.map((q) => ({ cypher: q.cypher, params: toDriverValue(q.params) as Record<string, unknown> }));
  return {
    send: async (i: number) => {
      const q = queries[i % queries.length]!;
      // What a plain Node script does: executeQuery routed to readers, records kept as the driver gives them.
      // With the transaction timeout our endpoints use (server/db/read.ts), so a runaway path query stops alike.
      await driver.executeQuery(q.cypher, q.params, {
        database: d.database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: 15_000 },
      });
    },
    close: () => driver.close(),
  };
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const driver = spec.driver ? driverSender(spec.driver) : undefined;
  const send = driver ? driver.send : httpSender(spec.http!, spec.connections);
  const start = performance.now();
  const countFrom = start + spec.warmupMs;
  const end = countFrom + spec.durationMs + (spec.requests ? 60_000 : 0);
  const enough = () => spec.requests !== undefined && samples.length >= spec.requests;
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let counter = 0;
  // The counted window's CPU: from the end of the warm-up (the timer fires then, or as soon as the loop lets it) to the last answer.
  let cpuBefore: CpuSnapshot | undefined;
  const cpuStart = setTimeout(() => (cpuBefore = cpuSnapshot(spec.cpuOf)), spec.warmupMs);
  const worker = async () => {
    while (performance.now() < end && !enough()) {
      const t0 = performance.now();
      try {
        await send(counter++);
        if (t0 >= countFrom) samples.push(performance.now() - t0);
      } catch (e) {
        errors++;
        firstError ??= (e as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: spec.connections }, worker));
  clearTimeout(cpuStart);
  const cpuMsPerRequest = cpuBefore && cpuPerRequest(cpuBefore, cpuSnapshot(spec.cpuOf), samples.length);
  await driver?.close();
  const seconds = (performance.now() - countFrom) / 1000;
  return {
    requests: samples.length,
    errors,
    firstError,
    seconds: Math.round(seconds * 100) / 100,
    rps: Math.round((samples.length / seconds) * 10) / 10,
    latency: latency(samples),
    ...(cpuMsPerRequest ? { cpuMsPerRequest } : {}),
  };
}

if (process.argv[2]) {
  runLoad(JSON.parse(process.argv[2]) as LoadSpec).then(
    (r) => {
      process.stdout.write(JSON.stringify(r) + '\n');
      process.exit(0);
    },
    (e: unknown) => {
      process.stderr.write(`load client failed: ${String(e)}\n`);
      process.exit(1);
    },
  );
}
