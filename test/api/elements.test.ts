/** POST /api/elements: a shared view's nodes and relationships by element id, on the seed graph. */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { ElementsResponse, NeighborsResponse } from '../../contract/api.ts';
import { idOfKey, readOnlyTestApp } from '../helpers/api-app.ts';

const t = readOnlyTestApp();
let turkey: string;
let azerbaijan: string;
let backs: string;

beforeAll(async () => {
  turkey = await idOfKey(t.driver, t.database, 'country-turkey');
  azerbaijan = await idOfKey(t.driver, t.database, 'country-azerbaijan');
  const res = await request(t.app)
    .get(`/api/nodes/${encodeURIComponent(turkey)}/neighbors?types=SUPPORTS&direction=out`)
    .expect(200);
  backs = NeighborsResponse.parse(res.body).graph.edges[0]!.id;
});

describe('POST /api/elements', () => {
  it('returns the nodes and relationships asked for, with provenance filled in on every edge', async () => {
    const res = await request(t.app)
      .post('/api/elements')
      .send({ nodes: [turkey, azerbaijan], edges: [backs] })
      .expect(200);
    const { graph } = ElementsResponse.parse(res.body);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([turkey, azerbaijan].sort());
    expect(graph.edges.map((e) => e.id)).toEqual([backs]);
    expect(graph.edges[0]!.provenance?.[0]).toMatchObject({
      documentId: expect.any(String),
      title: expect.any(String),
      quote: expect.any(String),
    });
    expect(graph.nodes[0]!.properties).not.toHaveProperty('sources');
  });

  it('leaves out what no longer exists instead of failing', async () => {
    const gone = turkey.replace(/:\d+$/, ':999999999');
    const res = await request(t.app)
      .post('/api/elements')
      .send({ nodes: [turkey, gone] })
      .expect(200);
    expect(ElementsResponse.parse(res.body).graph.nodes.map((n) => n.id)).toEqual([turkey]);
  });

  it.each([
    [{}, /nodes/],
    [{ nodes: 'not-a-list' }, /nodes/],
    [{ nodes: [turkey], extra: 1 }, /extra/],
    [{ nodes: [''] }, /nodes/],
  ])('refuses the body %o with a 400 naming the field', async (body, message) => {
    const res = await request(t.app).post('/api/elements').send(body).expect(400);
    expect(res.body.error.message).toMatch(message);
  });
});
