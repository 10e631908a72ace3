/**
 * The explorer pointed at someone else's database: a second managed server with data the
 * explorer did not seed (no :Entity, no full-text index). Every endpoint still answers, search
 * falls back to a bounded scan, and nothing at all is written (content and schema fingerprint).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NeighborsResponse, OverviewResponse, PathsResponse, SchemaResponse, SearchResponse } from '../../contract/api.ts';
import { OntologyResponse } from '../../contract/ontology.ts';
import { createDriver, type Driver } from '../../server/db/driver.ts';
import { buildApp } from '../helpers/app.ts';
import { freePort } from '../../scripts/managed-neo4j/ports.ts';
import { TEST_DB_WAIT_MS } from '../helpers/database.ts';
import { fingerprint, type Fingerprint } from '../helpers/fingerprint.ts';

const home = mkdtempSync(join(tmpdir(), 'explorer-foreign-'));
// Free ports, not fixed ones: two test runs on one machine would otherwise collide.
const env = {
  ...process.env,
  NEO4J_MANAGED_HOME: home,
  NEO4J_MANAGED_BOLT_PORT: String(await freePort()),
  NEO4J_MANAGED_HTTP_PORT: String(await freePort()),
  NEO4J_MANAGED_HEAP: '384m',
  NEO4J_MANAGED_PAGECACHE: '32m',
  NEO4J_PASSWORD: '',
};
const db = (command: string) => spawnSync('npx', ['tsx', 'scripts/db.ts', command], { encoding: 'utf8', env, timeout: 170_000 });

let driver: Driver;
let app: ReturnType<typeof buildApp>;
let before: Fingerprint;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const started = db('start');
  if (started.status !== 0) throw new Error(`second Neo4j did not start: ${started.stderr}`);
  const vars = Object.fromEntries(
    db('env')
      .stdout.trim()
      .split('\n')
      .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  driver = createDriver({ uri: vars.NEO4J_URI!, user: 'neo4j', password: vars.NEO4J_PASSWORD!, waitMs: Number(TEST_DB_WAIT_MS) });
  const { records } = await driver.executeQuery(
    `CREATE (ada:Person {fullName: 'Ada Lovelace', born: 1815}),
            (charles:Person {fullName: 'Charles Babbage', aliases: ['Babbage']}),
            (notes:Book {title: 'Notes on the Analytical Engine'}),
            (ada)-[:WROTE {year: 1843}]->(notes), (ada)-[:KNEW {since: 1833}]->(charles)
     RETURN elementId(ada) AS ada, elementId(charles) AS charles, elementId(notes) AS notes`,
    {},
    { database: 'neo4j' },
  );
  Object.assign(ids, records[0]!.toObject());
  // A second server just started is cold: its first statements may be slow on a busy machine, which is not what this file tests.
  app = buildApp(driver, { env: { NEO4J_URI: vars.NEO4J_URI!, NEO4J_PASSWORD: vars.NEO4J_PASSWORD!, DB_WAIT_MS: TEST_DB_WAIT_MS } });
  before = await fingerprint(driver, 'neo4j');
}, 180_000);

afterAll(async () => {
  await driver?.close();
  db('stop');
  rmSync(home, { recursive: true, force: true });
}, 120_000);

describe("someone else's database", () => {
  it('describes its schema, without our full-text index', async () => {
    const schema = SchemaResponse.parse((await request(app).get('/api/schema').expect(200)).body);
    expect(schema.hasFulltextIndex).toBe(false);
    expect(schema.labels).toEqual(
      expect.arrayContaining([
        { label: 'Person', count: 2, properties: ['aliases', 'born', 'fullName'], caption: 'fullName', everyNode: false },
        { label: 'Book', count: 1, properties: ['title'], caption: 'title', everyNode: false },
      ]),
    );
    expect(schema.relationshipTypes).toContainEqual({ type: 'WROTE', count: 1, properties: ['year'] });
  });

  it('searches name-like properties and aliases by scanning', async () => {
    const search = async (q: string) => SearchResponse.parse((await request(app).get(`/api/search?q=${q}`).expect(200)).body).results;
    expect((await search('lovelace'))[0]).toMatchObject({ id: ids.ada, caption: 'Ada Lovelace', matched: 'Ada Lovelace' });
    expect((await search('babb'))[0]).toMatchObject({ id: ids.charles, matched: 'Babbage' });
    expect((await search('analytical'))[0]).toMatchObject({ id: ids.notes, matched: 'Notes on the Analytical Engine' });
    expect(await search('nobody')).toEqual([]);
    expect(await search(encodeURIComponent('( ) ! ^ [ ] + -'))).toEqual([]);
  });

  it('expands, finds paths and runs read queries', async () => {
    const hood = NeighborsResponse.parse(
      (
        await request(app)
          .get(`/api/nodes/${encodeURIComponent(ids.ada!)}/neighbors`)
          .expect(200)
      ).body,
    );
    expect(hood.total).toBe(2);
    expect(hood.graph.edges.every((e) => e.provenance === undefined)).toBe(true);
    const url = `/api/paths?from=${encodeURIComponent(ids.notes!)}&to=${encodeURIComponent(ids.charles!)}`;
    const { paths } = PathsResponse.parse((await request(app).get(url).expect(200)).body);
    expect(paths[0]!.nodes.map((n) => n.caption)).toEqual(['Notes on the Analytical Engine', 'Ada Lovelace', 'Charles Babbage']);
    expect((await request(app).get('/api/documents').expect(200)).body).toEqual({ documents: [] });
    await request(app)
      .get(`/api/nodes/${encodeURIComponent(ids.ada!)}`)
      .expect(200);
    const cypher = await request(app)
      .post('/api/cypher')
      .send({ query: 'MATCH (p:Person) RETURN p.fullName AS name ORDER BY name' })
      .expect(200);
    expect(cypher.body.rows).toEqual([['Ada Lovelace'], ['Charles Babbage']]);
    await request(app).post('/api/cypher').send({ query: 'CREATE FULLTEXT INDEX x FOR (n:Person) ON EACH [n.fullName]' }).expect(403);
  });

  it('is not built on our ontology: the page styles and filters it by type only', async () => {
    const { ontology, applies } = OntologyResponse.parse((await request(app).get('/api/ontology').expect(200)).body);
    expect(applies).toBe(false);
    expect(Object.keys(ontology.relationshipTypes)).not.toContain('WROTE');
  });

  it('opens on an overview of its own data: no dates, so no timeline range, and no provenance', async () => {
    const o = OverviewResponse.parse((await request(app).get('/api/overview').expect(200)).body);
    expect(o.labels).toEqual([
      { label: 'Person', count: 2 },
      { label: 'Book', count: 1 },
    ]);
    expect(o.hubs[0]).toMatchObject({ id: ids.ada, caption: 'Ada Lovelace', degree: 2 });
    expect(o.dates).toBeNull();
    expect(o.provenance).toBe(false);
  });

  it('has written nothing: same nodes, relationships, properties, indexes and constraints', async () => {
    expect(await fingerprint(driver, 'neo4j')).toEqual(before);
  });
});
