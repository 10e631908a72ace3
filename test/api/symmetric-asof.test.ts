/**
 * Symmetric types are stored once and match from either end in every endpoint; `asOf` filters
 * every dated relationship (validity, and point events not yet happened) in expansion and paths.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { NeighborsResponse, NodeDetails, PathsResponse } from '../../contract/api.ts';
import { idOfKey, readOnlyTestApp } from '../helpers/api-app.ts';

const t = readOnlyTestApp();
const ids: Record<string, string> = {};
const enc = encodeURIComponent;

beforeAll(async () => {
  for (const key of [
    'country-armenia',
    'country-azerbaijan',
    'country-kyrgyzstan',
    'country-tajikistan',
    'org-csto',
    'country-uzbekistan',
  ]) {
    ids[key] = await idOfKey(t.driver, t.database, key);
  }
});

const neighbors = async (key: string, query: string) =>
  NeighborsResponse.parse(
    (
      await request(t.app)
        .get(`/api/nodes/${enc(ids[key]!)}/neighbors?${query}`)
        .expect(200)
    ).body,
  );

describe('symmetric types', () => {
  it('are stored once', async () => {
    const { records } = await t.driver.executeQuery(
      `MATCH (a {key: 'country-armenia'})-[r:IN_CONFLICT_WITH]-(b {key: 'country-azerbaijan'}) RETURN count(DISTINCT r) AS n`,
      {},
      { database: t.database },
    );
    expect(Number(records[0]!.get('n'))).toBe(1);
  });

  it('match outgoing and incoming from both ends, in counts and in the graph', async () => {
    for (const [key, other] of [
      ['country-armenia', 'country-azerbaijan'],
      ['country-azerbaijan', 'country-armenia'],
    ] as const) {
      for (const direction of ['out', 'in', 'both']) {
        const hood = await neighbors(key, `types=IN_CONFLICT_WITH&direction=${direction}`);
        expect(hood.total, `${key} ${direction}`).toBe(1);
        expect(hood.graph.nodes.map((n) => n.id)).toContain(ids[other]);
      }
    }
  });

  it('an unfiltered one-way expansion counts them too (not the stored degree alone)', async () => {
    const out = await neighbors('country-tajikistan', 'direction=out&limit=1000');
    const types = out.graph.edges.map((e) => e.type);
    expect(types).toContain('IN_CONFLICT_WITH');
    expect(types).toContain('BORDERS');
    expect(out.total).toBe(out.graph.edges.length);
  });

  it('node details give them one count, direction both', async () => {
    const details = NodeDetails.parse(
      (
        await request(t.app)
          .get(`/api/nodes/${enc(ids['country-kyrgyzstan']!)}`)
          .expect(200)
      ).body,
    );
    const borders = details.degree.filter((d) => d.type === 'BORDERS');
    expect(borders).toEqual([{ type: 'BORDERS', direction: 'both', count: 2 }]);
  });
});

describe('asOf', () => {
  it('keeps point events that had happened: no request for help from Kazakhstan as of 2021, one as of 2023', async () => {
    const asked = async (day: string) =>
      (await neighbors('org-csto', `types=REQUESTED_AID_FROM&direction=in&asOf=${day}`)).graph.edges.map((e) => String(e.properties.date));
    expect(await asked('2009-06-01')).toEqual(['1999-01-01']);
    expect((await asked('2023-01-01')).sort()).toEqual(['1999-01-01', '2010-01-01', '2021-01-01', '2022-01-01', '2022-09-01']);
  });

  it('paths respect it: Uzbekistan reaches the CSTO by membership in 2008, not in 2015', async () => {
    const url = (day: string) =>
      `/api/paths?from=${enc(ids['country-uzbekistan']!)}&to=${enc(ids['org-csto']!)}&maxHops=1&types=MEMBER_OF&asOf=${day}`;
    expect(PathsResponse.parse((await request(t.app).get(url('2008-06-01')).expect(200)).body).paths).toHaveLength(1);
    expect(PathsResponse.parse((await request(t.app).get(url('2015-06-01')).expect(200)).body).paths).toHaveLength(0);
  });
});
