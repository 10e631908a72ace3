/**
 * The managed server's lifecycle as `npm run db:*` drives it, and its refusal to touch anything
 * it did not start: a second server in its own folder on free ports, so the shared test
 * database is never touched, and plain `net` servers holding ports.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortInUse, createManagedNeo4j, managedNeo4jOptionsFromEnv } from '../../scripts/managed-neo4j.ts';
import { freePort } from '../../scripts/managed-neo4j/ports.ts';
import { isAlive } from '../../scripts/managed-neo4j/process.ts';
import { createDriver } from '../../server/db/driver.ts';

const homes: string[] = [];
function tempHome(name: string): string {
  const home = mkdtempSync(join(tmpdir(), `explorer-managed-${name}-`));
  homes.push(home);
  return home;
}

let bolt = 0;
let http = 0;
const home = tempHome('main');
const env = () => ({
  ...process.env,
  NEO4J_MANAGED_HOME: home,
  NEO4J_MANAGED_BOLT_PORT: String(bolt),
  NEO4J_MANAGED_HTTP_PORT: String(http),
  NEO4J_MANAGED_HEAP: '384m',
  NEO4J_MANAGED_PAGECACHE: '32m',
  NEO4J_PASSWORD: '',
});
const db = (command: string, extra: Record<string, string> = {}) =>
  spawnSync('npx', ['tsx', 'scripts/db.ts', command], { encoding: 'utf8', env: { ...env(), ...extra }, timeout: 200_000 });

function parseEnv(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .trim()
      .split('\n')
      .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
}

/** A plain TCP server on a port, counting the connections it was sent. */
async function holdPort(port: number): Promise<{ server: Server; connections: () => number }> {
  let count = 0;
  const server = createServer((socket) => {
    count += 1;
    socket.destroy();
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return { server, connections: () => count };
}

beforeAll(async () => {
  [bolt, http] = [await freePort(), await freePort()];
});

afterAll(() => {
  db('stop');
  for (const h of homes) rmSync(h, { recursive: true, force: true });
}, 120_000);

describe('npm run db:start / db:env / db:stop', () => {
  it('starts with a generated password, reuses the running server, stops on its own, and keeps data across a stop and start', async () => {
    const first = db('start');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Bolt URI:  bolt://127.0.0.1:${bolt}`);
    expect(first.stdout).toContain(`HTTP URL:  http://127.0.0.1:${http}`);
    expect(first.stdout).toMatch(/Neo4j: +(5\.26\.\d+|20\d\d\.\d\d\.\d+) on Java at \S+/);
    expect(first.stdout).toMatch(/Logs: +\S+console\.log/);
    expect(statSync(join(home, 'password')).mode & 0o077).toBe(0); // only the owner can read it

    const second = db('start');
    expect(second.stdout).toContain('already running (reused)');

    const vars = parseEnv(db('env').stdout);
    expect(vars).toMatchObject({ NEO4J_URI: `bolt://127.0.0.1:${bolt}`, NEO4J_USER: 'neo4j', NEO4J_DATABASE: 'neo4j' });
    expect(vars.NEO4J_PASSWORD).toMatch(/^\S{16,}$/);

    const write = createDriver({ uri: vars.NEO4J_URI!, user: 'neo4j', password: vars.NEO4J_PASSWORD!, waitMs: 5000 });
    await write.executeQuery("CREATE (:Probe {name: 'kept'})", {}, { database: 'neo4j' });
    await write.close();

    const { pid } = JSON.parse(readFileSync(join(home, 'server.json'), 'utf8')) as { pid: number };
    const stop = db('stop');
    expect(stop.status, stop.stderr).toBe(0);
    // It ended by itself once the databases were down, not by the SIGKILL a minute later.
    expect(stop.stderr).toContain(`Stopped the managed Neo4j (pid ${pid})`);
    expect(stop.stderr).not.toContain('did not stop');
    expect(isAlive(pid)).toBe(false);
    expect(readFileSync(join(home, 'logs', 'console.log'), 'utf8')).toMatch(/Stopped\.\s*$/);

    expect(db('start').status).toBe(0);
    const read = createDriver({ uri: vars.NEO4J_URI!, user: 'neo4j', password: vars.NEO4J_PASSWORD!, waitMs: 5000 });
    const { records } = await read.executeQuery('MATCH (p:Probe) RETURN p.name AS name', {}, { database: 'neo4j' });
    await read.close();
    expect(records.map((r) => r.get('name'))).toEqual(['kept']);
  }, 400_000);

  it("refuses another folder's server on the same ports, naming it, and never talks to it", async () => {
    // The server of the test above is running on bolt/http: a second checkout's folder wants them.
    const other = tempHome('other');
    const run = db('start', { NEO4J_MANAGED_HOME: other });
    expect(run.status, run.stdout + run.stderr).toBe(1);
    const { pid } = JSON.parse(readFileSync(join(home, 'server.json'), 'utf8')) as { pid: number };
    expect(run.stderr).toContain(`port ${bolt} (Bolt) is held by pid ${pid}: `);
    expect(run.stderr).toContain(`ManagedNeo4jLauncher --home-dir=${home}`);
    expect(run.stderr).toMatch(/Choose other ports, e\.g\. NEO4J_MANAGED_BOLT_PORT=\d+ NEO4J_MANAGED_HTTP_PORT=\d+/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // one sentence, no stack trace
    expect(existsSync(join(other, 'server.json'))).toBe(false); // nothing was started
    // The running server still has its own password: nothing set one on it.
    const vars = parseEnv(db('env').stdout);
    const driver = createDriver({ uri: vars.NEO4J_URI!, user: 'neo4j', password: vars.NEO4J_PASSWORD!, waitMs: 5000 });
    await driver.verifyConnectivity();
    await driver.close();
  }, 60_000);

  it('refuses to start this folder again on other ports while it runs', () => {
    const run = db('start', { NEO4J_MANAGED_BOLT_PORT: '1', NEO4J_MANAGED_HTTP_PORT: '2' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`is already running on ports ${bolt}/${http}`);
  }, 60_000);

  it('refuses a port held by a plain TCP server, says by what, and sends it nothing', async () => {
    const [port, spare] = [await freePort(), await freePort()];
    const held = await holdPort(port);
    try {
      const server = createManagedNeo4j({ home: tempHome('held'), boltPort: port, httpPort: spare, log: () => undefined });
      const refusal = await server.start().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(refusal).toBeInstanceOf(PortInUse);
      expect((refusal as Error).message).toContain(`port ${port} (Bolt) is held by pid ${process.pid}: `);
      expect((refusal as Error).message).toContain('NEO4J_MANAGED_BOLT_PORT=');
      expect(held.connections()).toBe(0);
    } finally {
      held.server.close();
    }
  });

  it('makes a second instance as a value, without globals: its own folder and ports, and stop() when it is not running', async () => {
    const other = createManagedNeo4j({
      home: tempHome('value'),
      boltPort: await freePort(),
      httpPort: await freePort(),
      log: () => undefined,
    });
    expect(other.connection().uri).not.toBe(`bolt://127.0.0.1:${bolt}`);
    expect(await other.stop()).toBe(false);
  });

  it('says in one sentence what to install when Java is missing', async () => {
    const noJavaHome = tempHome('nojava');
    const run = db('start', {
      NEO4J_MANAGED_HOME: noJavaHome,
      NEO4J_MANAGED_BOLT_PORT: String(await freePort()),
      NEO4J_MANAGED_HTTP_PORT: String(await freePort()),
      JAVA_HOME: join(noJavaHome, 'no-jdk'),
    });
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stderr.trim()).toMatch(/(^|\n)Java \(17 or newer\) was not found at \S+no-jdk\/bin\/java \(JAVA_HOME\): install a JDK/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('refuses to open data a calendar release wrote with 5.26, before starting anything', async () => {
    const upgraded = tempHome('upgraded');
    writeFileSync(join(upgraded, 'data-version'), '2026.08.1\n');
    const run = db('start', {
      NEO4J_MANAGED_HOME: upgraded,
      NEO4J_MANAGED_BOLT_PORT: String(await freePort()),
      NEO4J_MANAGED_HTTP_PORT: String(await freePort()),
      NEO4J_MANAGED_VERSION: '5.26.30',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('was last opened by Neo4j 2026.08.1, which 5.26 cannot read');
    expect(existsSync(join(upgraded, 'server.json'))).toBe(false);
  }, 60_000);

  it('names the variable when a setting is malformed', () => {
    expect(() => managedNeo4jOptionsFromEnv({ NEO4J_MANAGED_BOLT_PORT: 'seven' })).toThrow(/^NEO4J_MANAGED_BOLT_PORT: /);
    expect(() => managedNeo4jOptionsFromEnv({ NEO4J_MANAGED_VERSION: 'latest' })).toThrow(
      /^NEO4J_MANAGED_VERSION: .*5\.26\.30 or 2026\.08\.1/,
    );
    expect(() => managedNeo4jOptionsFromEnv({ NEO4J_MANAGED_EXTRA_SETTINGS: '[1]' })).toThrow(/^NEO4J_MANAGED_EXTRA_SETTINGS: /);
    expect(managedNeo4jOptionsFromEnv({ NEO4J_MANAGED_BOLT_PORT: '' }).boltPort).toBe(7687); // empty means unset
    expect(() => managedNeo4jOptionsFromEnv({ NEO4J_MANAGED_START_TIMEOUT_S: 'soon' })).toThrow(/^NEO4J_MANAGED_START_TIMEOUT_S: /);
    expect(() => managedNeo4jOptionsFromEnv({ NEO4J_MANAGED_START_TIMEOUT_S: '5' })).toThrow(/^NEO4J_MANAGED_START_TIMEOUT_S: /);
    expect(managedNeo4jOptionsFromEnv({ NEO4J_MANAGED_START_TIMEOUT_S: '600' }).startTimeoutMs).toBe(600_000);
    expect(managedNeo4jOptionsFromEnv({}).startTimeoutMs).toBeUndefined(); // the 180 s default
  });
});
