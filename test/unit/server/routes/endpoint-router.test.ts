/**
 * The routes Express mounts under /api are exactly the rows of the endpoint table, and an
 * input a row's schema refuses is a 400 before any handler (or database) is reached.
 */
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { endpointRows } from '../../../../contract/endpoints.ts';
import { createApp } from '../../../../server/app.ts';
import { parseConfig } from '../../../../server/config.ts';
import { createDriver } from '../../../../server/db/driver.ts';
import { createLogger } from '../../../../server/logger.ts';

/** A driver that is never used: nothing here reaches a database (port 9 refuses at once). */
const driver = createDriver({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'unused', waitMs: 1000 });
const app = createApp({ config: parseConfig({ RATE_LIMIT_PER_MINUTE: '0' }), driver, logger: createLogger('silent') });
afterAll(() => driver.close());

interface Layer {
  rawPath?: string | RegExp;
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/** Every `METHOD /path` Express would route, walking nested routers with their mount paths. */
function mountedRoutes(stack: Layer[], prefix = ''): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) return Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${prefix}${layer.route!.path}`);
    if (!layer.handle.stack) return [];
    const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
    return mountedRoutes(layer.handle.stack, prefix + mount);
  });
}

describe('the endpoint table and the Express app', () => {
  const routes = mountedRoutes((app as Express & { router: { stack: Layer[] } }).router.stack);

  it('mounts exactly the rows of the table under /api', () => {
    const api = routes.filter((r) => r.split(' ')[1]!.startsWith('/api/')).sort();
    const table = endpointRows()
      .map((e) => `${e.method.toUpperCase()} ${e.path}`)
      .sort();
    expect(table.length).toBeGreaterThan(5);
    expect(api).toEqual(table);
  });

  it('mounts nothing else but the health checks', () => {
    expect(routes.filter((r) => !r.split(' ')[1]!.startsWith('/api/')).sort()).toEqual(['GET /healthz', 'GET /readyz']);
  });

  it.each([
    ['/api/search', /q/],
    ['/api/paths?from=a&to=b&maxHops=99', /maxHops/],
    ['/api/nodes/x/neighbors?direction=up', /direction/],
    ['/api/documents?limit=0', /limit/],
  ])('answers %s with a 400 from the row schema', async (path, message) => {
    const res = await request(app).get(path).expect(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.message).toMatch(message);
  });
});
