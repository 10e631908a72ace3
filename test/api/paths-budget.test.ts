/**
 * Bounded at scale: on a generated graph of 30,000 nodes (two components of 15,000, each a chain
 * with a long link from every node, plus a component of three), every path request answers within
 * its expansion budget. Assertions are on what the search did (its outcome, the relationships it
 * followed against the budget), never on time.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PathsResponse } from '../../contract/api.ts';
import { uniqueSuffix } from '../helpers/database.ts';
import { testApp } from '../helpers/api-app.ts';

const t = testApp();
const suffix = uniqueSuffix();
const label = `BudgetFixture${suffix}`;
const PART = 15_000;
const ids: Record<string, string> = {};
const enc = encodeURIComponent;

/** One component: a chain 0→1→…, and from each node a link to (7i + 13) mod size. */
async function component(part: string, size: number): Promise<void> {
  await t.driver.executeQuery(
    `UNWIND range(0, $size - 1) AS i
     CREATE (x:$($label) {name: $part + ' ' + i, part: $part, idx: i})
     WITH collect(x) AS xs
     UNWIND range(0, size(xs) - 1) AS i
     WITH xs, xs[i] AS a, xs[(i + 1) % size(xs)] AS b, xs[(i * 7 + 13) % size(xs)] AS c
     CREATE (a)-[:LINKED]->(b)
     WITH a, c WHERE a <> c
     CREATE (a)-[:LINKED]->(c)`,
    { label, part, size },
    { database: t.database },
  );
}

beforeAll(async () => {
  await component('big', PART);
  await component('other', PART);
  await component('small', 3);
  const { records } = await t.driver.executeQuery(
    `MATCH (n:$($label)) WHERE n.idx IN [0, 3] RETURN n.part + '-' + n.idx AS key, elementId(n) AS id`,
    { label },
    { database: t.database },
  );
  for (const r of records) ids[r.get('key') as string] = r.get('id') as string;
}, 600_000);

afterAll(async () => {
  const session = t.driver.session({ database: t.database });
  try {
    await session.run('MATCH (n:$($label)) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS', { label });
  } finally {
    await session.close();
  }
  await t.close();
}, 600_000);

async function paths(from: string, to: string, query: string): Promise<PathsResponse> {
  const res = await request(t.app)
    .get(`/api/paths?from=${enc(ids[from]!)}&to=${enc(ids[to]!)}&${query}`)
    .expect(200);
  return PathsResponse.parse(res.body);
}

describe('a path request on a large graph', { timeout: 300_000 }, () => {
  it('proves "no path" from the small side without walking the large one', async () => {
    const res = await paths('big-0', 'small-0', 'maxHops=8&mode=k&k=5');
    expect(res.paths).toEqual([]);
    expect(res.searched).toMatchObject({ outcome: 'unreachable', distance: null, maxHops: 8, budget: 20_000 });
    // The small component has 3 nodes and at most 6 relationship ends; the big side expanded once.
    expect(res.searched.expanded).toBeLessThan(20);
  });

  it('between two large components: "no path within 8 hops" once the two searches have 8 levels between them', async () => {
    const res = await paths('big-0', 'other-0', 'maxHops=8&budget=5000');
    expect(res.paths).toEqual([]);
    expect(res.searched.outcome).toBe('unreachable');
    // Four levels from each end of a graph of degree about four: hundreds of relationships, not 30,000 nodes.
    expect(res.searched.expanded).toBeLessThanOrEqual(5000);
    expect(res.searched.visited).toBeLessThan(2 * PART);
  });

  it('stops at its budget when that runs out first, and says so', async () => {
    const res = await paths('big-0', 'other-0', 'maxHops=8&budget=100');
    expect(res.paths).toEqual([]);
    expect(res.searched.outcome).toBe('budget');
    expect(res.searched.expanded).toBeLessThanOrEqual(100);
    expect(res.searched.budget).toBe(100);
  });

  it('finds a connected pair within its budget, bounded by the distance found', async () => {
    const res = await paths('big-0', 'big-3', 'maxHops=8&mode=k&k=3');
    expect(res.searched.outcome).toBe('found');
    expect(res.searched.distance).toBeLessThanOrEqual(3);
    expect(res.searched.expanded).toBeLessThanOrEqual(20_000);
    expect(res.paths.length).toBeGreaterThan(0);
    for (const p of res.paths) {
      expect(p.nodes.at(-1)!.id).toBe(ids['big-3']);
      expect(p.edges.length).toBeLessThanOrEqual(res.searched.distance! + 2);
      expect(p.hops.every((h) => h.family === null && h.narration.includes('linked'))).toBe(true);
    }
  });

  it('refuses a budget beyond its limit', async () => {
    const res = await request(t.app)
      .get(`/api/paths?from=${enc(ids['big-0']!)}&to=${enc(ids['big-3']!)}&budget=999999999`)
      .expect(400);
    expect(res.body.error.message).toContain('budget');
  });
});
