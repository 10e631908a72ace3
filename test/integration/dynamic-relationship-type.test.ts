/**
 * What each Neo4j line does with a dynamic relationship type under UNWIND:
 * `MERGE (a)-[r:$(row.type) {key: row.key}]->(b)` over rows of three different types. Per
 * row, every relationship gets its own row's type (one statement could load all types); once
 * per query, all of them get the first row's type (the importer must group rows by type).
 * The test states which line does which, so a change in either is noticed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver, uniqueSuffix } from '../helpers/database.ts';
import { isCalendarRelease, serverVersion } from '../helpers/neo4j-version.ts';

const driver = testDriver();
const suffix = uniqueSuffix();
const label = `DynTypeProbe_${suffix}`;
const rows = ['PROBE_A', 'PROBE_B', 'PROBE_C'].map((type, i) => ({ type, from: `from-${i}`, to: `to-${i}`, key: `${type}-${suffix}` }));
let version = '';

beforeAll(async () => {
  version = await serverVersion(driver);
  await driver.executeQuery(
    `UNWIND $rows AS row CREATE (:\`${label}\` {key: row.from}), (:\`${label}\` {key: row.to})`,
    { rows },
    { database: 'neo4j' },
  );
});

afterAll(async () => {
  await driver.executeQuery(`MATCH (n:\`${label}\`) DETACH DELETE n`, {}, { database: 'neo4j' });
  await driver.close();
});

/** Runs the one MERGE over all rows with a language prefix, and says which type each row's relationship got. */
async function mergeAll(prefix: string): Promise<Record<string, string>> {
  await driver.executeQuery(`MATCH (:\`${label}\`)-[r]->() DELETE r`, {}, { database: 'neo4j' });
  await driver.executeQuery(
    `${prefix} UNWIND $rows AS row
     MATCH (a:\`${label}\` {key: row.from}), (b:\`${label}\` {key: row.to})
     MERGE (a)-[r:$(row.type) {key: row.key}]->(b)`,
    { rows },
    { database: 'neo4j' },
  );
  const { records } = await driver.executeQuery(
    `MATCH (a:\`${label}\`)-[r]->() RETURN a.key AS from, type(r) AS type ORDER BY from`,
    {},
    { database: 'neo4j' },
  );
  return Object.fromEntries(records.map((r) => [r.get('from') as string, r.get('type') as string]));
}

const perRow = { 'from-0': 'PROBE_A', 'from-1': 'PROBE_B', 'from-2': 'PROBE_C' };
const firstRowOnly = { 'from-0': 'PROBE_A', 'from-1': 'PROBE_A', 'from-2': 'PROBE_A' };

describe('a dynamic relationship type in MERGE under UNWIND', () => {
  // Checked: 5.26.0 once per query; 5.26.30, 2026.08.1 (Cypher 5 and 25) per row.
  it('is evaluated per row, except on 5.26.0 where it was evaluated once per query', async () => {
    const got = await mergeAll('');
    expect({ version, got }).toEqual({ version, got: version === '5.26.0' ? firstRowOnly : perRow });
  });

  it('is evaluated per row in both Cypher versions of a calendar release', async (ctx) => {
    if (!isCalendarRelease(version)) ctx.skip(); // 5.26 has one Cypher; CYPHER 25 is a syntax error there
    expect(await mergeAll('CYPHER 5')).toEqual(perRow);
    expect(await mergeAll('CYPHER 25')).toEqual(perRow);
  });
});
