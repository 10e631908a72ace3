/**
 * Authoring on the real app and the real Neo4j: add a document, read it, commit a change set of
 * a new entity and cited claims, list and revert; bad input answered 4xx with the database
 * unchanged; a failure half-way through a commit leaves nothing behind.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeSetResponse, ChangeSetsResponse, NewDocumentResponse, ReadingResponse } from '../../contract/authoring.ts';
import { createApp } from '../../server/app.ts';
import { parseConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { buildApp } from '../helpers/app.ts';
import { testDatabase, testDriver, uniqueSuffix } from '../helpers/database.ts';
import { fingerprint, type Fingerprint } from '../helpers/fingerprint.ts';

const TOKEN = 'an-editor-token-for-authoring-tests';
const driver = testDriver();
const { database } = testDatabase();
const env = { NEO4J_DATABASE: database, EDITOR_TOKEN: TOKEN };
const app = buildApp(driver, { env });
const s = uniqueSuffix();
const person = `person-zorvan-telkaryan-${s}`;
const text = `Zorvan Telkaryan, a spokesman for the CSTO, criticized Armenia on 3 March 2023. Armenia remains a member of the CSTO, Telkaryan said in Yerevan. Reference ${s}.`;
const made: string[] = [];

const post = (path: string, body: unknown, a = app) =>
  request(a)
    .post(path)
    .set('X-Editor-Token', TOKEN)
    .set('X-Editor-Name', 'Test%20Editor')
    .send(body as object);
const at = (quote: string) => ({ quote, start: text.indexOf(quote) });

let before: Fingerprint;
beforeAll(async () => {
  before = await fingerprint(driver, database);
});
afterAll(async () => {
  // The change sets stay listed after a revert; this file removes the ones it made, then the database is as it was.
  await driver.executeQuery('MATCH (c:ChangeSet:ExplorerRecord) WHERE c.id IN $ids DELETE c', { ids: made }, { database });
  expect(await fingerprint(driver, database)).toEqual(before);
  await driver.close();
});

async function unchanged(send: () => Promise<request.Response>, status: number): Promise<request.Response> {
  const fp = await fingerprint(driver, database);
  const res = await send();
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error.message).toBeTruthy();
  expect(await fingerprint(driver, database)).toEqual(fp);
  return res;
}

const claims = (doc: string) => [
  { subject: person, type: 'WORKS_FOR', object: 'org-csto', document: doc, ...at('Zorvan Telkaryan, a spokesman for the CSTO') },
  {
    subject: person,
    type: 'CRITICIZED',
    object: 'country-armenia',
    document: doc,
    date: '2023-03-03',
    ...at('criticized Armenia on 3 March 2023'),
  },
  {
    subject: 'country-armenia',
    type: 'MEMBER_OF',
    object: 'org-csto',
    document: doc,
    attributed: true,
    speaker: person,
    ...at('Armenia remains a member of the CSTO'),
  },
];
const entity = (doc: string) => ({
  key: person,
  label: 'Person',
  name: 'Zorvan Telkaryan',
  aliases: ['Telkaryan'],
  evidence: { document: doc, ...at('Zorvan Telkaryan') },
});

describe('authoring: document, change set, revert', () => {
  let doc = '';
  let docChangeSet = '';
  let claimChangeSet = '';

  it('stores an HTML document as text, scripts, styles and handlers dropped, with a change set', async () => {
    const html = `<html><head><style>p{color:red}</style><script>alert(1)</script></head><body><p onclick="steal()">${text}</p><img src="x" onerror="alert(2)"></body></html>`;
    const res = await post('/api/documents', {
      title: `Telkaryan criticizes Armenia ${s}`,
      date: '2023-03',
      publisher: 'Test Wire',
      language: 'en',
      url: 'https://example.org/a',
      format: 'html',
      content: html,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = NewDocumentResponse.parse(res.body);
    doc = body.document.key;
    docChangeSet = body.changeSet.id;
    made.push(docChangeSet);
    expect(body.changeSet).toMatchObject({ kind: 'document', author: 'Test Editor', documents: [doc], status: 'committed' });
    const got = await request(app).get(`/api/documents/${doc}`);
    expect(got.status, JSON.stringify(got.body)).toBe(200);
    const stored = got.body;
    expect(stored.document.text).toBe(text);
    expect(stored.document).toMatchObject({ title: `Telkaryan criticizes Armenia ${s}`, publisher: 'Test Wire' });
  });

  it('refuses the same text again (case and white space aside) with 409 and the one already there', async () => {
    const res = await unchanged(
      () => post('/api/documents', { title: 'Again', date: '2023', content: `  ${text.toUpperCase().replace(/ /g, '\n ')} ` }),
      409,
    );
    expect(res.body.error.details.existing.key).toBe(doc);
    expect(res.body.error.message).toContain(`/api/documents/${doc}`);
  });

  it('reads the text: sentences, mentions of known entities, unknown names suggested', async () => {
    const r = ReadingResponse.parse((await request(app).get(`/api/documents/${doc}/reading`).expect(200)).body);
    expect(r.sentences.length).toBeGreaterThanOrEqual(3);
    expect(text.slice(r.sentences[0]!.start, r.sentences[0]!.end)).toBe(
      'Zorvan Telkaryan, a spokesman for the CSTO, criticized Armenia on 3 March 2023.',
    );
    const named = r.mentions.map((m) => `${text.slice(m.start, m.end)}=${m.key}`);
    expect(named).toEqual(expect.arrayContaining(['CSTO=org-csto', 'Armenia=country-armenia', 'Yerevan=place-yerevan']));
    expect(r.suggestions.map((x) => x.text)).toContain('Zorvan Telkaryan');
  });

  it('refuses bad change sets with a clear 4xx and changes nothing', async () => {
    await unchanged(
      () =>
        request(app)
          .post('/api/changesets')
          .send({ claims: claims(doc) }),
      401,
    );
    await unchanged(() => post('/api/changesets', { claims: [{ ...claims(doc)[0], extra: 1 }] }), 400);
    await unchanged(() => post('/api/changesets', { claims: [] }), 400);
    await unchanged(() => post('/api/changesets', { entities: [entity(doc)], claims: [{ ...claims(doc)[1], date: '2023-02-30' }] }), 400);
    const moved = await unchanged(
      () => post('/api/changesets', { entities: [entity(doc)], claims: [{ ...claims(doc)[0], start: 3 }] }),
      422,
    );
    expect(moved.body.error.message).toContain('claims.0.quote');
    const range = await unchanged(
      () => post('/api/changesets', { entities: [entity(doc)], claims: [{ ...claims(doc)[0], object: 'place-yerevan' }] }),
      422,
    );
    expect(range.body.error.message).toMatch(/outside the range of WORKS_FOR/);
    const time = await unchanged(
      () => post('/api/changesets', { entities: [entity(doc)], claims: [{ ...claims(doc)[1], date: undefined, validFrom: '2023' }] }),
      422,
    );
    expect(time.body.error.message).toMatch(/point event/);
    await unchanged(() => post('/api/changesets', { entities: [{ ...entity(doc), key: 'country-armenia' }], claims: [] }), 422);
  });

  it('commits nothing when the transaction fails half-way (after the entity and a claim are written)', async () => {
    // The real app with a fault at the second claim: the entity and the first claim are already written in the transaction.
    const faulty = createApp({
      config: parseConfig({ RATE_LIMIT_PER_MINUTE: '0', ...env }),
      driver,
      logger: createLogger('silent'),
      authoringFault: (point) => {
        if (point === 'claim:2') throw new Error('injected fault after the first claim');
      },
    });
    const fp = await fingerprint(driver, database);
    const res = await post('/api/changesets', { entities: [entity(doc)], claims: claims(doc) }, faulty);
    expect(res.status).toBe(500);
    expect(await fingerprint(driver, database)).toEqual(fp);
    const { records } = await driver.executeQuery('MATCH (n {key: $key}) RETURN count(n) AS n', { key: person }, { database });
    expect(records[0]!.get('n').toNumber()).toBe(0);
  });

  it('commits a new entity and three claims in one change set, two new relationships and one claim added to a seed relationship', async () => {
    const memberBefore = await driver.executeQuery(
      "MATCH (:Entity {key: 'country-armenia'})-[r:MEMBER_OF]->(:Entity {key: 'org-csto'}) RETURN properties(r) AS p",
      {},
      { database },
    );
    const res = await post('/api/changesets', { summary: 'Telkaryan', entities: [entity(doc)], claims: claims(doc) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { changeSet } = ChangeSetResponse.parse(res.body);
    claimChangeSet = changeSet.id;
    made.push(claimChangeSet);
    expect(changeSet).toMatchObject({
      kind: 'claims',
      author: 'Test Editor',
      nodes: [person],
      relationships: [`works_for:${person}:org-csto`, `criticized:${person}:country-armenia`],
      appendedClaims: 1,
    });
    const { records } = await driver.executeQuery(
      'MATCH (p:Person {key: $person})-[r]->(b) RETURN type(r) AS type, b.key AS to, r.quotes AS quotes, r.quoteStarts AS starts, r.date AS date, r.datePrecision AS precision ORDER BY type',
      { person },
      { database },
    );
    expect(records.map((r) => [r.get('type'), r.get('to')])).toEqual([
      ['CRITICIZED', 'country-armenia'],
      ['WORKS_FOR', 'org-csto'],
    ]);
    expect(records[0]!.get('quotes')).toEqual(['criticized Armenia on 3 March 2023']);
    expect(records[0]!.get('starts')[0].toNumber()).toBe(text.indexOf('criticized Armenia'));
    expect(String(records[0]!.get('date'))).toBe('2023-03-03');
    const member = await driver.executeQuery(
      "MATCH (:Entity {key: 'country-armenia'})-[r:MEMBER_OF]->(:Entity {key: 'org-csto'}) RETURN r.sources AS sources, r.speakers AS speakers, r.attributed AS attributed",
      {},
      { database },
    );
    expect(member.records[0]!.get('sources').at(-1)).toBe(doc);
    expect(member.records[0]!.get('speakers').at(-1)).toBe(person);
    expect(member.records[0]!.get('attributed').at(-1)).toBe(true);
    expect((memberBefore.records[0]!.get('p') as { sources: string[] }).sources.length + 1).toBe(member.records[0]!.get('sources').length);
    // The same claim again is refused: the span is already cited.
    await unchanged(() => post('/api/changesets', { claims: [claims(doc)[2]] }), 422);
  });

  it('lists change sets newest first, and the path through the new claims is there', async () => {
    const { changeSets } = ChangeSetsResponse.parse((await request(app).get('/api/changesets').expect(200)).body);
    const ids = changeSets.map((c) => c.id);
    expect(ids.indexOf(claimChangeSet)).toBeLessThan(ids.indexOf(docChangeSet));
    expect(ids.indexOf(docChangeSet)).toBeGreaterThanOrEqual(0);
  });

  it('refuses to revert the document while the claims that cite it stand, naming them', async () => {
    const res = await unchanged(() => post(`/api/changesets/${docChangeSet}/revert`, {}), 409);
    expect(res.body.error.code).toBe('change_set_has_dependents');
    expect(res.body.error.details.dependents.map((d: { id: string }) => d.id)).toEqual([claimChangeSet]);
    expect(res.body.error.message).toContain(claimChangeSet);
  });

  it('reverts the claims, removing exactly what they added, then the document', async () => {
    const memberProps = async () =>
      (
        await driver.executeQuery(
          "MATCH (:Entity {key: 'country-armenia'})-[r:MEMBER_OF]->(:Entity {key: 'org-csto'}) RETURN properties(r) AS p",
          {},
          { database },
        )
      ).records[0]!.get('p');
    const res = await post(`/api/changesets/${claimChangeSet}/revert`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(ChangeSetResponse.parse(res.body).changeSet).toMatchObject({ status: 'reverted', revertedBy: 'Test Editor' });
    const props = await memberProps();
    expect(props.sources).not.toContain(doc);
    await unchanged(() => post(`/api/changesets/${claimChangeSet}/revert`, {}), 409);
    expect((await post(`/api/changesets/${docChangeSet}/revert`, {})).status).toBe(200);
    await request(app).get(`/api/documents/${doc}`).expect(404);
    // Everything but the two reverted change sets is as before the file started.
    await driver.executeQuery('MATCH (c:ChangeSet:ExplorerRecord) WHERE c.id IN $ids DELETE c', { ids: made }, { database });
    made.length = 0;
    expect(await fingerprint(driver, database)).toEqual(before);
  });

  it('answers 404 for an unknown change set and 400 for a malformed id', async () => {
    await unchanged(() => post('/api/changesets/00000000-0000-0000-0000-000000000000/revert', {}), 404);
    await unchanged(() => post('/api/changesets/nope/revert', {}), 400);
  });
});
