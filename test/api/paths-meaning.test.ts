/**
 * GET /api/paths as an analyst reads it: only hops valid on the day asked, chains that could have
 * held at one time, ranked by meaning (a hub does not take over), attribution left out unless
 * asked for, each hop told with its family, narration, validity and every citation. On a graph of
 * our own (a unique label), beside the seed graph so the ontology applies.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PathsResponse } from '../../contract/api.ts';
import { uniqueSuffix } from '../helpers/database.ts';
import { testApp } from '../helpers/api-app.ts';

const t = testApp();
const suffix = uniqueSuffix();
const label = `TraceFixture${suffix}`;
const doc = (n: number) => `trace-doc-${suffix}-${n}`;
const ids: Record<string, string> = {};
const enc = encodeURIComponent;
const HUB_LEAVES = 300;

beforeAll(async () => {
  const { records } = await t.driver.executeQuery(
    `CREATE (g:$($label) {name: 'Gerogia'}), (o:$($label) {name: 'Treaty Org'}),
            (t1:$($label) {name: 'Tee One'}), (t2:$($label) {name: 'Tee Two'}), (t3:$($label) {name: 'Tee Three'}), (t4:$($label) {name: 'Tee Four'}),
            (p:$($label) {name: 'Pea'}), (q:$($label) {name: 'Queue'}), (h:$($label) {name: 'Big Hub'}),
            (m1:$($label) {name: 'Mid One'}), (m2:$($label) {name: 'Mid Two'}),
            (s1:$($label) {name: 'Speaker'}), (s2:$($label) {name: 'Ministry'}),
            (g)-[:MEMBER_OF {validFrom: date('1994-04-20'), validFromPrecision: 'day', validTo: date('1999-12-31'), validToPrecision: 'year',
                             sources: [$d1, $d2], quotes: ['The treaty was extended without anyone.', 'Gerogia joined Treaty Org in 1994.']}]->(o),
            (t1)-[:MEMBER_OF {validFrom: date('2000-01-01'), validTo: date('2005-12-31'), sources: [$d1], quotes: ['Tee One is in Tee Two.']}]->(t2),
            (t2)-[:SUPPORTS {validFrom: date('2010-01-01'), validTo: date('2015-12-31'), sources: [$d1], quotes: ['Tee Two backs Tee Three.']}]->(t3),
            (t2)-[:SUPPORTS {validFrom: date('2004-01-01'), validTo: date('2008-12-31'), sources: [$d1], quotes: ['Tee Two backs Tee Four.']}]->(t4),
            (p)-[:SUPPORTS {sources: [$d1], quotes: ['Pea backs Big Hub.']}]->(h), (h)-[:SUPPORTS {sources: [$d1], quotes: ['Big Hub backs Queue.']}]->(q),
            (p)-[:SUPPORTS {sources: [$d1], quotes: ['Pea backs Mid One.']}]->(m1), (m1)-[:SUPPORTS {sources: [$d1], quotes: ['Mid One backs Queue.']}]->(q),
            (p)-[:SUPPORTS {sources: [$d1], quotes: ['Pea backs Mid Two.']}]->(m2), (m2)-[:SUPPORTS {sources: [$d1], quotes: ['Mid Two backs Queue.']}]->(q),
            (s1)-[:SPEAKS_FOR {sources: [$d1], quotes: ['Speaker speaks for the Ministry.']}]->(s2)
     WITH *
     UNWIND range(1, $leaves) AS i
     CREATE (h)-[:LOCATED_IN]->(:$($label) {name: 'leaf ' + i})
     WITH DISTINCT g, o, t1, t2, t3, t4, p, q, h, m1, m2, s1, s2
     RETURN [x IN [g, o, t1, t2, t3, t4, p, q, h, m1, m2, s1, s2] | elementId(x)] AS ids`,
    { label, d1: doc(1), d2: doc(2), leaves: HUB_LEAVES },
    { database: t.database },
  );
  const list = records[0]!.get('ids') as string[];
  ['G', 'O', 'T1', 'T2', 'T3', 'T4', 'P', 'Q', 'H', 'M1', 'M2', 'S1', 'S2'].forEach((k, i) => (ids[k] = list[i]!));
});

afterAll(async () => {
  await t.driver.executeQuery('MATCH (n:$($label)) DETACH DELETE n', { label }, { database: t.database });
  await t.close();
});

async function paths(from: string, to: string, query = ''): Promise<PathsResponse> {
  const res = await request(t.app)
    .get(`/api/paths?from=${enc(ids[from]!)}&to=${enc(ids[to]!)}&${query}`)
    .expect(200);
  return PathsResponse.parse(res.body);
}

const names = (p: PathsResponse['paths'][number]) => p.nodes.map((n) => n.caption);

describe('asOf', () => {
  for (const mode of ['shortest', 'allShortest', 'k']) {
    it(`${mode}: the membership holds in 1996 and not after it ended (2010)`, async () => {
      const during = await paths('G', 'O', `mode=${mode}&asOf=1996-06-01`);
      expect(during.paths.map(names)).toEqual([['Gerogia', 'Treaty Org']]);
      expect(during.paths[0]!.hops[0]!.ended).toBe(false);
      const after = await paths('G', 'O', `mode=${mode}&asOf=2010-01-01`);
      expect(after.paths).toEqual([]);
      expect(after.searched).toMatchObject({ asOf: '2010-01-01', maxHops: 4, candidates: 0 });
    });
  }

  it('without asOf the ended membership is found, marked ended and ranked as such', async () => {
    const [path] = (await paths('G', 'O')).paths;
    expect(path!.hops[0]!.ended).toBe(true);
    expect(path!.score.ended).toBeGreaterThan(0);
  });
});

describe('timeRespecting', () => {
  it('a chain whose hops overlap in time holds; one whose hops never met does not', async () => {
    expect((await paths('T1', 'T4', 'timeRespecting=true')).paths.map(names)).toEqual([['Tee One', 'Tee Two', 'Tee Four']]);
    expect((await paths('T1', 'T3')).paths.map(names)).toEqual([['Tee One', 'Tee Two', 'Tee Three']]);
    const broken = await paths('T1', 'T3', 'timeRespecting=true&mode=k');
    expect(broken.paths).toEqual([]);
    expect(broken.searched.timeRespecting).toBe(true);
  });

  it('asOf and timeRespecting together: on 2004-06-01 both hops hold', async () => {
    expect((await paths('T1', 'T4', 'timeRespecting=true&asOf=2004-06-01')).paths).toHaveLength(1);
    expect((await paths('T1', 'T4', 'timeRespecting=true&asOf=2007-06-01')).paths).toHaveLength(0);
  });
});

describe('ranking', () => {
  it('a hub does not take over: the paths through ordinary nodes come first, the hub path last with its penalty', async () => {
    const res = await paths('P', 'Q', 'mode=k&k=3&maxHops=2');
    const middles = res.paths.map((p) => p.nodes[1]!.caption);
    expect(middles.slice(0, 2).sort()).toEqual(['Mid One', 'Mid Two']);
    expect(middles[2]).toBe('Big Hub');
    const [first, , hub] = res.paths;
    expect(first!.score.hubs).toBe(0);
    expect(hub!.score.hubs).toBeGreaterThan(0);
    for (const p of res.paths) {
      const { total, hops, evidence, ended, hubs } = p.score;
      expect(total).toBeCloseTo(hops + evidence + ended + hubs, 2);
      expect(hops).toBe(2);
    }
    // The one shortest path is the best ranked, not the first the database happened to find.
    const [best] = (await paths('P', 'Q', 'maxHops=2')).paths;
    expect(best!.nodes[1]!.caption).not.toBe('Big Hub');
  });

  it('more independent sources rank a hop higher (a smaller evidence part)', async () => {
    const [two] = (await paths('G', 'O')).paths;
    const [one] = (await paths('T1', 'T2')).paths;
    expect(two!.hops[0]!.sources).toBe(2);
    expect(one!.hops[0]!.sources).toBe(1);
    expect(two!.score.evidence).toBeLessThan(one!.score.evidence);
  });
});

describe('what may be crossed', () => {
  it('leaves attribution out unless asked for, and says so', async () => {
    const plain = await paths('S1', 'S2');
    expect(plain.paths).toEqual([]);
    expect(plain.searched.excludedTypes).toContain('SPEAKS_FOR');
    expect((await paths('S1', 'S2', 'withAttribution=true')).paths).toHaveLength(1);
    expect((await paths('S1', 'S2', 'families=attribution')).paths).toHaveLength(1);
  });

  it('families and types include and exclude', async () => {
    expect((await paths('T1', 'T4', 'families=membership')).paths).toEqual([]);
    expect((await paths('T1', 'T4', 'families=membership,support')).paths).toHaveLength(1);
    expect((await paths('T1', 'T4', 'excludeFamilies=support')).paths).toEqual([]);
    expect((await paths('T1', 'T4', 'excludeTypes=SUPPORTS')).paths).toEqual([]);
    const bad = await request(t.app)
      .get(`/api/paths?from=${enc(ids.T1!)}&to=${enc(ids.T4!)}&families=gossip`)
      .expect(400);
    expect(bad.body.error.message).toContain('families');
  });

  it('avoid: never through the nodes named, in the search and in every mode; an end cannot be avoided', async () => {
    const viaMids = await paths('P', 'Q', `mode=k&k=5&maxHops=2&avoid=${enc(ids.H!)}`);
    expect(viaMids.paths.map((p) => p.nodes[1]!.caption).sort()).toEqual(['Mid One', 'Mid Two']);
    expect(viaMids.searched.avoided).toEqual([ids.H]);
    for (const mode of ['shortest', 'allShortest', 'k']) {
      const onlyHub = await paths('P', 'Q', `mode=${mode}&maxHops=2&avoid=${enc(ids.M1!)},${enc(ids.M2!)}`);
      expect(onlyHub.paths.map((p) => p.nodes[1]!.caption)).toEqual(['Big Hub']);
    }
    const none = await paths('P', 'Q', `maxHops=3&avoid=${[ids.H!, ids.M1!, ids.M2!].map(enc).join(',')}`);
    expect(none.paths).toEqual([]);
    // Proven by the search, not run out of budget: with the middles avoided, P has no way on.
    expect(none.searched).toMatchObject({ outcome: 'unreachable', avoided: [ids.H, ids.M1, ids.M2].sort() });
    const bad = await request(t.app)
      .get(`/api/paths?from=${enc(ids.P!)}&to=${enc(ids.Q!)}&avoid=${enc(ids.P!)}`)
      .expect(400);
    expect(bad.body.error.message).toContain('avoid');
  });
});

describe('each hop', () => {
  it('carries its family, narration, validity with precision, and every citation with the one naming both ends first', async () => {
    const [path] = (await paths('G', 'O')).paths;
    const [hop] = path!.hops;
    expect(hop).toMatchObject({
      from: ids.G,
      to: ids.O,
      forward: true,
      family: 'membership',
      narration: 'Gerogia is a member of Treaty Org',
      validity: {
        from: { date: '1994-04-20', precision: 'day', inferred: false },
        to: { date: '1999-12-31', precision: 'year', inferred: false },
      },
      sources: 2,
      namingBoth: 1,
    });
    const quotes = path!.edges[0]!.provenance!.map((c) => c.quote);
    expect(quotes).toEqual(['Gerogia joined Treaty Org in 1994.', 'The treaty was extended without anyone.']);
  });

  it('walked against its direction, says so and still narrates the stored fact', async () => {
    const [path] = (await paths('O', 'G')).paths;
    expect(path!.hops[0]).toMatchObject({ from: ids.O, to: ids.G, forward: false, narration: 'Gerogia is a member of Treaty Org' });
  });
});
