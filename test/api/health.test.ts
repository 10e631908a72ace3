/** /healthz and /readyz on the real app: up, ready with the version, and 503 when the database is gone. */
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/db/driver.ts';
import { buildApp } from '../helpers/app.ts';
import { READY_CACHE_MS } from '../../server/routes/health.ts';
import { testDriver } from '../helpers/database.ts';

const driver = testDriver();
const app = buildApp(driver);
afterAll(() => driver.close());

describe('health', () => {
  it('GET /healthz says the process is up', async () => {
    const res = await request(app).get('/healthz').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('GET /readyz says the database is reachable, with its version', async () => {
    const res = await request(app).get('/readyz').expect(200);
    expect(res.body.status).toBe('ready');
    expect(res.body.database).toMatchObject({ name: 'neo4j', product: 'Neo4j Kernel' });
    // Either line the managed server runs: 5.26.x, or a calendar release such as 2026.08.1.
    expect(res.body.database.version).toMatch(/^(5\.\d+|20\d\d\.\d\d)\.\d+$/);
  });

  it('GET /readyz answers 503 with a retry hint when the database is unreachable', async () => {
    const nowhere = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', waitMs: 1000 });
    const down = buildApp(nowhere);
    const res = await request(down).get('/readyz').expect(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body.error.code).toBe('database_unavailable');
    await nowhere.close();
  });

  it('sends security headers and no x-powered-by', async () => {
    const res = await request(app).get('/healthz');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers unknown routes with the JSON error shape', async () => {
    const res = await request(app).get('/api/no-such-thing').expect(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('readiness from a short cache', () => {
  it('GET /readyz asks the database once for concurrent probes, and at most once per cache period after', async () => {
    let asked = 0;
    // The real driver, counted: every readiness question is one executeQuery.
    const counted = new Proxy(driver, {
      get(target, key, receiver) {
        if (key === 'executeQuery') {
          return (...args: Parameters<typeof driver.executeQuery>) => {
            asked += 1;
            return target.executeQuery(...args);
          };
        }
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const cachedApp = buildApp(counted);
    const answers = await Promise.all(Array.from({ length: 20 }, () => request(cachedApp).get('/readyz')));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(asked).toBe(1);
    const started = Date.now();
    for (let i = 0; i < 30; i++) await request(cachedApp).get('/readyz').expect(200);
    const periods = Math.ceil((Date.now() - started) / READY_CACHE_MS);
    expect(asked).toBeLessThanOrEqual(1 + periods);
  });
});
