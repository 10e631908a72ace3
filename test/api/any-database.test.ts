/**
 * The explorer on data in someone else's shape (test/helpers/foreign-fixture.ts): search by any
 * identifying property, through an index or a scan, fuzzy and by prefix; captions measured per
 * label; subtitles for equal captions; schema per label; directed paths without parallel twins,
 * every capped answer saying so; the overview; describe-only procedures and EXPLAIN/PROFILE.
 * Nothing the API does writes: the database's fingerprint is the same before and after.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherResponse, OverviewResponse, PathsResponse, SchemaResponse, SearchResponse } from '../../contract/api.ts';
import { testApp } from '../helpers/api-app.ts';
import { fingerprint, type Fingerprint } from '../helpers/fingerprint.ts';
import { loadForeignFixture, type ForeignFixture } from '../helpers/foreign-fixture.ts';

const t = testApp();
let fx: ForeignFixture;
let before: Fingerprint;

beforeAll(async () => {
  fx = await loadForeignFixture(t.driver, t.database);
  before = await fingerprint(t.driver, t.database);
});

afterAll(async () => {
  try {
    expect(await fingerprint(t.driver, t.database)).toEqual(before);
  } finally {
    await fx?.remove();
    await t.close();
  }
});

const search = async (q: string, extra = '') =>
  SearchResponse.parse(
    (
      await request(t.app)
        .get(`/api/search?q=${encodeURIComponent(q)}${extra}`)
        .expect(200)
    ).body,
  ).results.filter((r) => r.labels.includes(fx.labels.all));

describe('search finds a node by any identifying property', () => {
  it('by a code, through the database’s own full-text index', async () => {
    const [first] = await search('LHR');
    expect(first).toMatchObject({ id: fx.ids.LHR, caption: 'LHR', matched: 'LHR', matchedProperty: 'iata' });
  });

  it('by a word of a description, also misspelt (the index’s fuzzy match)', async () => {
    expect((await search('heathrow'))[0]).toMatchObject({ id: fx.ids.LHR, matchedProperty: 'description' });
    expect((await search('heathorw'))[0]).toMatchObject({ id: fx.ids.LHR, matchedProperty: 'description' });
  });

  it('by a surname where no index exists: bounded scan, by prefix and misspelt', async () => {
    expect((await search('kowal'))[0]).toMatchObject({ id: fx.ids.jan, matched: 'Kowalski', matchedProperty: 'surname' });
    expect((await search('Kowalsky'))[0]).toMatchObject({ id: fx.ids.jan, matched: 'Kowalski', matchedProperty: 'surname' });
    expect(await search('Xqzvw')).toEqual([]);
  });

  it('by a property that is not distinct (crimes by type), told apart by a subtitle', async () => {
    const crimes = await search('burglary');
    expect(crimes).toHaveLength(2);
    expect(crimes.every((c) => c.caption === 'Burglary' && c.matchedProperty === 'type')).toBe(true);
    const subtitles = crimes.map((c) => c.subtitle);
    expect(new Set(subtitles).size).toBe(2);
    expect(subtitles.every((s) => typeof s === 'string' && !/[0-9a-f]{32}/.test(s))).toBe(true);
  });

  it('tells apart people with the same first name by a second property', async () => {
    const annas = await search('anna');
    expect(annas.map((a) => a.id).sort()).toEqual([fx.ids.anna, fx.ids.anna2].sort());
    expect(annas.map((a) => a.subtitle).sort()).toEqual(['surname: Nowak', 'surname: Wojcik']);
    const [jan] = await search('jan');
    expect(jan).toMatchObject({ id: fx.ids.jan, subtitle: null });
  });

  it('keeps to the labels asked for', async () => {
    const cities = await search('warsaw', `&labels=${fx.labels.city}`);
    expect(cities.map((c) => c.id)).toEqual([fx.ids.Warsaw]);
    const all = await search('warsaw');
    expect(all.map((c) => c.id)).toEqual(expect.arrayContaining([fx.ids.Warsaw, fx.ids.WAW]));
  });
});

describe('captions and schema come from the data', () => {
  it('captions a node by its label’s most name-like property: never a digits-only id or a hash', async () => {
    const res = await request(t.app)
      .get(`/api/nodes/${encodeURIComponent(fx.ids.Warsaw!)}/neighbors`)
      .expect(200);
    const captions = Object.fromEntries(res.body.graph.nodes.map((n: { id: string; caption: string }) => [n.id, n.caption]));
    expect(captions[fx.ids.WAW!]).toBe('WAW');
    expect(captions[fx.ids.anna!]).toBe('Anna');
    const crime = (await search('theft'))[0];
    expect(crime?.caption).toBe('Vehicle theft');
  });

  it('lists each label’s properties and caption property, with counts', async () => {
    const schema = SchemaResponse.parse((await request(t.app).get('/api/schema').expect(200)).body);
    const label = (name: string) => schema.labels.find((l) => l.label === name);
    expect(label(fx.labels.airport)).toMatchObject({ count: 5, properties: ['description', 'iata', 'id'], caption: 'iata' });
    expect(label(fx.labels.crime)).toMatchObject({ count: 3, properties: ['crimeId', 'reported', 'type'], caption: 'type' });
    expect(label(fx.labels.person)).toMatchObject({ count: 5, properties: ['born', 'name', 'personId', 'surname'] });
    expect(label(fx.labels.person)?.caption).not.toBe('personId');
    expect(label(fx.labels.all)?.count).toBe(16);
    expect(schema.relationshipTypes.find((r) => r.type === fx.route)).toEqual({ type: fx.route, count: 5, properties: ['distanceKm'] });
  });
});

describe('paths follow direction when asked, without parallel twins, and say when they are capped', () => {
  const paths = async (from: string, to: string, extra = '') =>
    PathsResponse.parse(
      (
        await request(t.app)
          .get(`/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${extra}`)
          .expect(200)
      ).body,
    );

  it('merges the outbound and the return flight into one path unless asked to keep both', async () => {
    const all = await paths(fx.ids.LHR!, fx.ids.JFK!, '&mode=allShortest');
    expect(all.paths).toHaveLength(1);
    expect(all).toMatchObject({ capped: false, limit: 100 });
    const both = await paths(fx.ids.LHR!, fx.ids.JFK!, '&mode=allShortest&keepParallel=true');
    expect(both.paths).toHaveLength(2);
    const one = await paths(fx.ids.LHR!, fx.ids.JFK!, '&keepParallel=true');
    expect(one).toMatchObject({ capped: true, limit: 1 });
    expect(one.paths).toHaveLength(1);
  });

  it('follows each relationship’s direction with directed=true', async () => {
    const out = await paths(fx.ids.LHR!, fx.ids.JFK!, '&mode=allShortest&directed=true&keepParallel=true');
    expect(out.paths).toHaveLength(1);
    expect(out.paths[0]!.edges[0]).toMatchObject({ source: fx.ids.LHR, target: fx.ids.JFK });
    const forward = await paths(fx.ids.WAW!, fx.ids.GDN!, '&directed=true');
    expect(forward.paths[0]!.nodes.map((n) => n.caption)).toEqual(['WAW', 'KRK', 'GDN']);
    const backwards = await paths(fx.ids.GDN!, fx.ids.WAW!, `&directed=true&types=${fx.route}`);
    expect(backwards).toMatchObject({ paths: [], capped: false });
    const either = await paths(fx.ids.GDN!, fx.ids.WAW!, `&types=${fx.route}`);
    expect(either.paths[0]!.nodes.map((n) => n.caption)).toEqual(['GDN', 'KRK', 'WAW']);
  });

  it('refuses a flag that is not yes or no', async () => {
    const res = await request(t.app).get(
      `/api/paths?from=${encodeURIComponent(fx.ids.LHR!)}&to=${encodeURIComponent(fx.ids.JFK!)}&directed=maybe`,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('directed');
  });
});

describe('the overview describes the data', () => {
  it('lists labels with counts, the best-connected nodes, and the dates the data holds', async () => {
    const o = OverviewResponse.parse((await request(t.app).get('/api/overview').expect(200)).body);
    expect(o.labels).toContainEqual({ label: fx.labels.person, count: 5 });
    expect(o.hubs.length).toBeGreaterThan(0);
    expect(o.hubs[0]!.degree).toBeGreaterThanOrEqual(o.hubs.at(-1)!.degree);
    // DATE values and ISO strings both count; the city founded in 1257 (a string) opens the range.
    expect(o.dates?.from).toBe('1257-06-05');
    expect(o.dates?.properties).toEqual(
      expect.arrayContaining([
        { on: 'node', name: fx.labels.person, key: 'born' },
        { on: 'node', name: fx.labels.city, key: 'founded' },
        { on: 'node', name: fx.labels.event, key: 'date' },
      ]),
    );
  });
});

describe('the Cypher endpoint describes the server and gives plans', () => {
  const cypher = (query: string, params: Record<string, unknown> = {}) => request(t.app).post('/api/cypher').send({ query, params });

  it('allows procedures that only describe the server or the schema', async () => {
    const components = CypherResponse.parse((await cypher('CALL dbms.components()').expect(200)).body);
    expect(components.rows[0]![0]).toBe('Neo4j Kernel');
    await cypher('CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN count(*) AS n').expect(200);
    const stats = await cypher('CALL db.stats.retrieve($section) YIELD section RETURN section', { section: 'GRAPH COUNTS' }).expect(200);
    expect(stats.body.rows).toEqual([['GRAPH COUNTS']]);
    // The QUERIES section would show other people's query texts.
    const queries = await cypher('CALL db.stats.retrieve($section) YIELD data RETURN data', { section: 'QUERIES' }).expect(403);
    expect(queries.body.error.message).toContain('GRAPH COUNTS');
    await cypher('CALL dbms.listConfig()').expect(403);
  });

  it('answers EXPLAIN with the plan and PROFILE with rows, plan and db hits', async () => {
    const explain = CypherResponse.parse((await cypher(`EXPLAIN MATCH (n:\`${fx.labels.airport}\`) RETURN n.iata`).expect(200)).body);
    expect(explain.rows).toEqual([]);
    expect(explain.summary.plan?.operator).toMatch(/^ProduceResults/);
    const profile = CypherResponse.parse(
      (await cypher(`// a comment first\nPROFILE MATCH (n:\`${fx.labels.airport}\`) RETURN n.iata AS iata ORDER BY iata`).expect(200)).body,
    );
    expect(profile.rows).toEqual([['GDN'], ['JFK'], ['KRK'], ['LHR'], ['WAW']]);
    expect(profile.summary.plan?.dbHits).toBeTypeOf('number');
    expect(profile.summary.plan?.rows).toBe(5);
    const write = await cypher(`PROFILE MATCH (n:\`${fx.labels.airport}\`) SET n.hacked = true`).expect(403);
    expect(write.body.error.code).toBe('cypher_not_read_only');
  });
});
