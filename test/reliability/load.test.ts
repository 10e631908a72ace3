/**
 * Load, briefly (npm test): 50 concurrent clients mixing search, expand, details, paths and
 * ad-hoc Cypher against the real app on the shared seed graph. No 5xx, no connection errors,
 * every answer the one expected, heap flat across phases, no transaction left open afterwards,
 * nothing written. Timing is reported, not asserted: this machine is shared. The long form is
 * `npm run reliability` (test/reliability/run.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, testDriver } from '../helpers/database.ts';
import { fingerprint, type Fingerprint } from '../helpers/fingerprint.ts';
import { heapAfterGc, type HeapSample } from './lib/heap.ts';
import { runLoad, type LoadResult } from './lib/run-load.ts';
import { serve, type Served } from './lib/serve.ts';
import { appTransactions, waitUntil } from './lib/transactions.ts';
import { buildWorkload, type WorkItem } from './lib/workload.ts';
import { DRILL_FAIR_SHARE, tooManyRefused } from './lib/fair-share.ts';

const { database } = testDatabase();
const driver = testDriver();
const admin = testDriver();
let app: Served;
let workload: WorkItem[];
let before: Fingerprint;

beforeAll(async () => {
  app = await serve(driver, { NEO4J_DATABASE: database, ...DRILL_FAIR_SHARE });
  workload = await buildWorkload(admin, database);
  before = await fingerprint(admin, database);
});

afterAll(async () => {
  await app?.close();
  await driver.close();
  await admin.close();
});

const phase = (durationSec: number) => runLoad({ url: app.url, connections: 50, durationSec, workload, timeoutSec: 20 });

/** More than `minRequests` answers: the load really ran. The warm-up asks only for some: on a cold database (plans not yet cached) its 4 s gave 72. */
function expectClean(r: LoadResult, minRequests = 100): void {
  expect(r.samples, 'unexpected answers').toEqual([]);
  expect(r).toMatchObject({ server5xx: 0, unexpected: 0, errors: 0, timeouts: 0 });
  expect(r.requests).toBeGreaterThan(minRequests);
  // The connections walk one sequence and reach the expensive requests together, past what fair
  // share lets one client run: its 429s are the designed answer, and stay a small share. (How many
  // expensive requests a phase reaches is the machine's: a cold database's warm-up reaches none.)
  expect(tooManyRefused(r), `fair share refused ${r.fairShareRefused} of ${r.expensive} expensive requests`).toBe(false);
}

describe('under load (50 clients, mixed requests)', () => {
  it('answers every request as expected, keeps the heap flat, and leaves no transaction open', async () => {
    expectClean(await phase(4), 0); // warm-up: JIT, connection pool, query caches
    const heap: HeapSample[] = [await heapAfterGc()];
    const phases: LoadResult[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await phase(12);
      expectClean(r);
      phases.push(r);
      heap.push(await heapAfterGc());
    }
    console.info(
      '[load]',
      JSON.stringify({
        phases: phases.map(({ requests, requestsPerSec, latency, statuses }) => ({ requests, requestsPerSec, latency, statuses })),
        heap,
      }),
    );
    // A leak grows with the number of requests (thousands per phase); noise stays within a few MB.
    expect(heap[2]!.heapUsedMB - heap[0]!.heapUsedMB).toBeLessThan(15);
    expect(heap[2]!.heapUsedMB - heap[1]!.heapUsedMB).toBeLessThan(10);

    // Every session was closed and every transaction ended: none of ours is left on the server.
    const ours = () => appTransactions(admin, database, undefined, 60_000); // started during this test
    expect(await waitUntil(async () => (await ours()).length === 0, 5_000)).toBeGreaterThanOrEqual(0);
    // And the pool still serves a full burst at once, each answer quick (no connection stuck).
    const burst = await phase(2);
    expectClean(burst);
    expect(await fingerprint(admin, database)).toEqual(before);
  }, 90_000);
});
