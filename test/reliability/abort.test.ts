/**
 * A client that leaves stops its work on the server. Found broken and fixed: the driver only
 * listens for an abort that happens after executeQuery starts, so a request whose client had
 * already left (waiting its turn, or between two statements of one answer) still ran its
 * statement to the end; and an ad-hoc query slow to give its first row ran until its timeout.
 */
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRows } from '../../server/db/read.ts';
import { HttpError } from '../../server/errors.ts';
import { clientSignal } from '../../server/routes/read-context.ts';
import type { Driver } from '../../server/db/driver.ts';
import { testDatabase, testDriver, uniqueSuffix } from '../helpers/database.ts';
import { serve, type Served } from './lib/serve.ts';
import { appTransactions, waitUntil } from './lib/transactions.ts';

const { database } = testDatabase();
const driver = testDriver();
const admin = testDriver();
let app: Served;

beforeAll(async () => {
  app = await serve(driver, { NEO4J_DATABASE: database, CYPHER_TIMEOUT_MS: '60000' });
});
afterAll(async () => {
  await app?.close();
  await driver.close();
  await admin.close();
});

/** Sends a request and destroys the connection once `leaveWhen` resolves. */
async function leaveEarly(path: string, body: string, leaveWhen: () => Promise<unknown>): Promise<void> {
  const req = http.request(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, agent: false });
  req.on('error', () => undefined); // the socket we destroy on purpose
  req.end(body);
  await leaveWhen();
  req.destroy();
}

describe('when the client leaves', () => {
  it('an ad-hoc query still running (no row yet) ends on the server within seconds, long before its 60 s limit', async () => {
    const marker = `abort-probe-${uniqueSuffix()}`;
    const query = `UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN x /* ${marker} */`;
    const running = () => appTransactions(admin, database, marker);
    await leaveEarly('/api/cypher', JSON.stringify({ query }), async () => {
      expect(await waitUntil(async () => (await running()).length > 0, 10_000)).toBeGreaterThanOrEqual(0);
    });
    const gone = await waitUntil(async () => (await running()).length === 0, 10_000);
    expect(gone, 'the transaction was still open 10 s after the client left').toBeGreaterThanOrEqual(0);
    expect(gone).toBeLessThan(5_000);
  }, 30_000);

  it('a statement is not even started for a client that has already left', async () => {
    let calls = 0;
    const counting = new Proxy(driver, {
      get(target, name, receiver) {
        if (name === 'executeQuery') calls += 1;
        return Reflect.get(target, name, receiver) as unknown;
      },
    }) as Driver;
    const controller = new AbortController();
    controller.abort();
    const err = await readRows({ driver: counting, database, signal: controller.signal }, 'server-version').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(err).toMatchObject({ code: 'client_closed_request' });
    expect(calls).toBe(0);
  });

  it("a request's signal is aborted at once when its client left before the handler ran", async () => {
    const seen: boolean[] = [];
    const probe = express();
    probe.get('/slow', async (req, res) => {
      await waitUntil(async () => req.destroyed, 5_000, 20); // the client is gone before we look
      seen.push(clientSignal(res).aborted);
      res.end();
    });
    const server = probe.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const req = http.get(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`, { agent: false });
    req.on('error', () => undefined);
    await new Promise((r) => setTimeout(r, 200));
    req.destroy();
    await waitUntil(async () => seen.length > 0, 5_000, 20);
    server.close();
    expect(seen).toEqual([true]);
  });
});
