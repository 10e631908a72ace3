/** The case endpoints against the real app and the real database: list, open, save, rename, duplicate, delete. */
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseResponse, CasesResponse, type CaseContent } from '../../contract/cases.ts';
import { idOfKey, testApp } from '../helpers/api-app.ts';
import { uniqueSuffix } from '../helpers/database.ts';
import { fingerprint } from '../helpers/fingerprint.ts';

const TOKEN = 'cases-test-editor-token-0123456789';
const t = testApp({ EDITOR_TOKEN: TOKEN });
const made: string[] = [];
const suffix = uniqueSuffix();

afterAll(async () => {
  await t.driver.executeQuery(
    'MATCH (c:Case:ExplorerRecord) WHERE c.caseId IN $ids DETACH DELETE c',
    { ids: made },
    { database: t.database },
  );
  await t.close();
});

async function content(): Promise<CaseContent> {
  const turkey = await idOfKey(t.driver, t.database, 'country-turkey');
  const azerbaijan = await idOfKey(t.driver, t.database, 'country-azerbaijan');
  return {
    scene: {
      nodes: [turkey, azerbaijan],
      edges: [],
      positions: [
        [0, 0],
        [100, 50],
      ],
      pinned: [turkey],
      hidden: [],
      selected: [],
      layout: 'fcose',
      hiddenLabels: [],
      hiddenTypes: [],
      asOf: '2020-10-01',
      query: null,
      captions: { [turkey]: 'Turkey', [azerbaijan]: 'Azerbaijan' },
      style: {},
      styleRules: null,
    },
    paths: [{ nodes: [turkey, azerbaijan], edges: [] }],
    notes: [{ kind: 'node', target: turkey, text: 'Backs Baku <script>alert(1)</script>' }],
    annotations: [{ x: 10, y: 20, text: 'Look here' }],
  };
}

const create = (body: unknown) =>
  request(t.app)
    .post('/api/cases')
    .set('X-Editor-Token', TOKEN)
    .send(body as object);

describe('cases', () => {
  it('creates a case, lists it and opens it by id with everything it holds', async () => {
    const c = await content();
    const res = await create({ title: `Turkey and Azerbaijan ${suffix}`, content: c }).expect(200);
    const saved = CaseResponse.parse(res.body);
    made.push(saved.case.id);
    expect(saved.case.title).toBe(`Turkey and Azerbaijan ${suffix}`);
    expect(saved.case.nodes).toBe(2);
    expect(saved.missing).toEqual([]);

    const list = CasesResponse.parse((await request(t.app).get('/api/cases').expect(200)).body);
    expect(list.cases.find((x) => x.id === saved.case.id)).toMatchObject({ title: `Turkey and Azerbaijan ${suffix}`, nodes: 2, edges: 0 });

    const opened = CaseResponse.parse((await request(t.app).get(`/api/cases/${saved.case.id}`).expect(200)).body);
    expect(opened.case.content).toEqual(c);
  });

  it('saves, renames, duplicates and deletes', async () => {
    const c = await content();
    const first = CaseResponse.parse((await create({ title: `Draft ${suffix}`, content: c }).expect(200)).body).case;
    made.push(first.id);

    const changed = { ...c, notes: [...c.notes, { kind: 'node' as const, target: c.scene.nodes[1]!, text: 'second note' }] };
    const saved = await request(t.app).put(`/api/cases/${first.id}`).set('X-Editor-Token', TOKEN).send({ content: changed }).expect(200);
    expect(CaseResponse.parse(saved.body).case.content.notes).toHaveLength(2);
    expect(CaseResponse.parse(saved.body).case.title).toBe(`Draft ${suffix}`);

    const renamed = await request(t.app)
      .patch(`/api/cases/${first.id}`)
      .set('X-Editor-Token', TOKEN)
      .send({ title: `Final ${suffix}` })
      .expect(200);
    expect(CaseResponse.parse(renamed.body).case.title).toBe(`Final ${suffix}`);

    const copy = await request(t.app)
      .post(`/api/cases/${first.id}/duplicate`)
      .set('X-Editor-Token', TOKEN)
      .send({ title: `Copy ${suffix}` })
      .expect(200);
    const dup = CaseResponse.parse(copy.body).case;
    made.push(dup.id);
    expect(dup.id).not.toBe(first.id);
    expect(dup.title).toBe(`Copy ${suffix}`);
    expect(dup.content).toEqual(changed);

    await request(t.app).delete(`/api/cases/${first.id}`).set('X-Editor-Token', TOKEN).expect(200, { deleted: first.id });
    await request(t.app).get(`/api/cases/${first.id}`).expect(404);
    await request(t.app).delete(`/api/cases/${first.id}`).set('X-Editor-Token', TOKEN).expect(404);
    // The copy is its own record: deleting the original leaves it.
    await request(t.app).get(`/api/cases/${dup.id}`).expect(200);
  });

  it('says which of its elements are gone, by the captions it saved', async () => {
    const c = await content();
    const { records } = await t.driver.executeQuery(
      'CREATE (n:CaseTestGone {name: $name}) RETURN elementId(n) AS id',
      { name: `Gone ${suffix}` },
      { database: t.database },
    );
    const gone = records[0]!.get('id') as string;
    c.scene.nodes.push(gone);
    c.scene.captions[gone] = `Gone ${suffix}`;
    const saved = CaseResponse.parse((await create({ title: `With a gone node ${suffix}`, content: c }).expect(200)).body).case;
    made.push(saved.id);
    await t.driver.executeQuery('MATCH (n:CaseTestGone) WHERE elementId(n) = $id DELETE n', { id: gone }, { database: t.database });
    const opened = CaseResponse.parse((await request(t.app).get(`/api/cases/${saved.id}`).expect(200)).body);
    expect(opened.missing).toEqual([{ kind: 'node', id: gone, caption: `Gone ${suffix}` }]);
  });

  it('refuses writes without the editor token, and bad input with a 400 naming it, changing nothing', async () => {
    const c = await content();
    const before = await fingerprint(t.driver, t.database);
    await request(t.app).post('/api/cases').send({ title: 'x', content: c }).expect(401);
    await request(t.app)
      .post('/api/cases')
      .set('X-Editor-Token', 'wrong-token-wrong-token-wrong')
      .send({ title: 'x', content: c })
      .expect(401);
    const empty = await create({ title: '   ', content: c }).expect(400);
    expect(empty.body.error.message).toMatch(/title/);
    const extra = await create({ title: 'x', content: { ...c, scene: { ...c.scene, evil: 1 } } }).expect(400);
    expect(extra.body.error.message).toMatch(/evil/);
    const badDate = await create({ title: 'x', content: { ...c, scene: { ...c.scene, asOf: 'yesterday' } } }).expect(400);
    expect(badDate.body.error.message).toMatch(/asOf/);
    await request(t.app).get('/api/cases/not%20an%20id').expect(400);
    await request(t.app).get('/api/cases/abcdefgh-0000-missing').expect(404);
    await request(t.app).patch('/api/cases/abcdefgh-0000-missing').set('X-Editor-Token', TOKEN).send({ title: 'x' }).expect(404);
    expect(await fingerprint(t.driver, t.database)).toEqual(before);
  });
});
