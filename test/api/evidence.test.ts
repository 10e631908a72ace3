/**
 * Why we believe it (issue 14), on a fixture made for it: corroboration counts, confidence
 * values, the contradiction list, a verdict's round trip, and bad grades refused with nothing written.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NeighborsResponse, type GraphEdge } from '../../contract/api.ts';
import { ContradictionsResponse, DocumentGradeResponse, VerdictResponse } from '../../contract/contradictions.ts';
import { independentSources } from '../../contract/evidence.ts';
import { loadFiles } from '../../seed/load.ts';
import { idOfKey, testApp } from '../helpers/api-app.ts';
import { uniqueSuffix } from '../helpers/database.ts';
import { DENIAL_QUOTE, WIRE_QUOTE, writeEvidenceFixture } from '../helpers/evidence-fixture.ts';
import { fingerprint } from '../helpers/fingerprint.ts';

const TOKEN = 'evidence-editor-token-0123456789';
// A busy machine answers slowly: generous waits, never a bound on speed.
const t = testApp({ EDITOR_TOKEN: TOKEN, QUERY_TIMEOUT_MS: '120000' });
const SLOW = { timeout: 300_000 };
const s = uniqueSuffix();
const k = (name: string) => `${name}-${s}`;
const enc = encodeURIComponent;

beforeAll(async () => {
  await loadFiles({ driver: t.driver, database: t.database }, [writeEvidenceFixture(s)]);
}, 300_000);

afterAll(async () => {
  await t.driver.executeQuery(
    'MATCH (v:Verdict:ExplorerRecord) WHERE v.contradiction CONTAINS $s DETACH DELETE v',
    { s },
    { database: t.database },
  );
  await t.driver.executeQuery('MATCH (n) WHERE n.key ENDS WITH $s DETACH DELETE n', { s: `-${s}` }, { database: t.database });
  await t.close();
}, 300_000);

async function edgesOf(key: string): Promise<GraphEdge[]> {
  const id = await idOfKey(t.driver, t.database, k(key));
  const res = await request(t.app)
    .get(`/api/nodes/${enc(id)}/neighbors`)
    .expect(200);
  return NeighborsResponse.parse(res.body).graph.edges;
}

const edge = (edges: GraphEdge[], type: string, key?: string) => edges.find((e) => e.type === type && (!key || e.properties.key === key))!;

async function contradictions() {
  const res = await request(t.app).get('/api/contradictions').expect(200);
  return ContradictionsResponse.parse(res.body).contradictions.filter((c) => c.id.includes(s));
}

describe('corroboration and confidence on every edge', SLOW, () => {
  it('counts a reprinted wire story once, and combines the independent sources by their grades', async () => {
    const supports = edge(await edgesOf('country-alpha'), 'SUPPORTS');
    expect(supports.evidence).toMatchObject({ independentSources: 2, claims: 3, denials: 1, level: 'tentative' });
    expect(independentSources(supports)).toBe(2);
    // wire B/2: 0.75 × 0.8 = 0.6 (the paper's C/2 reprint, 0.48, is the same source); analysis F/3 attributed: 0.5 × 0.6 × 0.8 = 0.24
    expect(supports.evidence!.sources.map((x) => [x.origin, x.documents, x.score])).toEqual([
      [k('wire'), [k('wire'), k('paper')], 0.6],
      [k('analysis'), [k('analysis')], 0.24],
    ]);
    expect(supports.evidence!.confidence).toBe(0.696);
    const wire = supports.provenance!.find((c) => c.documentKey === k('paper'))!;
    expect(wire).toMatchObject({ reliability: 'C', kind: 'news report', reprints: k('wire'), quote: WIRE_QUOTE, credibility: 2 });
    expect(supports.provenance!.find((c) => c.denies)).toMatchObject({ documentKey: k('ministry'), quote: DENIAL_QUOTE });
  });

  it('counts the same words in two unrelated documents once, and grades an ungraded document F', async () => {
    const edges = await edgesOf('country-gamma');
    const allied = edge(edges, 'ALLIED_WITH', `allied_with:${k('country-alpha')}:${k('country-gamma')}`);
    // analysis (F/6: 0.25) and ministry (A/6: 0.45) quote the same sentence: one source, its best claim
    expect(allied.evidence).toMatchObject({ independentSources: 1, claims: 2, confidence: 0.45, level: 'tentative' });
    const ungraded = edge(edges, 'ALLIED_WITH', `allied_with:${k('country-beta')}:${k('country-gamma')}`);
    expect(ungraded.provenance![0]).toMatchObject({ reliability: 'F', credibility: 6 });
    expect(ungraded.evidence).toMatchObject({ independentSources: 1, confidence: 0.25, level: 'unconfirmed' });
  });

  it('is on every hop of a path, and on every relationship of the seed graph around the CSTO', async () => {
    const [from, to] = await Promise.all([
      idOfKey(t.driver, t.database, k('country-beta')),
      idOfKey(t.driver, t.database, k('country-gamma')),
    ]);
    const paths = await request(t.app)
      .get(`/api/paths?from=${enc(from)}&to=${enc(to)}&maxHops=2&mode=k&k=3`)
      .expect(200);
    const hops = (paths.body.paths as { edges: GraphEdge[] }[]).flatMap((p) => p.edges);
    expect(hops.length).toBeGreaterThan(0);
    for (const hop of hops) expect(hop.evidence?.independentSources).toBeGreaterThanOrEqual(1);
    const csto = await idOfKey(t.driver, t.database, 'org-csto');
    const around = NeighborsResponse.parse(
      (
        await request(t.app)
          .get(`/api/nodes/${enc(csto)}/neighbors?limit=200`)
          .expect(200)
      ).body,
    );
    expect(around.graph.edges.length).toBeGreaterThan(10);
    for (const e of around.graph.edges) {
      expect(e.evidence?.independentSources).toBeGreaterThanOrEqual(1);
      expect(e.evidence?.sources.every((x) => ['B', 'F'].includes(x.reliability))).toBe(true);
    }
  });

  it('is on the relationships of an ad-hoc Cypher answer too', async () => {
    const res = await request(t.app)
      .post('/api/cypher')
      .send({ query: 'MATCH (a {key: $a})-[r:SUPPORTS]->(b) RETURN r', params: { a: k('country-alpha') } })
      .expect(200);
    const edges = res.body.graph.edges as GraphEdge[];
    expect(edges[0]?.evidence?.independentSources).toBe(2);
  });
});

describe('GET /api/contradictions', SLOW, () => {
  it('lists a type against its negation, a claim against its denial, and an alliance against a conflict over common years', async () => {
    const list = await contradictions();
    expect(list.map((c) => c.kind).sort()).toEqual(['denial', 'negation', 'opposing']);
    const negation = list.find((c) => c.kind === 'negation')!;
    expect(negation.sides.map((x) => x.label)).toEqual(['SUPPORTS', 'DID_NOT_SUPPORT']);
    expect(negation.sides[1].citations.map((c) => c.documentKey)).toEqual([k('analysis')]);
    expect(negation.sides[0].citations).toHaveLength(3);
    const denial = list.find((c) => c.kind === 'denial')!;
    expect(denial.sides[1].citations).toEqual([expect.objectContaining({ documentKey: k('ministry'), reliability: 'A', denies: true })]);
    expect(denial.sides[0].citations.every((c) => !c.denies)).toBe(true);
    const opposing = list.find((c) => c.kind === 'opposing')!;
    expect(opposing.sides.map((x) => x.label)).toEqual(['ALLIED_WITH', 'IN_CONFLICT_WITH']);
    expect(opposing.overlap).toEqual({ from: '2014-01-01', to: '2015-12-31' });
    expect(opposing.source.properties.key).toBe(k('country-alpha'));
    // Not flagged: OPPOSES runs the other way than SUPPORTS; Betaland's alliance and war share no year.
    expect(list.some((c) => c.sides.some((x) => x.edge.type === 'OPPOSES'))).toBe(false);
    expect(list.some((c) => c.id.includes(`allied_with:${k('country-beta')}`))).toBe(false);
    expect(list.every((c) => c.verdict === null && c.verdicts.length === 0)).toBe(true);
  });

  it('refuses a bad limit with 400', async () => {
    const res = await request(t.app).get('/api/contradictions?limit=0').expect(400);
    expect(res.body.error.message).toMatch(/limit/);
  });
});

describe('verdicts', SLOW, () => {
  it('round trip: recorded with author and time, shown on the contradiction, reversed and kept', async () => {
    const [target] = (await contradictions()).filter((c) => c.kind === 'negation');
    const before = await fingerprint(t.driver, t.database);
    await request(t.app)
      .post('/api/verdicts')
      .send({ contradiction: target!.id, holds: 'second', reason: 'The analysis is more recent.' })
      .expect(401);
    expect(await fingerprint(t.driver, t.database)).toEqual(before);

    const made = await request(t.app)
      .post('/api/verdicts')
      .set('X-Editor-Token', TOKEN)
      .set('X-Editor-Name', 'Ana Lyst')
      .send({ contradiction: target!.id, holds: 'second', reason: 'The analysis is more recent.' })
      .expect(201);
    const { verdict } = VerdictResponse.parse(made.body);
    expect(verdict).toMatchObject({
      contradiction: target!.id,
      holds: 'second',
      author: 'Ana Lyst',
      reason: 'The analysis is more recent.',
      reversedAt: null,
    });
    expect(verdict.holdsEdge).toBe(`did_not_support:${k('country-alpha')}:${k('country-beta')}`);
    expect(Date.now() - Date.parse(verdict.at)).toBeLessThan(24 * 3600_000);

    const judged = (await contradictions()).find((c) => c.id === target!.id)!;
    expect(judged.verdict?.id).toBe(verdict.id);

    const reversed = await request(t.app)
      .delete(`/api/verdicts/${verdict.id}`)
      .set('X-Editor-Token', TOKEN)
      .set('X-Editor-Name', 'Rev Iewer')
      .expect(200);
    expect(VerdictResponse.parse(reversed.body).verdict).toMatchObject({ id: verdict.id, reversedBy: 'Rev Iewer' });
    const open = (await contradictions()).find((c) => c.id === target!.id)!;
    expect(open.verdict).toBeNull();
    expect(open.verdicts).toEqual([expect.objectContaining({ id: verdict.id, reversedBy: 'Rev Iewer' })]);

    const again = await request(t.app).delete(`/api/verdicts/${verdict.id}`).set('X-Editor-Token', TOKEN).expect(409);
    expect(again.body.error.code).toBe('already_reversed');
  });

  it('refuses a verdict on no contradiction, without a reason, or on an unknown side, writing nothing', async () => {
    const before = await fingerprint(t.driver, t.database);
    const post = (body: object) => request(t.app).post('/api/verdicts').set('X-Editor-Token', TOKEN).send(body);
    await post({ contradiction: `negation:nothing-${s}`, holds: 'first', reason: 'No such thing.' }).expect(404);
    const [c] = await contradictions();
    expect((await post({ contradiction: c!.id, holds: 'first', reason: '' }).expect(400)).body.error.message).toMatch(/reason/);
    expect((await post({ contradiction: c!.id, holds: 'third', reason: 'Because.' }).expect(400)).body.error.message).toMatch(/holds/);
    await request(t.app).delete('/api/verdicts/00000000-0000-4000-8000-000000000000').set('X-Editor-Token', TOKEN).expect(404);
    expect(await fingerprint(t.driver, t.database)).toEqual(before);
  });
});

describe('PATCH /api/documents/:id (grading)', SLOW, () => {
  it('refuses a bad grade, an unknown field, an empty change and an unknown document with a clear 4xx, writing nothing', async () => {
    const before = await fingerprint(t.driver, t.database);
    const patch = (id: string, body: object) =>
      request(t.app)
        .patch(`/api/documents/${enc(id)}`)
        .set('X-Editor-Token', TOKEN)
        .send(body);
    const bad = await patch(k('analysis'), { reliability: 'G' }).expect(400);
    expect(bad.body.error.message).toMatch(/reliability/);
    expect((await patch(k('analysis'), { reliability: 'B', grade: 'A' }).expect(400)).body.error.message).toMatch(/grade/);
    expect((await patch(k('analysis'), {}).expect(400)).body.error.message).toMatch(/at least one/);
    await patch(k('analysis'), { kind: 'rumour' }).expect(400);
    await patch(`no-such-document-${s}`, { reliability: 'A' }).expect(404);
    await request(t.app)
      .patch(`/api/documents/${k('analysis')}`)
      .send({ reliability: 'A' })
      .expect(401);
    expect(await fingerprint(t.driver, t.database)).toEqual(before);
  });

  it('grades a document, and the edges citing it answer with the new confidence at once', async () => {
    const key = `allied_with:${k('country-beta')}:${k('country-gamma')}`;
    expect(edge(await edgesOf('country-gamma'), 'ALLIED_WITH', key).evidence?.confidence).toBe(0.25);
    const res = await request(t.app)
      .patch(`/api/documents/${k('analysis')}`)
      .set('X-Editor-Token', TOKEN)
      .send({ reliability: 'B', publisher: 'Test Institute' })
      .expect(200);
    expect(DocumentGradeResponse.parse(res.body).document).toMatchObject({
      key: k('analysis'),
      reliability: 'B',
      publisher: 'Test Institute',
      kind: 'analysis',
    });
    const regraded = edge(await edgesOf('country-gamma'), 'ALLIED_WITH', key);
    expect(regraded.provenance![0]).toMatchObject({ reliability: 'B', publisher: 'Test Institute' });
    // B/6: 0.75 × 0.5
    expect(regraded.evidence?.confidence).toBe(0.375);
  });
});
