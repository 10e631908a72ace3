/** GET /api/nodes/:id and /api/nodes/:id/neighbors on the seed graph. */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NeighborsResponse, NodeDetails } from '../../contract/api.ts';
import { idOfKey, testApp } from '../helpers/api-app.ts';
import { uniqueSuffix } from '../helpers/database.ts';

const t = testApp();
const ids: Record<string, string> = {};
const enc = encodeURIComponent;

beforeAll(async () => {
  for (const key of ['country-turkey', 'country-azerbaijan', 'country-kazakhstan', 'country-uzbekistan', 'org-csto']) {
    ids[key] = await idOfKey(t.driver, t.database, key);
  }
});
afterAll(() => t.close());

async function neighbors(key: string, query = '') {
  const res = await request(t.app)
    .get(`/api/nodes/${enc(ids[key]!)}/neighbors?${query}`)
    .expect(200);
  return NeighborsResponse.parse(res.body);
}

describe('GET /api/nodes/:id', () => {
  it('gives the node, its degree by type and direction, and the documents behind it', async () => {
    const res = await request(t.app)
      .get(`/api/nodes/${enc(ids['country-turkey']!)}`)
      .expect(200);
    const details = NodeDetails.parse(res.body);
    expect(details.node).toMatchObject({ id: ids['country-turkey'], caption: 'Turkey' });
    expect(details.node.labels).toEqual(expect.arrayContaining(['Country', 'Entity']));
    expect(details.degree).toContainEqual({ type: 'SUPPORTS', direction: 'out', count: 1 });
    expect(details.totalDegree).toBe(details.degree.reduce((s, d) => s + d.count, 0));
    expect(details.documents.map((d) => d.key).sort()).toEqual(['afp-2022-11-csto-yerevan-summit', 'end-of-odkb-2022-10-13']);
    const afp = details.documents.find((d) => d.key === 'afp-2022-11-csto-yerevan-summit');
    expect(afp).toMatchObject({ publisher: 'AFP', date: '2022-11-23', language: 'en' });
    expect(details.provenance?.[0]).toMatchObject({ documentKey: expect.any(String), title: expect.any(String) });
    // Citations come from the server as `provenance` only: the raw lists never reach the page.
    expect(details.node.properties).not.toHaveProperty('sources');
    expect(details.node.properties).not.toHaveProperty('quotes');
  });

  it('counts incoming relationships too', async () => {
    const res = await request(t.app)
      .get(`/api/nodes/${enc(ids['org-csto']!)}`)
      .expect(200);
    const details = NodeDetails.parse(res.body);
    expect(details.degree.find((d) => d.type === 'MEMBER_OF' && d.direction === 'in')?.count).toBeGreaterThanOrEqual(6);
  });

  it('answers 404 for an element id that is not there', async () => {
    const missing = ids['country-turkey']!.replace(/:\d+$/, ':987654321');
    const res = await request(t.app)
      .get(`/api/nodes/${enc(missing)}`)
      .expect(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  it('expands one hop with provenance filled in on every edge', async () => {
    const { graph, total, truncated } = await neighbors('country-turkey', 'types=SUPPORTS&direction=out');
    expect(total).toBe(1);
    expect(truncated).toBe(false);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([ids['country-turkey'], ids['country-azerbaijan']].sort());
    const [edge] = graph.edges;
    expect(edge).toMatchObject({ type: 'SUPPORTS', source: ids['country-turkey'], target: ids['country-azerbaijan'] });
    expect(edge?.properties).not.toHaveProperty('sources');
    expect(edge?.provenance).toEqual([
      {
        documentKey: 'afp-2022-11-csto-yerevan-summit',
        documentId: expect.stringMatching(/^4:/),
        title: "CSTO summit in Yerevan: Russia's military alliance in crisis",
        publisher: 'AFP',
        date: '2022-11-23',
        quote: 'Turkey, which backs Baku against Armenia, mounts an offensive for influence in the region',
        start: expect.any(Number),
        end: expect.any(Number),
        speaker: null,
        attributed: false,
        attributedTo: null,
        credibility: 6,
        reliability: 'B',
        kind: 'news report',
        reprints: null,
      },
    ]);
    // One source graded B, the claim ungraded (6): 0.75 × 0.5
    expect(edge?.evidence).toMatchObject({ independentSources: 1, claims: 1, denials: 0, confidence: 0.375, level: 'unconfirmed' });
    const citation = edge!.provenance![0]!;
    expect(citation.end! - citation.start!).toBe(citation.quote.length);
    // The second answer takes the document from the app's cache: the same citation, every field.
    const again = await neighbors('country-turkey', 'types=SUPPORTS&direction=out');
    expect(again.graph.edges[0]?.provenance).toEqual(edge?.provenance);
  });

  it('counts from the degree without filters exactly as the filtered count does (self-loop, each direction)', async () => {
    const label = `DegreeFixture${uniqueSuffix()}`;
    const { records } = await t.driver.executeQuery(
      `CREATE (x:$($label) {name: 'X'}), (y:$($label) {name: 'Y'}), (z:$($label) {name: 'Z'}),
              (x)-[:LOOPS]->(x), (x)-[:LINKED]->(y), (x)-[:LINKED]->(z), (y)-[:BACKS]->(x)
       RETURN elementId(x) AS x`,
      { label },
      { database: t.database },
    );
    ids.X = records[0]!.get('x') as string;
    try {
      const edgeIds = (r: NeighborsResponse) => r.graph.edges.map((e) => e.id).sort();
      for (const [direction, expected] of [
        ['both', 4],
        ['out', 3],
        ['in', 2],
      ] as const) {
        const unfiltered = await neighbors('X', `direction=${direction}&limit=2`);
        const filtered = await neighbors('X', `direction=${direction}&limit=2&types=LOOPS,LINKED,BACKS`);
        expect([unfiltered.total, filtered.total], direction).toEqual([expected, expected]);
        expect([unfiltered.truncated, filtered.truncated]).toEqual([expected > 2, expected > 2]);
        const all = await neighbors('X', `direction=${direction}`);
        expect(edgeIds(all)).toEqual(edgeIds(await neighbors('X', `direction=${direction}&types=LOOPS,LINKED,BACKS`)));
        expect(all).toMatchObject({ total: expected, truncated: false });
        expect(all.graph.edges).toHaveLength(expected);
      }
    } finally {
      await t.driver.executeQuery('MATCH (n:$($label)) DETACH DELETE n', { label }, { database: t.database });
    }
  });

  it('caps at the limit and says how many there are in all', async () => {
    const all = await neighbors('org-csto', 'limit=1000');
    expect(all.truncated).toBe(false);
    expect(all.total).toBeGreaterThan(5);
    const few = await neighbors('org-csto', 'limit=3');
    expect(few.graph.edges).toHaveLength(3);
    expect(few).toMatchObject({ total: all.total, truncated: true });
  });

  it('follows the direction asked for', async () => {
    const incoming = await neighbors('org-csto', 'direction=in&types=MEMBER_OF&limit=1000');
    expect(incoming.graph.edges.every((e) => e.target === ids['org-csto'])).toBe(true);
    const outgoing = await neighbors('org-csto', 'direction=out&types=MEMBER_OF&limit=1000');
    expect(outgoing.graph.edges.every((e) => e.source === ids['org-csto'])).toBe(true);
  });

  it('keeps neighbours with one of the labels asked for', async () => {
    const { graph } = await neighbors('country-turkey', 'labels=Organization&limit=1000');
    const others = graph.nodes.filter((n) => n.id !== ids['country-turkey']);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((n) => n.labels.includes('Organization'))).toBe(true);
  });

  it('keeps only relationships valid on the asOf date', async () => {
    // Uzbekistan was a CSTO member 1992-1997 (as the seed dates it) and again 2006-2012.
    const query = (asOf: string) => `types=MEMBER_OF&direction=out&asOf=${asOf}`;
    const members = async (asOf: string) =>
      (await neighbors('country-uzbekistan', query(asOf))).graph.edges.filter((e) => e.target === ids['org-csto']);
    expect(await members('1995-06-01')).toHaveLength(1);
    expect(await members('2000-06-01')).toHaveLength(0);
    expect(await members('2008-06-01')).toHaveLength(1);
    expect(await members('2015-06-01')).toHaveLength(0);
    const [edge] = await members('2008-06-01');
    expect(edge?.properties).toMatchObject({ validFrom: '2006-01-01', validTo: '2012-12-31' });
  });

  it('treats an empty list of types as no filter', async () => {
    const all = await neighbors('country-turkey');
    const empty = await neighbors('country-turkey', 'types=');
    expect(empty.total).toBe(all.total);
  });
});
