/**
 * DNS rebinding in a real Chromium: the name rebound.test resolves to 127.0.0.1
 * (--host-resolver-rules), as an attacker's name does once rebound. A page on that name is
 * same-origin with the explorer, so CORS cannot stop a script on it; the host check does: the
 * page and the API answer 421 and the script cannot read the graph. The control: the same server with
 * rebound.test in ALLOWED_HOSTS lets the same script read it, so the test can fail.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { parseConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { createHttpServer } from '../../server/main.ts';
import { CHROMIUM_ARGS } from '../helpers/chromium-args.ts';
import { testDatabase, testDriver } from '../helpers/database.ts';
import { neo4jEnv } from '../helpers/neo4j-env.ts';

const root = resolve(import.meta.dirname, '..', '..');
const driver = testDriver();
let browser: Browser;
const servers: ReturnType<typeof createHttpServer>[] = [];

async function explorer(env: Record<string, string> = {}): Promise<number> {
  const config = parseConfig({ ...neo4jEnv(testDatabase()), RATE_LIMIT_PER_MINUTE: '0', ...env });
  const app = createApp({ config, driver, logger: createLogger('silent'), staticDir: join(root, 'dist', 'client') });
  const server = createHttpServer(app).listen(0, '127.0.0.1');
  servers.push(server);
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP rebound.test 127.0.0.1'],
  });
});
afterAll(async () => {
  await browser?.close();
  for (const s of servers) {
    s.closeAllConnections();
    s.close();
  }
  await driver.close();
});

/** What the attacker's script does once its name points at 127.0.0.1: read the graph. */
const ATTACK = `fetch('/api/cypher', { method: 'POST', headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ query: 'MATCH (n:Country) RETURN n.name AS name' }) })
  .then(async (r) => ({ status: r.status, body: await r.text() }))`;

/**
 * Chromium's own defence (Private Network Access) refuses a page it loaded from elsewhere when it
 * fetches a loopback address; a page that loaded from the rebound name already at 127.0.0.1 is
 * not stopped by it, which is the case here: the page at the rebound name, then its script.
 */
async function attackFrom(port: number): Promise<{ page: number | undefined; status: number; body: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const direct = await page.goto(`http://rebound.test:${port}/`);
  const result = (await page.evaluate(ATTACK)) as { status: number; body: string };
  await context.close();
  return { page: direct?.status(), ...result };
}

describe('a page on a rebound name cannot read the explorer', () => {
  it('gets 421 for the page and the API, and no graph', async () => {
    const port = await explorer();
    const attack = await attackFrom(port);
    expect(attack.page).toBe(421);
    expect(attack.status).toBe(421);
    expect(JSON.parse(attack.body).error.code).toBe('unknown_host');
    expect(attack.body).not.toContain('Armenia');
  });

  it('control: with rebound.test in ALLOWED_HOSTS the same script reads the graph', async () => {
    const port = await explorer({ ALLOWED_HOSTS: 'rebound.test' });
    const attack = await attackFrom(port);
    expect(attack.page).toBe(200);
    expect(attack.status).toBe(200);
    expect(attack.body).toContain('Armenia');
  });
});
