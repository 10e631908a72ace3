/**
 * The export round trip: GET /api/export of the test database (the seed graph plus a document
 * and claims committed through the API), loaded with the importer into an EMPTY second Neo4j,
 * gives the same knowledge graph (content fingerprint), and exporting that one gives the same file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '../../seed/load.ts';
import { buildApp } from '../helpers/app.ts';
import { contentFingerprint } from '../helpers/content-fingerprint.ts';
import { TEST_DB_WAIT_MS, testDatabase, testDriver, uniqueSuffix } from '../helpers/database.ts';
import { extraNeo4j, freePort, type ExtraNeo4j } from '../helpers/extra-neo4j.ts';
import { fingerprint, type Fingerprint } from '../helpers/fingerprint.ts';

const TOKEN = 'an-editor-token-for-the-round-trip';
const driver = testDriver();
const { database } = testDatabase();
const app = buildApp(driver, { env: { NEO4J_DATABASE: database, EDITOR_TOKEN: TOKEN, DB_WAIT_MS: TEST_DB_WAIT_MS } });
const s = uniqueSuffix();
// The quote occurs twice: the claim cites the second occurrence, which the export must keep.
const text = `Armenia left the exercise. Observers said Armenia left the exercise, report ${s}.`;
const post = (path: string, body: object) => request(app).post(path).set('X-Editor-Token', TOKEN).send(body);
const made: string[] = [];
let extra: ExtraNeo4j;
let before: Fingerprint;
const dir = mkdtempSync(join(tmpdir(), 'explorer-export-'));

beforeAll(async () => {
  before = await fingerprint(driver, database);
  extra = extraNeo4j(await freePort(), await freePort());
  await extra.start();
});

afterAll(async () => {
  for (const id of made.reverse()) await post(`/api/changesets/${id}/revert`, {});
  await driver.executeQuery('MATCH (c:ChangeSet:ExplorerRecord) WHERE c.id IN $ids DELETE c', { ids: made }, { database });
  expect(await fingerprint(driver, database)).toEqual(before);
  await driver.close();
  await extra?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

// A second server and a full load on a busy machine: a generous limit, no speed expected.
describe('GET /api/export', { timeout: 300_000 }, () => {
  it('loads into an empty database as the same graph, authored claims and offsets included', async () => {
    const added = await post('/api/documents', { title: `Round trip ${s}`, date: '2023-05', content: text });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    made.push(added.body.changeSet.id);
    const doc = added.body.document.key as string;
    const second = text.lastIndexOf('Armenia left the exercise');
    const committed = await post('/api/changesets', {
      claims: [
        {
          subject: 'country-armenia',
          type: 'MEMBER_OF',
          object: 'org-csto',
          document: doc,
          quote: 'Armenia left the exercise',
          start: second,
          attributed: true,
          attributedTo: 'Observers',
        },
      ],
    });
    expect(committed.status, JSON.stringify(committed.body)).toBe(200);
    made.push(committed.body.changeSet.id);

    const exported = (await request(app).get('/api/export').expect(200)).body;
    expect(exported.documents.map((d: { key: string }) => d.key)).toContain(doc);
    const file = join(dir, 'export.json');
    writeFileSync(file, JSON.stringify(exported));

    const other = extra.driver(30_000);
    try {
      await loadFiles({ driver: other, database: extra.database }, [file]);
      expect(await contentFingerprint(other, extra.database)).toEqual(await contentFingerprint(driver, database));
      // And the copy exports the same file.
      const again = (
        await request(buildApp(other, { env: { NEO4J_DATABASE: extra.database, DB_WAIT_MS: TEST_DB_WAIT_MS } }))
          .get('/api/export')
          .expect(200)
      ).body;
      expect(again).toEqual(exported);
      const { records } = await other.executeQuery(
        "MATCH (:Entity {key: 'country-armenia'})-[r:MEMBER_OF]->(:Entity {key: 'org-csto'}) RETURN r.quoteStarts AS starts, r.sources AS sources",
        {},
        { database: extra.database },
      );
      const i = (records[0]!.get('sources') as string[]).indexOf(doc);
      expect(records[0]!.get('starts')[i].toNumber()).toBe(second);
    } finally {
      await other.close();
    }
  });
});
