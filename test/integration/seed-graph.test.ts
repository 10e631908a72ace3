/**
 * The CSTO seed graph as the global setup loaded it: the articles' who/what/when/where
 * questions answered by Cypher, provenance on every extracted relationship, aliases found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeed, seedDataDir } from '../../seed/load.ts';
import { testDatabase, testDriver } from '../helpers/database.ts';
import { fingerprint } from '../helpers/fingerprint.ts';

const driver = testDriver();
const { database } = testDatabase();
afterAll(() => driver.close());

async function column(query: string, params: Record<string, unknown> = {}): Promise<unknown[]> {
  const { records } = await driver.executeQuery(query, params, { database });
  return records.map((r) => r.get(0));
}

const membersOn = (date: string) =>
  column(
    `MATCH (c:Country)-[m:MEMBER_OF]->(:Organization {key: 'org-csto'})
     WHERE m.validFrom <= date($d) AND (m.validTo IS NULL OR m.validTo >= date($d))
     RETURN c.name ORDER BY c.name`,
    { d: date },
  );

describe('the CSTO graph answers the articles’ questions', () => {
  it('who belongs to the CSTO in October 2022: the six members both articles list', async () => {
    expect(await membersOn('2022-10-13')).toEqual(['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan']);
  });

  it('who belonged in 1994 and in 2008: the joiners of 1993, and Uzbekistan’s return in 2006', async () => {
    const in1994 = await membersOn('1994-06-01');
    expect(in1994).toEqual(expect.arrayContaining(['Azerbaijan', 'Georgia', 'Belarus', 'Uzbekistan']));
    const in2008 = await membersOn('2008-06-01');
    expect(in2008).toContain('Uzbekistan');
    expect(in2008).not.toContain('Georgia');
    expect(await membersOn('2015-01-01')).not.toContain('Uzbekistan');
  });

  it('who signed the Collective Security Treaty, when and where', async () => {
    const signers = await column(
      `MATCH (c:Country)-[s:SIGNED]->(:Treaty {key: 'treaty-collective-security-treaty'})
       WHERE s.date = date('1992-05-15') AND s.datePrecision = 'day' RETURN c.name ORDER BY c.name`,
    );
    expect(signers).toEqual(['Armenia', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan', 'Uzbekistan']);
    const where = await column(
      `MATCH (e:Event {key: 'event-signing-collective-security-treaty-1992'})-[:TOOK_PLACE_IN]->(p)
       WHERE e.date = date('1992-05-15') RETURN p.name`,
    );
    expect(where).toEqual(['Tashkent']);
  });

  it('who asked the CSTO for help, when, and what came of it', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (c:Country)-[r:REQUESTED_AID_FROM]->(:Organization {key: 'org-csto'})
       RETURN c.name AS who, toString(r.date) AS date, r.datePrecision AS precision, r.outcome AS outcome ORDER BY who, date`,
      {},
      { database },
    );
    const asked = records.map((r) => `${r.get('who')} ${r.get('date')} ${r.get('precision')} ${r.get('outcome')}`);
    expect(asked).toEqual(
      expect.arrayContaining([
        'Kyrgyzstan 1999-01-01 year rejected',
        'Kyrgyzstan 2010-01-01 year rejected',
        'Kyrgyzstan 2021-01-01 year rejected',
        'Kazakhstan 2022-01-01 month granted',
        'Armenia 2022-09-01 month unanswered',
      ]),
    );
    expect(await column(`MATCH (:Organization {key: 'org-csto'})<-[:PART_OF]-(:Organization)-[:DEPLOYED_TO]->(c) RETURN c.name`)).toEqual([
      'Kazakhstan',
    ]);
  });

  it('who backs whom: Turkey backs Azerbaijan against Armenia; Putin supported Tokayev', async () => {
    expect(await column(`MATCH (:Country {name: 'Turkey'})-[s:SUPPORTS]->(c) WHERE s.against = 'country-armenia' RETURN c.name`)).toEqual([
      'Azerbaijan',
    ]);
    expect(await column(`MATCH (:Person {key: 'person-vladimir-putin'})-[:SUPPORTS]->(p:Person) RETURN p.name`)).toContain(
      'Kassym-Jomart Tokayev',
    );
  });

  it('where the summit was held and where the cancelled exercises were planned', async () => {
    expect(await column(`MATCH (:Event {key: 'event-csto-summit-yerevan-2022'})-[:TOOK_PLACE_IN]->(p) RETURN p.name`)).toEqual(['Yerevan']);
    const planned = await column(
      `MATCH (:Event {key: 'event-indestructible-brotherhood-2022'})-[t:TOOK_PLACE_IN]->(p) WHERE t.status = 'planned' RETURN p.name ORDER BY p.name`,
    );
    expect(planned).toEqual(expect.arrayContaining(['Balykchy', 'Issyk-Kul Region']));
  });

  it('who is party to which conflict', async () => {
    const parties = await column(
      `MATCH (c:Country)-[:PARTY_TO]->(:Conflict {key: 'conflict-armenia-azerbaijan'}) RETURN c.name ORDER BY c.name`,
    );
    expect(parties).toEqual(['Armenia', 'Azerbaijan']);
  });
});

describe('provenance', () => {
  const texts = new Map<string, string>([
    ['afp-2022-11-csto-yerevan-summit', readFileSync(join(seedDataDir, '../documents/afp-2022-11-csto-yerevan-summit.txt'), 'utf8')],
    ['end-of-odkb-2022-10-13', readFileSync(join(seedDataDir, '../documents/end-of-odkb-2022-10-13.txt'), 'utf8')],
  ]);

  it('both documents are nodes with title, date and their full text', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (d:Document) WHERE d.key IN $keys RETURN d.key AS key, d.title AS title, toString(d.date) AS date, d.text AS text ORDER BY key`,
      { keys: [...texts.keys()] },
      { database },
    );
    expect(records.map((r) => [r.get('key'), r.get('date')])).toEqual([
      ['afp-2022-11-csto-yerevan-summit', '2022-11-23'],
      ['end-of-odkb-2022-10-13', '2022-10-13'],
    ]);
    for (const r of records) {
      expect(r.get('title')).toBeTruthy();
      expect(r.get('text')).toBe(texts.get(r.get('key')));
    }
  });

  it('every relationship of the seed graph cites a document with a quote that is in that document', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.key IN $keys OR b.key IN $keys
       RETURN r.key AS key, r.sources AS sources, r.quotes AS quotes`,
      {
        keys: await column(`MATCH (n:Entity) WHERE n.sources IS NOT NULL AND any(s IN n.sources WHERE s IN $docs) RETURN n.key`, {
          docs: [...texts.keys()],
        }),
      },
      { database },
    );
    expect(records.length).toBeGreaterThan(180);
    for (const r of records) {
      const sources = r.get('sources') as string[];
      const quotes = r.get('quotes') as string[];
      expect(sources?.length, r.get('key')).toBeGreaterThan(0);
      expect(quotes).toHaveLength(sources.length);
      sources.forEach((s, i) => expect(texts.get(s), `${r.get('key')} cites ${s}`).toContain(quotes[i]));
    }
  });

  it('a fact both articles state cites both', async () => {
    const sources = await column(`MATCH (:Country {name: 'Russia'})-[m:MEMBER_OF]->(:Organization {key: 'org-csto'}) RETURN m.sources`);
    expect(new Set(sources[0] as string[])).toEqual(new Set(texts.keys()));
  });
});

describe('one node per real thing', () => {
  it.each([
    ['Tokaev', 'Kassym-Jomart Tokayev'],
    ['Kasym-Jomart Tokayev', 'Kassym-Jomart Tokayev'],
    ['Kasim-Jomart Tokayev', 'Kassym-Jomart Tokayev'],
    ['Lukashenka', 'Alexander Lukashenko'],
    ['ODKB', 'Collective Security Treaty Organization'],
    ['CSTO', 'Collective Security Treaty Organization'],
    ['Isik-Kul', 'Issyk-Kul Region'],
    ['Balikča', 'Balykchy'],
    ['Dmytro Peskov', 'Dmitry Peskov'],
    ['Armen Grigonyan', 'Armen Grigoryan'],
  ])('%s resolves to exactly one node, %s, by alias and through the full-text index', async (alias, name) => {
    const exact = await column(
      `MATCH (n:Entity) WHERE toLower(n.name) = toLower($a) OR any(x IN n.aliases WHERE toLower(x) = toLower($a)) RETURN n.name`,
      { a: alias },
    );
    expect(exact).toEqual([name]);
    const ranked = await column(`CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.name LIMIT 10`, {
      q: `"${alias}"`,
    });
    expect(ranked).toContain(name);
  });

  it('no two entities share a name or an alias', async () => {
    const clashes = await column(
      `MATCH (n:Entity) WHERE n.key IN $keys
       UNWIND [n.name] + coalesce(n.aliases, []) AS spelling
       WITH toLower(spelling) AS s, collect(DISTINCT n.key) AS keys WHERE size(keys) > 1 RETURN s`,
      { keys: await column(`MATCH (n:Entity) WHERE n.sources IS NOT NULL RETURN n.key`) },
    );
    expect(clashes).toEqual([]);
  });
});

describe('npm run seed', () => {
  it('is idempotent: a second load changes nothing (counts and content fingerprint)', async () => {
    const before = await fingerprint(driver, database);
    const report = await loadSeed({ driver, database });
    expect(report).toMatchObject({ documents: 2, nodes: 81, relationships: 190 });
    expect(await fingerprint(driver, database)).toEqual(before);
  });
});
