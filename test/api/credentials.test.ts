/**
 * The database credentials never reach a client: no answer of any endpoint (health, readiness,
 * the OpenAPI document, data, errors of every kind, the page and its script) holds the password,
 * the user or the Bolt address, whether the database is up, unreachable, or refuses the login.
 */
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver, type Driver } from '../../server/db/driver.ts';
import { serve, type Served } from '../reliability/lib/serve.ts';
import { testDatabase } from '../helpers/database.ts';

const db = testDatabase();
const staticDir = resolve(import.meta.dirname, '..', '..', 'dist', 'client');
const id = encodeURIComponent('4:00000000-0000-0000-0000-000000000000:1');
const PATHS: [string, string, string?][] = [
  ['GET', '/healthz'],
  ['GET', '/readyz'],
  ['GET', '/api/openapi.json'],
  ['GET', '/api/schema'],
  ['GET', '/api/search?q=csto'],
  ['GET', `/api/nodes/${id}`],
  ['GET', `/api/nodes/${id}/neighbors?types=X`],
  ['GET', `/api/paths?from=${id}&to=${id}x&mode=k`],
  ['GET', '/api/documents'],
  ['GET', `/api/documents/${id}`],
  ['GET', '/api/no-such-route'],
  ['POST', '/api/cypher', '{"query": "RETURN 1"}'],
  ['POST', '/api/cypher', '{"query": "MATCH (n RETURN n"}'],
  ['POST', '/api/cypher', '{"query": "CREATE (n)"}'],
  ['POST', '/api/cypher', '{"query": "SHOW USERS"}'],
  ['POST', '/api/cypher', '{"query": "CALL dbms.listConfig()"}'],
  ['POST', '/api/cypher', '{"query": "RETURN 1 / 0"}'],
  ['POST', '/api/cypher', '{"query": "UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN x"}'],
  ['POST', '/api/cypher', '{"query": '],
  ['GET', '/'],
];

/** Every answer's status line, headers and body, as one text to search. */
async function everything(base: string): Promise<string> {
  const texts: string[] = [];
  const fetchAll = async (method: string, path: string, body?: string) => {
    const res = await fetch(base + path, { method, body, headers: body ? { 'content-type': 'application/json' } : {} });
    texts.push(`${method} ${path} ${res.status} ${JSON.stringify([...res.headers])} ${await res.text()}`);
  };
  for (const [method, path, body] of PATHS) await fetchAll(method, path, body);
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(texts.at(-1)!)?.[1];
  if (script) await fetchAll('GET', script);
  return texts.join('\n');
}

function expectNoSecrets(text: string, secrets: string[]): void {
  for (const s of secrets) expect(text.includes(s), `an answer holds "${s}"`).toBe(false);
}

describe('no answer holds the database credentials', () => {
  const apps: { app: Served; driver: Driver }[] = [];
  const start = async (uri: string, user: string, password: string) => {
    const driver = createDriver({ uri, user, password, waitMs: 1000 });
    const env = { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: db.database, CYPHER_TIMEOUT_MS: '1000' };
    const app = await serve(driver, env, staticDir);
    apps.push({ app, driver });
    return app;
  };
  afterAll(async () => {
    for (const { app, driver } of apps) {
      await app.close();
      await driver.close();
    }
  });

  it('with the database up', async () => {
    const app = await start(db.uri, db.user, db.password);
    const text = await everything(app.url);
    expect(text).toContain('GET /readyz 200');
    expectNoSecrets(text, [db.password, db.uri, `${db.user}:`]);
  }, 60_000);

  it('with the database unreachable', async () => {
    const password = 'unreachable-S3cret-Pass';
    const app = await start('bolt://127.0.0.1:1', 'someone-unreachable', password);
    const text = await everything(app.url);
    expect(text).toContain('GET /readyz 503');
    expectNoSecrets(text, [password, 'bolt://127.0.0.1:1', '127.0.0.1:1', 'someone-unreachable']);
  }, 60_000);

  it('with the login refused (a user that does not exist, so no real account gets locked)', async () => {
    const password = 'refused-S3cret-Pass';
    const app = await start(db.uri, 'nobody-here', password);
    const text = await everything(app.url);
    expect(text).toContain('database_auth_failed');
    expectNoSecrets(text, [password, db.uri, 'nobody-here']);
  }, 60_000);
});
