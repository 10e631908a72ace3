/** `npm run import -- file` as a user runs it: a real process against the real database. */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase, testDriver, uniqueSuffix } from '../helpers/database.ts';
import { fingerprint } from '../helpers/fingerprint.ts';
import { smallGraph, smallGraphText, writeFixture } from '../helpers/seed-fixture.ts';
import { neo4jEnv } from '../helpers/neo4j-env.ts';

const db = testDatabase();
const driver = testDriver();
const s = uniqueSuffix();

function runImport(...files: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/import.ts', ...files], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ...neo4jEnv(db),
      LOG_LEVEL: 'info',
    },
  });
}

afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.key ENDS WITH $s DETACH DELETE n', { s: `-${s}` }, { database: db.database });
  await driver.close();
});

describe('npm run import', () => {
  it('imports a file and logs structured progress', async () => {
    const run = runImport(writeFixture(smallGraph(s), 'mine.yaml', smallGraphText));
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.at(-1)).toMatchObject({ msg: 'import finished', nodes: 3, relationships: 2 });
    const { records } = await driver.executeQuery(
      'MATCH (n:Entity {key: $k}) RETURN n.name AS name',
      { k: `country-a-${s}` },
      { database: db.database },
    );
    expect(records[0]?.get('name')).toBe(`Alphaland ${s}`);
  });

  it('refuses a bad file with a message naming the file and the entry, exit 1, database unchanged', async () => {
    const bad = smallGraph(`${s}x`);
    bad.nodes[1]!.labels = [];
    const before = await fingerprint(driver, db.database);
    const run = runImport(writeFixture(bad, 'bad-input.yaml', smallGraphText));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Nothing was imported');
    expect(run.stderr).toMatch(/bad-input\.yaml: nodes\[1\] \(country-b-\w+\) field labels/);
    expect(await fingerprint(driver, db.database)).toEqual(before);
  });

  it('explains its usage when given no file', () => {
    const run = runImport();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run import -- path/to/file.yaml');
  });
});
