/** When the database is unreachable every endpoint answers 503 with Retry-After, quickly. */
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../../server/db/driver.ts';
import { buildApp } from '../../helpers/app.ts';

const nowhere = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', waitMs: 1000 });
const app = buildApp(nowhere);
afterAll(() => nowhere.close());

const id = encodeURIComponent('4:00000000-0000-0000-0000-000000000000:1');
const calls: [string, () => request.Test][] = [
  ['GET /api/schema', () => request(app).get('/api/schema')],
  ['GET /api/search', () => request(app).get('/api/search?q=csto')],
  ['GET /api/nodes/:id', () => request(app).get(`/api/nodes/${id}`)],
  ['GET /api/nodes/:id/neighbors', () => request(app).get(`/api/nodes/${id}/neighbors`)],
  ['GET /api/paths', () => request(app).get(`/api/paths?from=${id}&to=${id}x`)],
  ['GET /api/documents', () => request(app).get('/api/documents')],
  ['GET /api/documents/:id', () => request(app).get(`/api/documents/${id}`)],
  ['POST /api/cypher', () => request(app).post('/api/cypher').send({ query: 'RETURN 1' })],
];

describe('database unreachable', () => {
  it.each(calls)('%s → 503 with Retry-After', async (_name, call) => {
    const started = Date.now();
    const res = await call().expect(503);
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.body.error.code).toBe('database_unavailable');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('still serves the OpenAPI document', async () => {
    await request(app).get('/api/openapi.json').expect(200);
  });
});
