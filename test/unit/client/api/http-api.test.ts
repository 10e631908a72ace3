/**
 * The page's HTTP client, built from the endpoint table, against the real Express app on a
 * loopback port (a driver that reaches no database: these requests never need one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApi } from '../../../../client/api/http-api.ts';
import { ApiError } from '../../../../client/api/api-error.ts';
import { endpointRows } from '../../../../contract/endpoints.ts';
import { createDriver } from '../../../../server/db/driver.ts';
import { serveApp, type Served } from '../../../helpers/app.ts';

const driver = createDriver({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'unused', waitMs: 1000 });
let served: Served;

beforeAll(async () => {
  // The client keeps an optional token in sessionStorage, which Node does not have.
  const store = new Map<string, string>();
  Object.assign(globalThis, {
    sessionStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) },
  });
  served = await serveApp(driver);
});
afterAll(async () => {
  await served.close();
  await driver.close();
});

describe('createHttpApi', () => {
  it('has one method per row of the endpoint table', () => {
    const api = createHttpApi(served.url);
    expect(Object.keys(api).sort()).toEqual(
      endpointRows()
        .map((e) => e.name)
        .sort(),
    );
  });

  it('fetches and checks an answer against the row schema', async () => {
    const doc = await createHttpApi(served.url).openApi();
    expect(doc.openapi).toBe('3.1.0');
  });

  it('puts path parameters in the path and the rest in the query string', async () => {
    const api = createHttpApi(served.url);
    // The server's 400 names the parameter the client sent in the query string.
    const err = await api.neighbors({ id: '4:x:1', direction: 'both', limit: 5000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 400, code: 'invalid_request' });
    expect((err as ApiError).message).toMatch(/limit/);
  });

  it('sends a POST body as JSON', async () => {
    const err = await createHttpApi(served.url)
      .elements({ nodes: [''] })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 400, code: 'invalid_request' });
    expect((err as ApiError).message).toMatch(/nodes/);
  });
});
