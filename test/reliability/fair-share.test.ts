/**
 * The fair-share drill (npm run test:reliability): 48 hostile clients ask for k shortest paths
 * between the CSTO and a node with one neighbour, as fast as they get answers, beside one
 * search client. The hostile clients run in a process of their own (lib/hostile-clients.ts), as
 * an attacker's would: the search client's timings are not held up by their loops. The search client's p95 stays within 2× its baseline (measured alone in the same
 * run) with no 5xx; the hostile clients get 200, 422 or 429, never 5xx; and Neo4j has none of our
 * transactions left within 5 s of the last hostile answer. Figures are printed as [fair-share].
 * FAIR_SHARE_CLIENTS, FAIR_SHARE_SECONDS and FAIR_SHARE_PAUSE_MS (a pause after each 429; 0 by
 * default: the hostile clients ignore Retry-After) vary it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, testDriver } from '../helpers/database.ts';
import { Histogram } from './lib/histogram.ts';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { hostilePathUrl, hubAndLeaf, tally, timedGet, type Answer } from './lib/hostile-paths.ts';
import { startAppProcess, type AppProcess } from './lib/app-process.ts';
import { appTransactions, waitUntil } from './lib/transactions.ts';

const { database } = testDatabase();
const driver = testDriver();
const admin = testDriver();
let app: AppProcess;
const HOSTILE = Number(process.env.FAIR_SHARE_CLIENTS ?? 48);
const SECONDS = Number(process.env.FAIR_SHARE_SECONDS ?? 30);
const HOSTILE_SCRIPT = resolve(import.meta.dirname, 'lib', 'hostile-clients.ts');

beforeAll(async () => {
  // The app as npm start runs it, in its own process: the clients' own work here does not
  // share the server's event loop, and its HTTP settings are main.ts's.
  const db = testDatabase();
  app = await startAppProcess({
    NEO4J_URI: db.uri,
    NEO4J_USER: db.user,
    NEO4J_PASSWORD: db.password,
    NEO4J_DATABASE: database,
    PORT: '0',
    LOG_LEVEL: 'error',
  });
});
afterAll(async () => {
  await app?.stop();
  await driver.close();
  await admin.close();
});

const searchUrl = () =>
  `${app.url}/api/search?q=${encodeURIComponent(['csto', 'russia', 'armenia', 'tokayev'][Math.floor(Math.random() * 4)]!)}`;

/** FAIR_SHARE_PAUSE_MS: how long a hostile client waits after a 429 (0: not at all). */
const PAUSE_AFTER_429_MS = Number(process.env.FAIR_SHARE_PAUSE_MS ?? 0);

/** One client asking again and again until `until`; returns every answer. */
async function loop(url: () => string, until: number, pauseAfter429 = 0): Promise<Answer[]> {
  const answers: Answer[] = [];
  while (Date.now() < until) {
    const a = await timedGet(url());
    answers.push(a);
    if (a.status === 429 && pauseAfter429 > 0) await new Promise((ok) => setTimeout(ok, pauseAfter429));
  }
  return answers;
}

/** The hostile clients in their own process (lib/hostile-clients.ts): every answer they got. */
function hostileClients(url: string, clients: number, seconds: number, pauseAfter429: number): Promise<Answer[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOSTILE_SCRIPT, url, String(clients), String(seconds), String(pauseAfter429)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0 ? done(JSON.parse(out) as Answer[]) : fail(new Error(`the hostile clients exited with ${code}`)),
    );
  });
}

function latency(answers: readonly Answer[]) {
  const h = new Histogram();
  for (const a of answers) h.record(a.ms);
  return h.summary();
}

describe('fair share under hostile path clients', () => {
  it('keeps the search client fast and error-free, and leaves Neo4j idle within 5 s of the last hostile answer', async () => {
    const ends = await hubAndLeaf(admin, database);
    await loop(searchUrl, Date.now() + 2_000); // warm-up
    const baseline = latency(await loop(searchUrl, Date.now() + 10_000));

    const until = Date.now() + SECONDS * 1000;
    const hostileUrl = hostilePathUrl(app.url, ends);
    const [search, hostileAnswers] = await Promise.all([
      loop(searchUrl, until),
      hostileClients(hostileUrl, HOSTILE, SECONDS, PAUSE_AFTER_429_MS),
    ]);
    const lastHostile = Math.max(...hostileAnswers.map((a) => a.at));
    const idleAfterMs = await waitUntil(async () => (await appTransactions(admin, database)).length === 0, 60_000, 100);
    const busyMs = idleAfterMs < 0 ? -1 : Date.now() - lastHostile;
    const underLoad = latency(search!);
    const hostileOk = hostileAnswers.filter((a) => a.status === 200);
    console.info(
      '[fair-share]',
      JSON.stringify({
        hostileClients: HOSTILE,
        pauseAfter429Ms: PAUSE_AFTER_429_MS,
        seconds: SECONDS,
        search: { baseline, underLoad, requests: search!.length, statuses: tally(search!) },
        hostile: { requests: hostileAnswers.length, statuses: tally(hostileAnswers), answered200: latency(hostileOk) },
        neo4jBusyAfterLastHostileMs: busyMs,
      }),
    );
    expect(tally(search!)).toEqual({ '200': search!.length });
    expect(hostileAnswers.filter((a) => a.status >= 500 || a.status === 0)).toEqual([]);
    expect(hostileOk.length).toBeGreaterThan(0);
    expect(underLoad.p95).toBeLessThanOrEqual(2 * Math.max(baseline.p95, 1));
    expect(busyMs).toBeGreaterThanOrEqual(0);
    expect(busyMs).toBeLessThanOrEqual(5_000);
  }, 180_000);
});
