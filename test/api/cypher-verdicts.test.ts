/**
 * The guard's remembered verdicts against the real server: a read that passed the plan check runs
 * again without EXPLAIN, but a remembered verdict is never the only wall: a write that reaches the
 * READ transaction under a (planted) verdict is refused by Neo4j itself and writes nothing; another
 * server version misses and is checked again; refusals and EXPLAIN answers are never remembered.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { CypherResponse } from '../../contract/api.ts';
import { VerdictCache, type VerdictKey } from '../../server/cypher-guard/verdict-cache.ts';
import { buildApp } from '../helpers/app.ts';
import { testDatabase, testDriver } from '../helpers/database.ts';
import { fingerprint, type Fingerprint } from '../helpers/fingerprint.ts';

const driver = testDriver();
const { database } = testDatabase();
const verdicts = new VerdictCache();
const app = buildApp(driver, { env: { NEO4J_DATABASE: database, CYPHER_TIMEOUT_MS: '60000' }, verdicts });
const probe = `VerdictProbe${randomUUID().replace(/-/g, '')}`;
let before: Fingerprint;
let agent: string;

beforeAll(async () => {
  before = await fingerprint(driver, database);
  agent = (await driver.getServerInfo({ database })).agent!;
});
afterAll(async () => {
  expect(await fingerprint(driver, database)).toEqual(before);
  await driver.close();
});

const keyOf = (query: string, params: VerdictKey['params'] = {}, serverVersion = agent): VerdictKey => ({
  query,
  mode: null,
  database,
  serverVersion,
  params,
});
const post = (query: string, params: object = {}) => request(app).post('/api/cypher').send({ query, params });
const probes = async () =>
  (await driver.executeQuery(`MATCH (n:${probe}) RETURN count(n) AS n`, {}, { database })).records[0]!.get('n').toNumber() as number;

describe('the verdict cache of POST /api/cypher', () => {
  it('remembers a read that passed, and answers the next request of the same text alike', async () => {
    const query = 'MATCH (a:Country {key: $from})-[r:SUPPORTS]->(b) RETURN a.name AS name, b.name AS other';
    expect(verdicts.passed(keyOf(query, { from: 'country-turkey' }))).toBe(false);
    const first = CypherResponse.parse((await post(query, { from: 'country-turkey' }).expect(200)).body);
    expect(verdicts.passed(keyOf(query, { from: 'country-turkey' }))).toBe(true);
    const second = CypherResponse.parse((await post(query, { from: 'country-turkey' }).expect(200)).body);
    expect(second.rows).toEqual(first.rows);
    expect(second.rows).toEqual([['Turkey', 'Azerbaijan']]);
  });

  it('still meets the READ transaction: a write under a planted verdict is refused by Neo4j, writes nothing, and is forgotten', async () => {
    for (const query of [`CREATE (:${probe} {at: 1}) RETURN 1 AS x`, `MATCH (n:Country) WITH n LIMIT 1 SET n.${probe} = true RETURN n`]) {
      verdicts.remember(keyOf(query));
      const res = await post(query).expect(403);
      expect(res.body.error.code).toBe('cypher_not_read_only');
      // The server's refusal, not the plan check's: the plan was never asked for.
      expect(res.body.error.details.neo4jCode).toBe('Neo.ClientError.Statement.AccessMode');
      expect(verdicts.passed(keyOf(query))).toBe(false);
    }
    expect(await probes()).toBe(0);
  });

  it('misses for another server version: the plan is checked again and refuses the write', async () => {
    const query = `CREATE (:${probe} {at: 2}) RETURN 1 AS x`;
    verdicts.remember(keyOf(query, {}, 'Neo4j/0.0.1'));
    const res = await post(query).expect(403);
    expect(res.body.error.code).toBe('cypher_not_read_only');
    expect(res.body.error.message).toMatch(/the query writes \(Create\)/);
    expect(await probes()).toBe(0);
  });

  it('never remembers a refusal, an EXPLAIN answer, or a verdict that read a parameter value', async () => {
    const size = verdicts.size;
    await post(`CREATE (:${probe}) RETURN 1`).expect(403);
    await post("LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l").expect(403);
    await post("CALL dbms.killConnections(['bolt-1'])").expect(403);
    await post('SHOW USERS').expect(403);
    const explained = CypherResponse.parse((await post('EXPLAIN MATCH (n:Country) RETURN n').expect(200)).body);
    expect(explained.summary.plan).toBeDefined();
    await post('CALL db.stats.retrieve($section)', { section: 'GRAPH COUNTS' }).expect(200);
    expect(verdicts.size).toBe(size);
    // With the same text, a section that does not describe the graph is refused as before.
    const refused = await post('CALL db.stats.retrieve($section)', { section: 'QUERIES' }).expect(403);
    expect(refused.body.error.code).toBe('cypher_forbidden_operation');
    expect(await probes()).toBe(0);
  });
});
