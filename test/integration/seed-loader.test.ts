/** The loader against the real database: all-or-nothing, idempotent, and clear about bad files. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadFiles } from '../../seed/load.ts';
import { SeedFileError } from '../../seed/read.ts';
import { ImportError } from '../../seed/load.ts';
import { testDatabase, testDriver, uniqueSuffix } from '../helpers/database.ts';
import { fingerprint } from '../helpers/fingerprint.ts';
import { smallGraph, smallGraphText, writeFixture } from '../helpers/seed-fixture.ts';

const driver = testDriver();
const { database } = testDatabase();
const target = { driver, database };
const made: string[] = [];

afterAll(async () => {
  for (const s of made) {
    await driver.executeQuery('MATCH (n) WHERE n.key ENDS WITH $s DETACH DELETE n', { s: `-${s}` }, { database });
  }
  await driver.close();
});

describe('loadFiles', () => {
  it('loads a file with labels, aliases, validity dates and provenance', async () => {
    const s = uniqueSuffix();
    made.push(s);
    const report = await loadFiles(target, [writeFixture(smallGraph(s), 'g.yaml', smallGraphText)]);
    expect(report).toMatchObject({ documents: 1, nodes: 3, relationships: 2 });
    const { records } = await driver.executeQuery(
      `MATCH (a:Entity:Country {key: $a})-[r:MEMBER_OF]->(o:Organization)
       RETURN a.aliases AS aliases, r.validFrom AS validFrom, r.validTo AS validTo, r.validFromPrecision AS fromPrecision,
         r.validToPrecision AS toPrecision, r.sources AS sources, r.quotes AS quotes, r.quoteStarts AS starts, r.credibility AS credibility,
         valueType(r.validFrom) AS fromType`,
      { a: `country-a-${s}` },
      { database },
    );
    expect(records).toHaveLength(1);
    const r = records[0]!.toObject();
    expect(r.aliases).toEqual([`Alfa ${s}`]);
    expect(String(r.validFrom)).toBe('1992-05-15');
    expect(String(r.validTo)).toBe('1999-12-31'); // a year-precise end covers the whole year
    expect(r.fromType).toBe('DATE NOT NULL');
    expect([r.fromPrecision, r.toPrecision]).toEqual(['day', 'year']);
    expect(r.sources).toEqual([`doc-${s}`]);
    expect(r.starts.map(Number)).toEqual([smallGraphText.indexOf('Alphaland joined the pact in 1992.')]);
    expect(r.credibility.map(Number)).toEqual([6]);
    expect(r.quotes).toEqual(['Alphaland joined the pact in 1992.']);
  });

  it('stores whole numbers as integers and keeps fractions and mixed lists as floats', async () => {
    const s = uniqueSuffix();
    made.push(s);
    const g = smallGraph(s);
    const counted = { ...g.nodes[0]!, properties: { troops: 20000, share: 0.25, years: [1992, 1999], ratios: [1, 2.5] } };
    await loadFiles(target, [writeFixture({ ...g, nodes: [counted, ...g.nodes.slice(1)] }, 'numbers.yaml', smallGraphText)]);
    const { records } = await driver.executeQuery(
      `MATCH (n:Entity {key: $key})
       RETURN valueType(n.troops) AS troops, valueType(n.share) AS share, valueType(n.years) AS years, valueType(n.ratios) AS ratios, n.troops AS value`,
      { key: counted.key },
      { database },
    );
    const r = records[0]!.toObject();
    expect([r.troops, r.share, r.years, r.ratios]).toEqual([
      'INTEGER NOT NULL',
      'FLOAT NOT NULL',
      'LIST<INTEGER NOT NULL> NOT NULL',
      'LIST<FLOAT NOT NULL> NOT NULL',
    ]);
    expect(r.value.toNumber()).toBe(20000);
  });

  it('gives every relationship its own type and every node its own labels, however many a file mixes', async () => {
    const s = uniqueSuffix();
    made.push(s);
    const g = smallGraph(s);
    const quote = { document: `doc-${s}`, quote: 'Betaland followed a year later.' };
    g.nodes.push({ key: `person-p-${s}`, labels: ['Person'], name: `Pat ${s}` });
    const mixed = {
      ...g,
      relationships: [
        ...g.relationships,
        { type: 'SUPPORTS', from: `country-a-${s}`, to: `country-b-${s}`, evidence: [quote] },
        { type: 'CRITICIZED', from: `person-p-${s}`, to: `org-pact-${s}`, evidence: [quote] },
        { type: 'LEADS', from: `person-p-${s}`, to: `country-b-${s}`, evidence: [quote] },
      ],
    };
    const file = writeFixture(mixed, 'mixed.yaml', smallGraphText);
    await loadFiles(target, [file]);
    await loadFiles(target, [file]);
    const { records } = await driver.executeQuery(
      'MATCH (a:Entity)-[r]->(b:Entity) WHERE r.key ENDS WITH $s RETURN type(r) AS type, r.key AS key ORDER BY key',
      { s },
      { database },
    );
    expect(records.map((r) => `${r.get('type')} ${r.get('key')}`)).toEqual([
      `CRITICIZED criticized:person-p-${s}:org-pact-${s}`,
      `LEADS leads:person-p-${s}:country-b-${s}`,
      `MEMBER_OF member_of:country-a-${s}:org-pact-${s}`,
      `MEMBER_OF member_of:country-b-${s}:org-pact-${s}`,
      `SUPPORTS supports:country-a-${s}:country-b-${s}`,
    ]);
    const labels = await driver.executeQuery(
      'MATCH (n:Entity) WHERE n.key ENDS WITH $s RETURN n.key AS key, labels(n) AS labels ORDER BY key',
      { s },
      { database },
    );
    expect(Object.fromEntries(labels.records.map((r) => [r.get('key'), [...r.get('labels')].sort()]))).toEqual({
      [`country-a-${s}`]: ['Country', 'Entity'],
      [`country-b-${s}`]: ['Country', 'Entity'],
      [`org-pact-${s}`]: ['Entity', 'Organization'],
      [`person-p-${s}`]: ['Entity', 'Person'],
    });
  });

  it('changes nothing when the same file is loaded twice (counts and content fingerprint)', async () => {
    const s = uniqueSuffix();
    made.push(s);
    const file = writeFixture(smallGraph(s), 'g.yaml', smallGraphText);
    await loadFiles(target, [file]);
    const before = await fingerprint(driver, database);
    await loadFiles(target, [file]);
    const after = await fingerprint(driver, database);
    expect(after).toEqual(before);
  });

  it('accepts JSON in the same format', async () => {
    const s = uniqueSuffix();
    made.push(s);
    const report = await loadFiles(target, [writeFixture(smallGraph(s), 'g.json', smallGraphText)]);
    expect(report.relationships).toBe(2);
  });

  const badFiles: [string, (s: string) => unknown, RegExp][] = [
    [
      'an unknown field',
      (s) => ({ ...smallGraph(s), nodes: [{ ...smallGraph(s).nodes[0], colour: 'red' }] }),
      /nodes\[0\] \(country-a-\w+\).*colour/,
    ],
    ['a bad key', (s) => ({ ...smallGraph(s), nodes: [{ ...smallGraph(s).nodes[0], key: 'Not A Key' }] }), /nodes\[0\].*key.*lower-case/],
    [
      'a bad date',
      (s) => ({ ...smallGraph(s), relationships: [{ ...smallGraph(s).relationships[0], validFrom: '1992-02-30' }] }),
      /relationships\[0\].*validFrom.*calendar/,
    ],
    [
      'a relationship to a node that exists nowhere',
      (s) => ({ ...smallGraph(s), relationships: [{ ...smallGraph(s).relationships[0], to: `org-nowhere-${s}` }] }),
      /org-nowhere/,
    ],
    [
      'a quote that is not in the document',
      (s) => ({
        ...smallGraph(s),
        relationships: [{ ...smallGraph(s).relationships[0], evidence: [{ document: `doc-${s}`, quote: 'Never said.' }] }],
      }),
      /quote is not in document/,
    ],
    [
      'evidence citing an unknown document',
      (s) => ({
        ...smallGraph(s),
        relationships: [
          { ...smallGraph(s).relationships[0], evidence: [{ document: 'doc-unknown', quote: 'Alphaland joined the pact in 1992.' }] },
        ],
      }),
      /doc-unknown/,
    ],
    [
      'a lower-case relationship type',
      (s) => ({ ...smallGraph(s), relationships: [{ ...smallGraph(s).relationships[0], type: 'member_of' }] }),
      /relationships\[0\].*type.*UPPER_SNAKE_CASE/,
    ],
    [
      'a relationship type the ontology does not know',
      (s) => ({ ...smallGraph(s), relationships: [{ ...smallGraph(s).relationships[0], type: 'BACKS' }] }),
      /relationships\[0\] \(BACKS .*relationship type BACKS is not in the ontology/,
    ],
    [
      'a label the ontology does not know',
      (s) => ({ ...smallGraph(s), nodes: [{ ...smallGraph(s).nodes[0], labels: ['Official'] }] }),
      /nodes\[0\] \(country-a-\w+\): label Official is not in the ontology/,
    ],
    [
      'an end outside the type’s domain',
      (s) => ({ ...smallGraph(s), relationships: [{ ...smallGraph(s).relationships[0], type: 'WORKS_FOR' }] }),
      /relationships\[0\].*country-a-\w+ \(Country\) is outside the domain of WORKS_FOR \(Person\)/,
    ],
    [
      'an end outside the type’s range',
      (s) => ({ ...smallGraph(s), relationships: [{ ...smallGraph(s).relationships[0], to: `country-b-${s}` }] }),
      /relationships\[0\].*country-b-\w+ \(Country\) is outside the range of MEMBER_OF \(Organization\)/,
    ],
    [
      'a property the type does not define',
      (s) => ({ ...smallGraph(s), relationships: [{ ...smallGraph(s).relationships[0], properties: { colour: 'red' } }] }),
      /relationships\[0\].*property colour is not defined for MEMBER_OF/,
    ],
    [
      'a value outside its closed set',
      (s) => ({
        ...smallGraph(s),
        relationships: [
          { type: 'REQUESTED_AID_FROM', from: `country-a-${s}`, to: `org-pact-${s}`, date: '1999', properties: { outcome: 'maybe' } },
        ],
      }),
      /relationships\[0\].*property outcome is "maybe", not one of granted, rejected, unanswered/,
    ],
    [
      'a property of the wrong type',
      (s) => ({
        ...smallGraph(s),
        relationships: [{ type: 'LOCATED_IN', from: `org-pact-${s}`, to: `country-a-${s}`, properties: { capital: 'yes' } }],
      }),
      /relationships\[0\].*property capital must be true or false/,
    ],
    [
      'a date that is not a date',
      (s) => ({ ...smallGraph(s), relationships: [{ ...smallGraph(s).relationships[0], validFrom: 'spring 1992' }] }),
      /relationships\[0\].*validFrom.*YYYY, YYYY-MM or YYYY-MM-DD/,
    ],
    [
      'a point date on a lasting type',
      (s) => ({
        ...smallGraph(s),
        relationships: [{ ...smallGraph(s).relationships[0], validFrom: undefined, validTo: undefined, date: '1992' }],
      }),
      /relationships\[0\].*MEMBER_OF has no date; give from\/to instead/,
    ],
    [
      'a date hidden in a property',
      (s) => ({ ...smallGraph(s), nodes: [{ ...smallGraph(s).nodes[0], properties: { startDate: '1992' } }] }),
      /nodes\[0\].*dates go in date \/ validFrom \/ validTo/,
    ],
    [
      'a symmetric fact stated both ways',
      (s) => ({
        ...smallGraph(s),
        relationships: [
          { type: 'BORDERS', from: `country-a-${s}`, to: `country-b-${s}` },
          { type: 'BORDERS', from: `country-b-${s}`, to: `country-a-${s}` },
        ],
      }),
      /relationships\[1\].*BORDERS is symmetric and is stored once/,
    ],
    [
      'a claim whose speaker is not in the file',
      (s) => ({
        ...smallGraph(s),
        relationships: [
          {
            ...smallGraph(s).relationships[0],
            evidence: [{ document: `doc-${s}`, quote: 'Alphaland joined the pact in 1992.', speaker: 'person-nobody' }],
          },
        ],
      }),
      /relationships\[0\].*speaker "person-nobody" is not a node of the file/,
    ],
    [
      'a credibility outside 1-6',
      (s) => ({
        ...smallGraph(s),
        relationships: [
          {
            ...smallGraph(s).relationships[0],
            evidence: [{ document: `doc-${s}`, quote: 'Alphaland joined the pact in 1992.', credibility: 7 }],
          },
        ],
      }),
      /relationships\[0\].*credibility/,
    ],
    [
      'a label with a backtick',
      (s) => ({ ...smallGraph(s), nodes: [{ ...smallGraph(s).nodes[0], labels: ['Country`) DETACH DELETE n //'] }] }),
      /nodes\[0\].*labels/,
    ],
  ];

  it.each(badFiles)('refuses a file with %s, naming file and entry, and writes nothing', async (_what, make, message) => {
    const s = uniqueSuffix();
    made.push(s);
    const file = writeFixture(make(s), 'bad.yaml', smallGraphText);
    const before = await fingerprint(driver, database);
    const error = await loadFiles(target, [file]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect([SeedFileError, ImportError].some((c) => error instanceof c)).toBe(true);
    expect((error as Error).message).toContain('bad.yaml');
    expect((error as Error).message).toMatch(message);
    expect(await fingerprint(driver, database)).toEqual(before);
  });

  it('refuses a file that is not YAML at all', async () => {
    const file = writeFixture('x', 'broken.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'nodes: [ {key: a\n  - : :');
    await expect(loadFiles(target, [file])).rejects.toThrow(/broken\.yaml: not valid YAML/);
  });

  it('rolls back a whole file when a relationship fails halfway (all-or-nothing)', async () => {
    const s = uniqueSuffix();
    made.push(s);
    const graph = smallGraph(s);
    // Valid by itself, but the second relationship's end exists neither in the file nor in the database:
    // caught by the file check. Here the missing end is only found in the database, after nodes were written.
    const nodesOnly = { ...graph, relationships: [] };
    const dangling = {
      documents: graph.documents,
      nodes: [graph.nodes[0]],
      relationships: [{ ...graph.relationships[0], to: `org-pact-${s}` }],
    };
    await loadFiles(target, [writeFixture(nodesOnly, 'nodes.yaml', smallGraphText)]);
    await driver.executeQuery('MATCH (n:Entity {key: $k}) DETACH DELETE n', { k: `org-pact-${s}` }, { database });
    const before = await fingerprint(driver, database);
    const renamed = { ...dangling, nodes: [{ ...graph.nodes[0], name: 'Renamed in the failed import' }] };
    const file = writeFixture(renamed, 'half.yaml', smallGraphText);
    await expect(loadFiles(target, [file])).rejects.toThrow(/no node with key "org-pact-/);
    expect(await fingerprint(driver, database)).toEqual(before);
  });
});
