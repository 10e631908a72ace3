/**
 * The one rule (server/db/read.ts): the explorer's own records never show up in the graph's
 * schema, counts, data profile, overview, search, details, expansion, paths or shared views.
 * The records here are made to be as findable as possible: a case saved through the API, and a
 * hostile record that also carries the knowledge graph's labels (Entity, Country), a name that
 * the full-text index covers and property keys no knowledge node has.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseResponse } from '../../contract/cases.ts';
import { RECORD_LABEL } from '../../contract/internal-records.ts';
import { OverviewResponse, SchemaResponse, SearchResponse } from '../../contract/api.ts';
import { z } from 'zod';
import { queryJson } from '../../server/db/query.ts';
import { quoteNewIdentifier } from '../../server/db/identifiers.ts';
import { cypher } from '../../server/db/cypher-files.ts';
import { idOfKey, testApp } from '../helpers/api-app.ts';
import { uniqueSuffix } from '../helpers/database.ts';

const TOKEN = 'exclusion-test-editor-token-0123456789';
const t = testApp({ EDITOR_TOKEN: TOKEN });
const suffix = uniqueSuffix();
const name = `Zyxwarecordia${suffix}`;
const onlyKey = `recordOnlyKey${suffix}`;
const onlyLabel = `RecordOnlyKind${suffix}`;
let caseId: string;
let hostileId: string;
let turkey: string;
const ctx = () => ({ driver: t.driver, database: t.database });
const AnyRow = z.record(z.string(), z.unknown());
/** A statement run as the app runs it (the rule's parameters added by server/db/read.ts). */
const readRows = (name: string, params: Parameters<typeof queryJson>[2] = {}, slots: Parameters<typeof queryJson>[4] = {}) =>
  queryJson(ctx(), name, params, AnyRow, slots);

beforeAll(async () => {
  turkey = await idOfKey(t.driver, t.database, 'country-turkey');
  const { records } = await t.driver.executeQuery(
    `CREATE (n:${RECORD_LABEL}:Entity:Country:${onlyLabel} {key: $key, name: $name, aliases: [$name], ${onlyKey}: 1}) RETURN elementId(n) AS id`,
    { key: `record-${suffix}`, name },
    { database: t.database },
  );
  hostileId = records[0]!.get('id') as string;
  await t.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: t.database });
  const res = await request(t.app)
    .post('/api/cases')
    .set('X-Editor-Token', TOKEN)
    .send({
      title: name,
      content: {
        scene: {
          nodes: [turkey],
          edges: [],
          positions: null,
          pinned: [],
          hidden: [],
          selected: [],
          layout: 'fcose',
          hiddenLabels: [],
          hiddenTypes: [],
          asOf: null,
          query: null,
        },
      },
    })
    .expect(200);
  caseId = CaseResponse.parse(res.body).case.id;
});

afterAll(async () => {
  await t.driver.executeQuery(
    `MATCH (n:${RECORD_LABEL}) WHERE n.key = $key OR n.caseId = $caseId DETACH DELETE n`,
    { key: `record-${suffix}`, caseId },
    { database: t.database },
  );
  await t.close();
});

describe('the explorer never shows its own records', () => {
  it('the records are really there (so the checks below can fail)', async () => {
    const { records } = await t.driver.executeQuery(
      `MATCH (n:${RECORD_LABEL}) WHERE n.name = $name OR n.title = $name RETURN count(n) AS c`,
      { name },
      { database: t.database },
    );
    expect(Number(records[0]!.get('c'))).toBe(2);
    // and the hostile one is in the full-text index the search uses
    const hits = await t.driver.executeQuery(
      "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN count(node) AS c",
      { q: name },
      { database: t.database },
    );
    expect(Number(hits.records[0]!.get('c'))).toBe(1);
  });

  it('schema: no record label, no record-only property key, counts without records', async () => {
    const schema = SchemaResponse.parse((await request(t.app).get('/api/schema').expect(200)).body);
    const labels = schema.labels.map((l) => l.label);
    expect(labels).not.toContain(RECORD_LABEL);
    expect(labels).not.toContain('Case');
    expect(labels).not.toContain(onlyLabel);
    expect(schema.propertyKeys).not.toContain(onlyKey);
    expect(schema.propertyKeys).not.toContain('caseId');
    expect(schema.propertyKeys).not.toContain('content');
    const { records } = await t.driver.executeQuery(
      'MATCH (n:Country) WHERE NOT n:ExplorerRecord RETURN count(n) AS c',
      {},
      { database: t.database },
    );
    expect(schema.labels.find((l) => l.label === 'Country')?.count).toBe(Number(records[0]!.get('c')));
    for (const l of schema.labels) expect(l.properties).not.toContain(onlyKey);
  });

  it('graph-counts and its scanning fallback agree and leave records out', async () => {
    const [store] = await readRows('graph-counts');
    const [scan] = await readRows('label-counts-scan');
    const names = (row: Record<string, unknown> | undefined) => (row!.labels as { name: string }[]).map((l) => l.name);
    for (const row of [store, scan]) {
      expect(names(row)).not.toContain(RECORD_LABEL);
      expect(names(row)).not.toContain(onlyLabel);
      expect(names(row)).not.toContain('Case');
    }
    const count = (row: Record<string, unknown> | undefined, label: string) =>
      Number((row!.labels as { name: string; count: unknown }[]).find((l) => l.name === label)?.count);
    expect(count(store, 'Country')).toBe(count(scan, 'Country'));
  });

  it('count-nodes, stats-labels and label-profile skip records', async () => {
    const { records } = await t.driver.executeQuery(
      `MATCH (n) WHERE NOT n:${RECORD_LABEL} RETURN count(n) AS c`,
      {},
      { database: t.database },
    );
    const [nodes] = await readRows('count-nodes');
    expect(Number(nodes!.nodes)).toBe(Number(records[0]!.get('c')));
    const stats = await readRows('stats-labels');
    expect(stats.map((r) => r.label)).not.toContain(RECORD_LABEL);
    expect(stats.map((r) => r.label)).not.toContain(onlyLabel);
    const [profile] = await readRows('label-profile', { sample: 100_000 }, { label: quoteNewIdentifier('Country', 'label') });
    expect(profile!.keys).not.toContain(onlyKey);
  });

  it('search, by the full-text index and by the scan, finds no record', async () => {
    const res = SearchResponse.parse((await request(t.app).get(`/api/search?q=${name}`).expect(200)).body);
    expect(res.results).toEqual([]);
    const scan = await readRows(
      'search-scan',
      {
        perLabel: 100_000,
        keys: ['name', 'title'],
        needle: name.toLowerCase(),
        words: [name.toLowerCase()],
        pairs: [],
        minPairs: 1,
        limit: 10,
      },
      { label: quoteNewIdentifier('Country', 'label') },
    );
    expect(scan).toEqual([]);
    // the same statement does find a knowledge node the same way (the check can fail)
    const found = await readRows(
      'search-scan',
      { perLabel: 100_000, keys: ['name'], needle: 'turkey', words: ['turkey'], pairs: [], minPairs: 1, limit: 10 },
      { label: quoteNewIdentifier('Country', 'label') },
    );
    expect(found.length).toBeGreaterThan(0);
  });

  it('overview: no record label and no record among the hubs', async () => {
    const o = OverviewResponse.parse((await request(t.app).get('/api/overview').expect(200)).body);
    expect(o.labels.map((l) => l.label)).not.toContain(RECORD_LABEL);
    expect(o.hubs.map((h) => h.id)).not.toContain(hostileId);
    const hubs = await readRows('overview-hubs', { scanLimit: 1_000_000, limit: 1_000_000 });
    expect(hubs.length).toBeGreaterThan(0);
    expect(hubs.map((h) => (h.node as { id: string }).id)).not.toContain(hostileId);
  });

  it('a record is not a node: details, expansion, paths and shared views answer as for a missing one', async () => {
    const id = encodeURIComponent(hostileId);
    await request(t.app).get(`/api/nodes/${id}`).expect(404);
    await request(t.app).get(`/api/nodes/${id}/neighbors`).expect(404);
    await request(t.app).get(`/api/nodes/${id}/neighbors?types=SUPPORTS`).expect(404);
    await request(t.app)
      .get(`/api/paths?from=${id}&to=${encodeURIComponent(turkey)}`)
      .expect(404);
    const els = await request(t.app)
      .post('/api/elements')
      .send({ nodes: [hostileId, turkey] })
      .expect(200);
    expect(els.body.graph.nodes.map((n: { id: string }) => n.id)).toEqual([turkey]);
  });

  it('every statement that reads the whole graph carries the rule', () => {
    for (const name of [
      'graph-counts',
      'label-counts-scan',
      'label-profile',
      'search-fulltext',
      'search-scan',
      'overview-hubs',
      'stats-labels',
      'record-only-keys',
      'count-nodes',
      'neighbors',
      'neighbors-unfiltered',
      'node-details',
      'elements-by-id',
      'path-endpoints',
    ]) {
      expect(cypher(name), name).toMatch(/\$recordLabel/);
    }
  });
});
