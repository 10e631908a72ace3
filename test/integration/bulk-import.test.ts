/**
 * The bulk path of the loader (CREATE for keys that are new, batches in parallel) against the
 * real database: it stores the very graph the MERGE path stores, a second load changes nothing,
 * and a load that overlaps the graph adds only what is new. The data is the benchmark's
 * generator's (hubs, every label and many types, claims on every relationship), its keys made
 * unique to each load.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { generateGraph, withKeySuffix } from '../../bench/generate.ts';
import { ImportError, loadSeedData, type LoadOptions } from '../../seed/load.ts';
import type { SeedFile } from '../../seed/schema.ts';
import { testDatabase, testDriver, uniqueSuffix } from '../helpers/database.ts';
import { fingerprint, keyedFingerprint } from '../helpers/fingerprint.ts';

const driver = testDriver();
const { database } = testDatabase();
const target = { driver, database };
const made: string[] = [];
const graph = generateGraph(150);

afterAll(async () => {
  for (const s of made) {
    await driver.executeQuery('MATCH (n) WHERE n.key ENDS WITH $s DETACH DELETE n', { s: `-${s}` }, { database });
  }
  await driver.close();
});

/** Loads the graph (or a part of it) under a fresh suffix; returns the suffix. */
async function load(data: SeedFile, options: LoadOptions, s = uniqueSuffix()): Promise<string> {
  if (!made.includes(s)) made.push(s);
  await loadSeedData(target, { file: `bulk-${s}`, data: withKeySuffix(data, s), texts: new Map() }, options);
  return s;
}

const merged = { createNew: false } as const;
/** Small batches, three sessions: many batches meet on the same hubs at the same time. */
const bulk = { atomicity: 'batch', batchSize: 25, parallel: 3 } as const;

/** The part of the graph on the first half of its nodes: what an earlier import brought. */
function firstHalf(g: SeedFile): SeedFile {
  const nodes = g.nodes.slice(0, Math.floor(g.nodes.length / 2));
  const keys = new Set(nodes.map((n) => n.key));
  return { documents: g.documents, nodes, relationships: g.relationships.filter((r) => keys.has(r.from) && keys.has(r.to)) };
}

// Several loads per test on a shared, often busy machine: a generous bound, never a speed check.
describe('the bulk import path', { timeout: 600_000 }, () => {
  it('stores the graph the MERGE path stores: nodes, relationships, every property and claim', async () => {
    const reference = await keyedFingerprint(driver, database, await load(graph, merged));
    expect(reference).toMatchObject({ nodes: graph.documents.length + graph.nodes.length, relationships: graph.relationships.length });
    expect(reference.properties).toBeGreaterThan(graph.relationships.length * 5);
    expect(await keyedFingerprint(driver, database, await load(graph, bulk))).toEqual(reference);
    expect(await keyedFingerprint(driver, database, await load(graph, {}))).toEqual(reference); // one transaction for the file
  });

  it('changes nothing when the same data is loaded again (counts and content fingerprint)', async () => {
    const s = await load(graph, bulk);
    const before = await fingerprint(driver, database);
    await load(graph, bulk, s);
    await load(graph, {}, s);
    expect(await fingerprint(driver, database)).toEqual(before);
  });

  it('adds only what is new when the data overlaps the graph, and updates what changed', async () => {
    const earlier = firstHalf(graph);
    // The later file renames a node of the earlier one and moves a relationship's end date.
    const renamed = graph.nodes[0]!.key;
    const moved = earlier.relationships[0]!;
    const later: SeedFile = {
      ...graph,
      nodes: graph.nodes.map((n) => (n.key === renamed ? { ...n, name: `${n.name} (renamed)` } : n)),
      relationships: graph.relationships.map((r) => (r === moved ? { ...r, validTo: '2030' } : r)),
    };
    const reference = await load(later, merged);
    const s = await load(earlier, bulk);
    await load(later, bulk, s);
    const overlapped = await keyedFingerprint(driver, database, s);
    expect(overlapped).toEqual(await keyedFingerprint(driver, database, reference));
    expect(overlapped).toMatchObject({ nodes: graph.documents.length + graph.nodes.length, relationships: graph.relationships.length });
    const { records } = await driver.executeQuery(
      'MATCH (n:Entity {key: $key}) RETURN n.name AS name',
      { key: `${renamed}-${s}` },
      { database },
    );
    expect(records.map((r) => r.get('name'))).toEqual([`${graph.nodes[0]!.name} (renamed)`]);
  });

  it('stores time as DATEs, and keeps a text property of the same name as text', async () => {
    // A node and a relationship that name their own `date` property, with no time of their own.
    const node = {
      ...graph.nodes[0]!,
      key: 'person-texted',
      validFrom: undefined,
      validTo: undefined,
      date: undefined,
      properties: { date: 'spring 2022' },
    };
    const rel = graph.relationships.find((r) => r.validFrom !== undefined)!;
    const textRel = {
      ...rel,
      from: node.key,
      properties: { ...rel.properties, date: 'in the spring' },
      validFrom: undefined,
      validTo: undefined,
      date: undefined,
    };
    const data: SeedFile = { ...graph, nodes: [...graph.nodes, node], relationships: [...graph.relationships, textRel] };
    const s = await load(data, bulk);
    const { records } = await driver.executeQuery(
      `MATCH (n:Entity) WHERE n.key ENDS WITH $s AND NOT n.key STARTS WITH 'person-texted'
       WITH collect(DISTINCT valueType(n.validFrom)) + collect(DISTINCT valueType(n.date)) AS nodeTypes
       MATCH ()-[r]->() WHERE r.key ENDS WITH $s
       RETURN nodeTypes, collect(DISTINCT valueType(r.validFrom)) + collect(DISTINCT valueType(r.validTo)) AS relTypes`,
      { s: `-${s}` },
      { database },
    );
    const types = (name: string) => [...new Set(records[0]!.get(name) as string[])].filter((t) => t !== 'NULL').sort();
    expect(types('nodeTypes')).toEqual(['DATE NOT NULL']);
    expect(types('relTypes')).toEqual(['DATE NOT NULL']);
    const texts = await driver.executeQuery(
      'MATCH (n:Entity {key: $key})-[r]->() RETURN n.date AS node, r.date AS rel',
      { key: `${node.key}-${s}` },
      { database },
    );
    expect(texts.records.map((r) => r.toObject())).toEqual([{ node: 'spring 2022', rel: 'in the spring' }]);
  });

  it('refuses a relationship whose end is in neither the data nor the database', async () => {
    const s = uniqueSuffix();
    const dangling = { ...graph, relationships: [...graph.relationships, { ...graph.relationships[0]!, to: 'person-nobody' }] };
    const error = await load(dangling, bulk, s).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/no node with key "person-nobody-/);
  });
});
