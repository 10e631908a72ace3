/**
 * Fair share and deadlines on the real app and database: with one expensive slot, a second
 * expensive request gets 429 with Retry-After at once while cheap ones are served; a query past
 * its limit answers 422 naming it, its transaction is gone from the server afterwards, and only
 * then is the slot free again. The slow query is slow on any machine (two billion rows), so no
 * timing is asserted beyond generous polls, and the cheap requests keep the default limits.
 */
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { parseConfig } from '../../server/config.ts';
import { ConcurrencyLimiter } from '../../server/middleware/fair-share.ts';
import { createLogger } from '../../server/logger.ts';
import { testDatabase, testDriver } from '../helpers/database.ts';
import { hostilePathUrl, hubAndLeaf } from '../reliability/lib/hostile-paths.ts';
import { appTransactions, waitUntil } from '../reliability/lib/transactions.ts';

const { database } = testDatabase();
const driver = testDriver();
const admin = testDriver();
const config = parseConfig({
  NEO4J_DATABASE: database,
  RATE_LIMIT_PER_MINUTE: '0',
  EXPENSIVE_PER_CLIENT: '1',
  EXPENSIVE_TOTAL: '1',
  CYPHER_TIMEOUT_MS: '1000',
});
const limiter = new ConcurrencyLimiter({ perClient: 1, total: 1 });
const app = createApp({ config, driver, logger: createLogger('silent'), limiter });
afterAll(async () => {
  await driver.close();
  await admin.close();
});

/** Far more work than a 1 s limit allows on any machine; the text finds its transaction. */
const SLOW_QUERY = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n';
const slowRunning = () => appTransactions(admin, database, 'range(1, 2000000000)');

describe('fair share of expensive requests', () => {
  it('answers 429 with Retry-After at once when full, serves cheap requests, and ends a timed-out query on the server', async () => {
    const first = request(app)
      .post('/api/cypher')
      .send({ query: SLOW_QUERY })
      .then((r) => r);
    expect(await waitUntil(async () => (await slowRunning()).length > 0, 30_000), 'the query never started').toBeGreaterThanOrEqual(0);

    const second = await request(app).get(hostilePathUrl('', await hubAndLeaf(admin, database)));
    expect(second.status).toBe(429);
    expect(second.headers['retry-after']).toBe('2');
    expect(second.body.error).toMatchObject({ code: 'too_many_expensive_requests', details: { limit: 1, scope: 'client' } });
    const cypher = await request(app).post('/api/cypher').send({ query: 'RETURN 1 AS x' });
    expect(cypher.status).toBe(429);
    // Cheap endpoints keep their share: search and the schema answer while the slot is taken.
    await request(app).get('/api/search?q=csto').expect(200);
    await request(app).get('/api/schema').expect(200);

    const timedOut = await first;
    expect(timedOut.status).toBe(422);
    expect(timedOut.body.error.code).toBe('query_timeout');
    expect(timedOut.body.error.message).toMatch(/time limit of 1 s/);

    // Its transaction is ended on the server (TERMINATE TRANSACTION by its request id) ...
    expect(await waitUntil(async () => (await slowRunning()).length === 0, 60_000, 250), 'the query still runs').toBeGreaterThanOrEqual(0);
    // ... and the slot is freed once the server shows it gone, not before.
    expect(await waitUntil(async () => limiter.size === 0, 10_000), 'the slot was never freed').toBeGreaterThanOrEqual(0);
    await request(app).post('/api/cypher').send({ query: 'RETURN 1 AS x' }).expect(200);
  }, 120_000);
});
