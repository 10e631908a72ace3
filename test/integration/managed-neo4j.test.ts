/**
 * The managed server's lifecycle as `npm run db:*` drives it, on a second server in its own
 * folder and ports so the shared test database is never touched.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/db/driver.ts';

const home = mkdtempSync(join(tmpdir(), 'explorer-managed-'));
const env = {
  ...process.env,
  NEO4J_MANAGED_HOME: home,
  NEO4J_MANAGED_BOLT_PORT: '17687',
  NEO4J_MANAGED_HTTP_PORT: '17474',
  NEO4J_MANAGED_HEAP: '384m',
  NEO4J_MANAGED_PAGECACHE: '32m',
  NEO4J_PASSWORD: '',
};
const db = (command: string, extra: Record<string, string> = {}) =>
  spawnSync('npx', ['tsx', 'scripts/db.ts', command], { encoding: 'utf8', env: { ...env, ...extra }, timeout: 150_000 });

function parseEnv(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .trim()
      .split('\n')
      .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
}

afterAll(() => {
  db('stop');
  rmSync(home, { recursive: true, force: true });
});

describe('npm run db:start / db:env / db:stop', () => {
  it('starts with a generated password, reuses the running server, and keeps data across a stop and start', async () => {
    const first = db('start');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Bolt URI:  bolt://127.0.0.1:17687');
    expect(first.stdout).toContain('HTTP URL:  http://127.0.0.1:17474');
    expect(first.stdout).toMatch(/Logs: +\S+console\.log/);
    expect(statSync(join(home, 'password')).mode & 0o077).toBe(0); // only the owner can read it

    const second = db('start');
    expect(second.stdout).toContain('already running (reused)');

    const vars = parseEnv(db('env').stdout);
    expect(vars).toMatchObject({ NEO4J_URI: 'bolt://127.0.0.1:17687', NEO4J_USER: 'neo4j', NEO4J_DATABASE: 'neo4j' });
    expect(vars.NEO4J_PASSWORD).toMatch(/^\S{16,}$/);

    const write = createDriver({ uri: vars.NEO4J_URI!, user: 'neo4j', password: vars.NEO4J_PASSWORD!, waitMs: 5000 });
    await write.executeQuery("CREATE (:Probe {name: 'kept'})", {}, { database: 'neo4j' });
    await write.close();

    expect(db('stop').status).toBe(0);
    expect(db('start').status).toBe(0);
    const read = createDriver({ uri: vars.NEO4J_URI!, user: 'neo4j', password: vars.NEO4J_PASSWORD!, waitMs: 5000 });
    const { records } = await read.executeQuery('MATCH (p:Probe) RETURN p.name AS name', {}, { database: 'neo4j' });
    await read.close();
    expect(records.map((r) => r.get('name'))).toEqual(['kept']);
  }, 300_000);

  it('says in one sentence what to install when Java is missing', () => {
    const noJavaHome = mkdtempSync(join(tmpdir(), 'explorer-nojava-'));
    const run = db('start', {
      NEO4J_MANAGED_HOME: noJavaHome,
      NEO4J_MANAGED_BOLT_PORT: '17688',
      JAVA_HOME: join(noJavaHome, 'no-jdk'),
    });
    rmSync(noJavaHome, { recursive: true, force: true });
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stderr.trim()).toMatch(/(^|\n)Java \(17 or newer\) was not found at \S+no-jdk\/bin\/java: install it/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
