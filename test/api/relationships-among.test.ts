/** POST /api/relationships/among: what connects newly added nodes to the canvas, on the seed graph. */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { NeighborsResponse, RelationshipsAmongResponse } from '../../contract/api.ts';
import { idOfKey, readOnlyTestApp } from '../helpers/api-app.ts';

const t = readOnlyTestApp();
let turkey: string;
let azerbaijan: string;
let armenia: string;

beforeAll(async () => {
  turkey = await idOfKey(t.driver, t.database, 'country-turkey');
  azerbaijan = await idOfKey(t.driver, t.database, 'country-azerbaijan');
  armenia = await idOfKey(t.driver, t.database, 'country-armenia');
});

const among = async (body: object) =>
  RelationshipsAmongResponse.parse((await request(t.app).post('/api/relationships/among').send(body).expect(200)).body);

describe('POST /api/relationships/among', () => {
  it('returns every relationship between the new nodes and the given ones, once each, with provenance', async () => {
    const res = await among({ nodes: [azerbaijan], among: [turkey, armenia] });
    expect(res.truncated).toBe(false);
    expect(res.edges.length).toBeGreaterThan(0);
    for (const e of res.edges) {
      const ends = [e.source, e.target];
      expect(ends).toContain(azerbaijan);
      expect(ends.some((id) => id === turkey || id === armenia)).toBe(true);
    }
    expect(new Set(res.edges.map((e) => e.id)).size).toBe(res.edges.length);
    expect(res.edges.map((e) => e.type)).toContain('SUPPORTS');
    const supports = res.edges.find((e) => e.type === 'SUPPORTS')!;
    expect(supports.provenance?.[0]).toMatchObject({ quote: expect.any(String), title: expect.any(String) });
    // The same relationships as a one-hop expansion of Azerbaijan shows towards those two.
    const hop = NeighborsResponse.parse(
      (
        await request(t.app)
          .get(`/api/nodes/${encodeURIComponent(azerbaijan)}/neighbors?limit=500`)
          .expect(200)
      ).body,
    );
    const expected = hop.graph.edges.filter((e) => [e.source, e.target].some((id) => id === turkey || id === armenia)).map((e) => e.id);
    expect(res.edges.map((e) => e.id).sort()).toEqual(expected.sort());
  });

  it('connects new nodes among themselves, and finds nothing towards nodes they do not touch', async () => {
    const both = await among({ nodes: [turkey, azerbaijan], among: [] });
    expect(both.edges.some((e) => [e.source, e.target].sort().join() === [turkey, azerbaijan].sort().join())).toBe(true);
    const gone = turkey.replace(/:\d+$/, ':999999999');
    expect((await among({ nodes: [azerbaijan], among: [gone] })).edges).toEqual([]);
  });

  it('caps the answer and says so', async () => {
    const csto = await idOfKey(t.driver, t.database, 'org-csto');
    const hop = NeighborsResponse.parse(
      (
        await request(t.app)
          .get(`/api/nodes/${encodeURIComponent(csto)}/neighbors?limit=500`)
          .expect(200)
      ).body,
    );
    const others = hop.graph.nodes.map((n) => n.id).filter((id) => id !== csto);
    const res = await among({ nodes: [csto], among: others, limit: 2 });
    expect(res.edges).toHaveLength(2);
    expect(res.truncated).toBe(true);
  });

  it.each([
    [{}, /nodes/],
    [{ nodes: [], among: [] }, /nodes/],
    [{ nodes: ['4:x:1'] }, /among/],
    [{ nodes: ['4:x:1'], among: [], limit: 0 }, /limit/],
    [{ nodes: ['4:x:1'], among: [], limit: 1_000_000 }, /limit/],
    [{ nodes: ['4:x:1'], among: [], extra: true }, /extra/],
  ])('refuses the body %o with a 400 naming the field', async (body, message) => {
    const res = await request(t.app).post('/api/relationships/among').send(body).expect(400);
    expect(res.body.error.message).toMatch(message);
  });
});
