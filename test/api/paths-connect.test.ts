/**
 * POST /api/paths/connect: the smallest cited network joining three or more entities, on a graph
 * of our own: A, B and C each one hop from a hub-free middle S, A and B also joined by a longer
 * detour, D on its own.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectResponse } from '../../contract/api.ts';
import { uniqueSuffix } from '../helpers/database.ts';
import { testApp } from '../helpers/api-app.ts';

const t = testApp();
const suffix = uniqueSuffix();
const label = `ConnectFixture${suffix}`;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const { records } = await t.driver.executeQuery(
    `CREATE (a:$($label) {name: 'Ay'}), (b:$($label) {name: 'Bee'}), (c:$($label) {name: 'Cee'}), (d:$($label) {name: 'Dee'}),
            (s:$($label) {name: 'Middle'}), (x1:$($label) {name: 'Detour One'}), (x2:$($label) {name: 'Detour Two'}),
            (a)-[:SUPPORTS {sources: [$doc], quotes: ['Ay backs Middle.']}]->(s),
            (b)-[:SUPPORTS {sources: [$doc], quotes: ['Bee backs Middle.']}]->(s),
            (c)-[:SUPPORTS {sources: [$doc], quotes: ['Cee backs Middle.']}]->(s),
            (a)-[:ALLIED_WITH {sources: [$doc], quotes: ['Ay and Detour One.']}]->(x1),
            (x1)-[:ALLIED_WITH {sources: [$doc], quotes: ['Detour One and Detour Two.']}]->(x2),
            (x2)-[:ALLIED_WITH {sources: [$doc], quotes: ['Detour Two and Bee.']}]->(b)
     RETURN [n IN [a, b, c, d, s] | elementId(n)] AS ids`,
    { label, doc: `connect-doc-${suffix}` },
    { database: t.database },
  );
  const list = records[0]!.get('ids') as string[];
  ['A', 'B', 'C', 'D', 'S'].forEach((k, i) => (ids[k] = list[i]!));
});

afterAll(async () => {
  await t.driver.executeQuery('MATCH (n:$($label)) DETACH DELETE n', { label }, { database: t.database });
  await t.close();
});

const connect = async (body: object, status = 200) => (await request(t.app).post('/api/paths/connect').send(body).expect(status)).body;

describe('POST /api/paths/connect', () => {
  it('joins three entities through their common middle: four nodes, three edges, two links, each a told path', async () => {
    const res = ConnectResponse.parse(await connect({ ids: [ids.A, ids.B, ids.C] }));
    expect(res.nodes.map((n) => n.caption).sort()).toEqual(['Ay', 'Bee', 'Cee', 'Middle']);
    expect(res.edges).toHaveLength(3);
    expect(res.links).toHaveLength(2);
    expect(res.unconnected).toEqual([]);
    expect(res.searched).toMatchObject({ pairs: 3, maxHops: 4 });
    for (const link of res.links) {
      expect(link.path.hops).toHaveLength(2);
      expect(link.path.hops[0]!.narration).toMatch(/ supports /);
      expect(link.path.edges.every((e) => (e.provenance?.length ?? 0) > 0)).toBe(true);
    }
    // Every edge of the network cites its sentence.
    for (const e of res.edges) expect(e.provenance?.[0]?.quote).toMatch(/backs Middle/);
  });

  it('names an entity that nothing joins, and still joins the rest', async () => {
    const res = ConnectResponse.parse(await connect({ ids: [ids.A, ids.B, ids.C, ids.D] }));
    expect(res.unconnected).toEqual([ids.D]);
    expect(res.nodes.map((n) => n.caption)).not.toContain('Dee');
    expect(res.searched.pairs).toBe(6);
  });

  it('honours the path filters: without SUPPORTS, A and B join by the detour and C is unconnected', async () => {
    const res = ConnectResponse.parse(await connect({ ids: [ids.A, ids.B, ids.C], excludeTypes: ['SUPPORTS'] }));
    expect(res.unconnected).toEqual([ids.C]);
    expect(res.edges.map((e) => e.type)).toEqual(['ALLIED_WITH', 'ALLIED_WITH', 'ALLIED_WITH']);
  });

  it('avoids the nodes named: without Middle, A and B join by the detour and C is unconnected; an entity cannot be avoided', async () => {
    const res = ConnectResponse.parse(await connect({ ids: [ids.A, ids.B, ids.C], avoid: [ids.S] }));
    expect(res.unconnected).toEqual([ids.C]);
    expect(res.nodes.map((n) => n.caption)).not.toContain('Middle');
    expect(res.searched.avoided).toEqual([ids.S]);
    expect((await connect({ ids: [ids.A, ids.B, ids.C], avoid: [ids.C] }, 400)).error.message).toContain('avoid');
  });

  it('refuses fewer than three, a repeated id and an unknown one, with what is wrong', async () => {
    expect((await connect({ ids: [ids.A, ids.B] }, 400)).error.message).toContain('at least three');
    expect((await connect({ ids: [ids.A, ids.B, ids.A] }, 400)).error.message).toContain('twice');
    expect((await connect({ ids: [ids.A, ids.B, ids.C], maxHops: 9 }, 400)).error.message).toContain('maxHops');
    expect((await connect({ ids: [ids.A, ids.B, '4:nothing-here:999999'] }, 404)).error.message).toContain('4:nothing-here:999999');
  });
});
