/** GET /api/paths: shortest, all shortest and k shortest simple paths, with provenance on each hop. */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PathsResponse, type PathJson } from '../../contract/api.ts';
import type { Driver } from '../../server/db/driver.ts';
import { ProfileCache } from '../../server/explore/profile-cache.ts';
import { buildApp } from '../helpers/app.ts';
import { TEST_DB_WAIT_MS, uniqueSuffix } from '../helpers/database.ts';
import { idOfKey, testApp } from '../helpers/api-app.ts';

const t = testApp();
const ids: Record<string, string> = {};
const enc = encodeURIComponent;
const suffix = uniqueSuffix();
const fixtureLabel = `PathFixture${suffix}`;

beforeAll(async () => {
  for (const key of ['country-turkey', 'country-azerbaijan', 'country-kazakhstan', 'org-csto']) {
    ids[key] = await idOfKey(t.driver, t.database, key);
  }
  // Our own little graph: A-[2 hops through a Document]-B, and A-C-E-B around it.
  const { records } = await t.driver.executeQuery(
    `CREATE (a:$($label) {name: 'A'}), (b:$($label) {name: 'B'}), (c:$($label) {name: 'C'}), (e:$($label) {name: 'E'}),
            (d:$($label):Document {name: 'D', key: $docKey}),
            (a)-[:MENTIONED_IN]->(d), (d)-[:MENTIONS]->(b),
            (a)-[:LINKED]->(c), (c)-[:LINKED]->(e), (e)-[:LINKED]->(b)
     RETURN elementId(a) AS a, elementId(b) AS b, elementId(d) AS d`,
    { label: fixtureLabel, docKey: `doc-${suffix}` },
    { database: t.database },
  );
  const r = records[0]!;
  Object.assign(ids, { A: r.get('a'), B: r.get('b'), D: r.get('d') });
});

afterAll(async () => {
  await t.driver.executeQuery('MATCH (n:$($label)) DETACH DELETE n', { label: fixtureLabel }, { database: t.database });
  await t.close();
});

async function paths(from: string, to: string, query = ''): Promise<PathJson[]> {
  const res = await request(t.app)
    .get(`/api/paths?from=${enc(ids[from]!)}&to=${enc(ids[to]!)}&${query}`)
    .expect(200);
  return PathsResponse.parse(res.body).paths;
}

const names = (p: PathJson) => p.nodes.map((n) => n.caption);

describe('GET /api/paths', () => {
  it('finds a shortest path whose every hop says where it comes from', async () => {
    const [path, ...rest] = await paths('country-turkey', 'country-kazakhstan');
    expect(rest).toEqual([]);
    expect(path!.nodes[0]!.id).toBe(ids['country-turkey']);
    expect(path!.nodes.at(-1)!.id).toBe(ids['country-kazakhstan']);
    expect(path!.edges).toHaveLength(path!.nodes.length - 1);
    for (const edge of path!.edges) {
      expect(edge.provenance?.length).toBeGreaterThan(0);
      expect(edge.provenance![0]).toMatchObject({ title: expect.any(String), documentId: expect.any(String), quote: expect.any(String) });
    }
    // Each edge joins the two nodes either side of it in the path, in one direction or the other.
    path!.edges.forEach((edge, i) => {
      expect([edge.source, edge.target].sort()).toEqual([path!.nodes[i]!.id, path!.nodes[i + 1]!.id].sort());
    });
  });

  it('finds the direct backing of Azerbaijan by Turkey, restricted to a type', async () => {
    const [path] = await paths('country-turkey', 'country-azerbaijan', 'types=SUPPORTS');
    expect(path!.edges.map((e) => e.type)).toEqual(['SUPPORTS']);
    expect(path!.edges[0]!.provenance![0]!.quote).toContain('backs Baku');
  });

  it('returns every shortest path in allShortest mode, all of the same length', async () => {
    const all = await paths('country-turkey', 'country-kazakhstan', 'mode=allShortest');
    expect(all.length).toBeGreaterThan(1);
    expect(new Set(all.map((p) => p.edges.length)).size).toBe(1);
  });

  it('returns at most k simple paths, best ranked first, in k mode', async () => {
    const k = await paths('country-turkey', 'country-kazakhstan', 'mode=k&k=7&maxHops=3');
    expect(k.length).toBeGreaterThan(1);
    expect(k.length).toBeLessThanOrEqual(7);
    // Ranked by meaning (server/explore/path-ranking.ts): lowest total first, never more hops than
    // maxHops.
    const totals = k.map((p) => p.score.total);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    for (const p of k) expect(p.edges.length).toBeLessThanOrEqual(3);
    for (const p of k) expect(new Set(p.nodes.map((n) => n.id)).size).toBe(p.nodes.length);
    expect(new Set(k.map((p) => p.edges.map((e) => e.id).join())).size).toBe(k.length);
  });

  it('never goes through a Document', async () => {
    const [shortest] = await paths('A', 'B', 'maxHops=4');
    expect(names(shortest!)).toEqual(['A', 'C', 'E', 'B']);
    for (const mode of ['shortest', 'allShortest', 'k']) expect(await paths('A', 'B', `mode=${mode}&maxHops=2`)).toEqual([]);
    expect(await paths('A', 'D', 'maxHops=4')).toEqual([]);
  });

  it('honours maxHops', async () => {
    expect(await paths('A', 'B', 'maxHops=2')).toEqual([]);
    expect(await paths('A', 'B', 'maxHops=3')).toHaveLength(1);
  });

  it('answers 404 naming the end that does not exist', async () => {
    const res = await request(t.app)
      .get(`/api/paths?from=${enc(ids.A!)}&to=${enc('4:nope:1')}`)
      .expect(404);
    expect(res.body.error.message).toContain('(to)');
  });
});

describe('one path request, one transaction', () => {
  it("runs the search, the statement and the ranking's lookups in one read transaction, not a query each", async () => {
    // The real driver, counting what the app asks of it.
    const calls = { executeQuery: 0, session: 0 };
    const counting = new Proxy(t.driver, {
      get(target, name, receiver) {
        if (name === 'executeQuery' || name === 'session') calls[name] += 1;
        return Reflect.get(target, name, receiver) as unknown;
      },
    }) as Driver;
    // A profile kept for the whole test, so a slow machine cannot make the second request measure it again.
    const profiles = new ProfileCache({ ttlMs: 24 * 3_600_000 });
    const app = buildApp(counting, { env: { NEO4J_DATABASE: t.database, DB_WAIT_MS: TEST_DB_WAIT_MS }, profiles });
    const url = `/api/paths?from=${enc(ids['country-turkey']!)}&to=${enc(ids['country-kazakhstan']!)}`;
    // The first request also measures the app's data profile (shared, so outside any one request's transaction).
    const first = PathsResponse.parse((await request(app).get(url).expect(200)).body);
    Object.assign(calls, { executeQuery: 0, session: 0 });
    const second = PathsResponse.parse((await request(app).get(url).expect(200)).body);
    expect(second.paths.map(names)).toEqual(first.paths.map(names));
    expect(second.searched.outcome).toBe('found');
    expect(calls).toEqual({ executeQuery: 0, session: 1 });
  });
});
