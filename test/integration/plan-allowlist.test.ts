/**
 * The Cypher guard's operator allowlist against the server the tests run on (CI runs both
 * lines, 5.26 and the current calendar release): the plans of a spread of read queries, as
 * EXPLAIN gives them there, hold only operators the allowlist knows. An operator the list does
 * not know is refused (fail closed, named in the error: the unit tests show it); this test
 * names any a new version brings, so it can be reviewed and listed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { READ_OPERATORS } from '../../server/cypher-guard/allowlists.ts';
import { parseOperator, type PlanNode } from '../../server/cypher-guard/plan-walker.ts';
import { testDatabase, testDriver } from '../helpers/database.ts';

const driver = testDriver();
const { database } = testDatabase();
afterAll(() => driver.close());

const READS = [
  'MATCH (n) RETURN n LIMIT 5',
  "MATCH (n:Country) WHERE n.name STARTS WITH 'A' RETURN n.name ORDER BY n.name SKIP 1 LIMIT 3",
  "MATCH (n:Entity {key: 'country-turkey'}) RETURN n",
  "MATCH (n:Entity) WHERE n.key IN ['country-turkey', 'country-armenia'] RETURN n",
  'MATCH (n) WHERE elementId(n) = $id RETURN n',
  'MATCH ()-[r]->() WHERE elementId(r) = $id RETURN r',
  'MATCH (a:Country)-[r:MEMBER_OF]->(b) RETURN a, r, b',
  'MATCH (a)-[r]-(b) RETURN count(*)',
  'MATCH ()-[r:MEMBER_OF]->() RETURN count(r)',
  'MATCH (n:Country) RETURN count(n)',
  'MATCH (a:Country)-[*1..3]-(b:Organization) RETURN DISTINCT b.name',
  "MATCH p = shortestPath((a:Entity {key: 'country-turkey'})-[*..4]-(b:Entity {key: 'org-csto'})) RETURN p",
  "MATCH p = allShortestPaths((a:Entity {key: 'country-turkey'})-[*..4]-(b:Entity {key: 'org-csto'})) RETURN p",
  "MATCH p = SHORTEST 2 (a:Entity {key: 'country-turkey'})-[]-{1,4}(b:Entity {key: 'org-csto'}) RETURN p",
  'MATCH (a:Country) ((x)-[:MEMBER_OF]->(y)){1,2} (b) RETURN a, b LIMIT 5',
  'MATCH (a:Country) OPTIONAL MATCH (a)-[:BACKS]->(b) RETURN a.name, b.name',
  'MATCH (a:Country) WHERE EXISTS { (a)-[:MEMBER_OF]->() } RETURN a',
  'MATCH (a:Country) WHERE NOT EXISTS { (a)-[:MEMBER_OF]->() } RETURN a',
  'MATCH (a:Country) RETURN a.name, COUNT { (a)--() } AS degree, COLLECT { MATCH (a)--(b) RETURN b.name } AS names',
  'MATCH (a:Country) CALL (a) { MATCH (a)--(b) RETURN count(b) AS c } RETURN a.name, c',
  'MATCH (a:Country) RETURN a.name AS name UNION MATCH (b:Organization) RETURN b.name AS name',
  'MATCH (a:Country) RETURN a.name AS name UNION ALL MATCH (b:Organization) RETURN b.name AS name',
  'MATCH (a:Country), (b:Organization) RETURN a, b LIMIT 3',
  'MATCH (a:Country)-->(x)<--(b:Country) WHERE a <> b RETURN a, b LIMIT 5',
  'UNWIND range(1, 10) AS x WITH x WHERE x % 2 = 0 RETURN collect(x), sum(x), avg(x)',
  'MATCH (n:Country) WITH n ORDER BY n.name RETURN n.name, [(n)--(m) | m.name] AS around',
  'MATCH (n) RETURN labels(n), count(*) ORDER BY count(*) DESC',
  'CALL db.labels()',
  'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType',
  "CALL db.index.fulltext.queryNodes('entity_names', 'armenia') YIELD node, score RETURN node, score LIMIT 5",
  'SHOW INDEXES',
  'SHOW CONSTRAINTS',
  'RETURN date(), point({x: 1, y: 2}), duration({days: 1})',
];

function operators(plan: PlanNode, into = new Set<string>()): Set<string> {
  into.add(parseOperator(plan.operatorType).name);
  for (const child of plan.children ?? []) operators(child, into);
  return into;
}

describe('the plan allowlist on this server', () => {
  it(`knows every operator in the plans of ${READS.length} read queries`, async () => {
    const unknown: Record<string, string[]> = {};
    const session = driver.session({ database, defaultAccessMode: 'READ' });
    try {
      for (const query of READS) {
        const { plan } = await session.run(`EXPLAIN ${query}`, { id: '4:00000000-0000-0000-0000-000000000000:0' }).summary();
        expect(plan, query).toBeTruthy();
        for (const name of operators(plan as PlanNode)) if (!READ_OPERATORS.has(name)) (unknown[name] ??= []).push(query);
      }
    } finally {
      await session.close();
    }
    expect(unknown).toEqual({});
  }, 120_000);
});
