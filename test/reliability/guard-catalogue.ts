/**
 * Attempts to get past the ad-hoc Cypher guard, as data: one row per attempt, with the status it
 * must get. These add to the 47 in test/api/hostile.test.ts (none repeated); guard.test.ts runs
 * them all and checks the database fingerprint after each. A 200 here is an attempt that must
 * come back harmless: a parameter returned as plain text, or a huge result cut at its cap.
 * 422 is an attempt stopped by the time limit or the memory cap. One long expression (a string
 * built by `reduce` over a huge range) is not here: Neo4j does not check its time limit inside
 * it and keeps computing for minutes after the answer, so faults.test.ts runs that one against
 * its own, throw-away database.
 */
import type { JsonValue } from '../../contract/graph.ts';

export interface Attempt {
  name: string;
  query: string;
  params?: Record<string, JsonValue>;
  expectedStatus: 200 | 400 | 403 | 422;
  /** For a 200: the result must say it was cut at its cap. */
  truncated?: boolean;
}

const deep = (depth: number): JsonValue => (depth === 0 ? 1 : [deep(depth - 1)]);

export const ATTEMPTS: Attempt[] = [
  // Writes hidden in subqueries
  {
    name: 'write in an importing-WITH subquery',
    query: 'MATCH (n) WITH n LIMIT 1 CALL { WITH n CREATE (n)-[:HACK]->(:Hack) } RETURN n',
    expectedStatus: 403,
  },
  { name: 'write in a COUNT subquery', query: 'RETURN COUNT { CREATE (:Hack) } AS c', expectedStatus: 400 },
  { name: 'write in an EXISTS subquery', query: 'MATCH (n) WHERE EXISTS { MATCH (n) SET n.x = 1 } RETURN n', expectedStatus: 400 },
  { name: 'write in a COLLECT subquery', query: 'RETURN COLLECT { CREATE (h:Hack) RETURN h } AS c', expectedStatus: 400 },
  { name: 'MERGE in a returning subquery', query: 'CALL { MERGE (h:Hack {k: 1}) RETURN h } RETURN h', expectedStatus: 403 },
  { name: 'write in an OPTIONAL CALL', query: 'OPTIONAL CALL { CREATE (h:Hack) RETURN h } RETURN h', expectedStatus: 403 },
  {
    name: 'write two subqueries deep',
    query: 'UNWIND [1] AS i CALL (i) { CALL (i) { CREATE (:Hack {i: i}) } } RETURN i',
    expectedStatus: 403,
  },
  {
    name: 'SET behind a FOREACH over a CASE',
    query: 'MATCH (n:Country) WITH n LIMIT 1 FOREACH (x IN CASE WHEN true THEN [1] ELSE [] END | SET n.hacked = true)',
    expectedStatus: 403,
  },
  {
    name: 'write in a unit subquery after a read',
    query: 'WITH 1 AS x CALL { UNWIND range(1, 2) AS i CREATE (:Hack) } RETURN x',
    expectedStatus: 403,
  },
  { name: 'write in the second branch of UNION ALL', query: 'RETURN 1 AS x UNION ALL CREATE (h:Hack) RETURN 2 AS x', expectedStatus: 403 },
  {
    name: 'SET on a full-text hit',
    query: "CALL db.index.fulltext.queryNodes('entity_names', 'csto') YIELD node SET node.hacked = true",
    expectedStatus: 403,
  },

  // CALL … IN TRANSACTIONS
  {
    name: 'SET in transactions of 10 rows',
    query: 'CALL { MATCH (n:Country) SET n.x = 1 } IN TRANSACTIONS OF 10 ROWS',
    expectedStatus: 403,
  },
  {
    name: 'DETACH DELETE in transactions, on error continue',
    query: 'CALL { MATCH (n:Hack) DETACH DELETE n } IN TRANSACTIONS ON ERROR CONTINUE',
    expectedStatus: 403,
  },
  {
    name: 'write in concurrent transactions',
    query: 'UNWIND range(1, 3) AS i CALL (i) { CREATE (:Hack) } IN 2 CONCURRENT TRANSACTIONS',
    expectedStatus: 403,
  },
  {
    name: 'a read in transactions (needs an auto-commit transaction)',
    query: 'CALL { RETURN 1 AS x } IN TRANSACTIONS RETURN x',
    expectedStatus: 403,
  },

  // Procedures: dbms.*, db.* that write or reveal, tx.*
  { name: 'dbms.components()', query: 'CALL dbms.components()', expectedStatus: 200 },
  { name: 'dbms.showCurrentUser()', query: 'CALL dbms.showCurrentUser()', expectedStatus: 403 },
  { name: 'dbms.info()', query: 'CALL dbms.info()', expectedStatus: 403 },
  { name: 'dbms.listConnections()', query: 'CALL dbms.listConnections()', expectedStatus: 403 },
  { name: 'dbms.killConnection()', query: "CALL dbms.killConnection('bolt-1')", expectedStatus: 403 },
  {
    name: 'dbms.setConfigValue() (Enterprise only)',
    query: "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
    expectedStatus: 400,
  },
  {
    name: 'dbms.security.createUser() (gone in 5)',
    query: "CALL dbms.security.createUser('hack', 'password1234', false)",
    expectedStatus: 400,
  },
  { name: 'db.createProperty()', query: "CALL db.createProperty('hack')", expectedStatus: 403 },
  { name: 'db.createRelationshipType()', query: "CALL db.createRelationshipType('HACK')", expectedStatus: 403 },
  { name: 'db.awaitIndexes()', query: 'CALL db.awaitIndexes(1)', expectedStatus: 403 },
  { name: 'db.resampleIndex()', query: "CALL db.resampleIndex('entity_names')", expectedStatus: 403 },
  { name: 'db.prepareForReplanning()', query: 'CALL db.prepareForReplanning()', expectedStatus: 403 },
  { name: 'db.info()', query: 'CALL db.info()', expectedStatus: 403 },
  { name: 'tx.setMetaData()', query: "CALL tx.setMetaData({app: 'someone-else'})", expectedStatus: 403 },
  { name: 'a procedure name in backticks', query: 'CALL `db`.`clearQueryCaches`()', expectedStatus: 403 },

  // Administration and schema commands
  { name: 'CREATE USER', query: "CREATE USER hack SET PASSWORD 'password1234'", expectedStatus: 403 },
  { name: 'DROP USER', query: 'DROP USER neo4j', expectedStatus: 403 },
  { name: 'GRANT ROLE', query: 'GRANT ROLE admin TO hack', expectedStatus: 403 },
  { name: 'SHOW DATABASES', query: 'SHOW DATABASES', expectedStatus: 403 },
  { name: 'ALTER DATABASE … READ ONLY', query: 'ALTER DATABASE neo4j SET ACCESS READ ONLY', expectedStatus: 403 },
  { name: 'CREATE OR REPLACE DATABASE', query: 'CREATE OR REPLACE DATABASE neo4j', expectedStatus: 403 },
  { name: 'SHOW CURRENT USER', query: 'SHOW CURRENT USER', expectedStatus: 403 },
  { name: 'TERMINATE TRANSACTION (singular)', query: "TERMINATE TRANSACTION 'neo4j-transaction-1'", expectedStatus: 403 },
  { name: 'DROP CONSTRAINT', query: 'DROP CONSTRAINT entity_key IF EXISTS', expectedStatus: 403 },
  { name: 'CREATE FULLTEXT INDEX', query: 'CREATE FULLTEXT INDEX hack_text FOR (n:Hack) ON EACH [n.name]', expectedStatus: 403 },
  { name: 'CREATE LOOKUP INDEX', query: 'CREATE LOOKUP INDEX hack_lookup IF NOT EXISTS FOR (n) ON EACH labels(n)', expectedStatus: 403 },

  // LOAD CSV from files and URLs (only loopback addresses: nothing is ever fetched)
  { name: 'LOAD CSV of /proc/self/environ', query: "LOAD CSV FROM 'file:///proc/self/environ' AS l RETURN l", expectedStatus: 403 },
  { name: 'LOAD CSV of a concatenated path', query: "LOAD CSV FROM 'file:///' + 'etc/passwd' AS l RETURN l", expectedStatus: 403 },
  {
    name: 'LOAD CSV of a URL in a parameter',
    query: 'LOAD CSV FROM $url AS l RETURN l',
    params: { url: 'file:///etc/passwd' },
    expectedStatus: 403,
  },
  { name: 'LOAD CSV of a loopback URL', query: "LOAD CSV FROM 'http://localhost:7474/' AS l RETURN l", expectedStatus: 403 },
  {
    name: 'LOAD CSV with a field terminator',
    query: "LOAD CSV FROM 'file:///etc/passwd' AS l FIELDTERMINATOR ':' RETURN l[0]",
    expectedStatus: 403,
  },
  { name: 'LOAD CSV in a subquery', query: "CALL { LOAD CSV FROM 'file:///etc/shadow' AS l RETURN l } RETURN l", expectedStatus: 403 },
  {
    name: 'USING PERIODIC COMMIT (gone in 5)',
    query: "USING PERIODIC COMMIT LOAD CSV FROM 'file:///etc/passwd' AS l CREATE (:Hack)",
    expectedStatus: 400,
  },

  // Comments and unicode tricks
  { name: 'a comment in place of a space', query: 'CREATE/**/(:Hack)', expectedStatus: 403 },
  { name: 'a comment inside a keyword', query: 'CR/**/EATE (:Hack)', expectedStatus: 400 },
  { name: 'a zero-width space inside a keyword', query: 'C\u200bREATE (:Hack)', expectedStatus: 400 },
  { name: 'a NUL before the query', query: '\u0000CREATE (:Hack)', expectedStatus: 400 },
  { name: 'a right-to-left override in a comment', query: '/* \u202e nothing to see */ CREATE (:Hack)', expectedStatus: 403 },
  { name: 'mixed case', query: 'cReAtE (:Hack)', expectedStatus: 403 },
  { name: 'a Greek letter in the label', query: 'CREATE (:\u0397ack)', expectedStatus: 403 },
  {
    name: 'a line separator inside a line comment (the write stays commented out)',
    query: 'MATCH (n) RETURN n LIMIT 1 // note\u2028CREATE (:Hack)',
    expectedStatus: 200,
  },
  { name: 'a second statement after a comment', query: 'RETURN 1; // then\nCREATE (:Hack)', expectedStatus: 400 },

  // Parameter smuggling: values and names that look like Cypher stay data
  { name: 'Cypher as a parameter value', query: 'RETURN $q AS q', params: { q: 'CREATE (:Hack) RETURN 1' }, expectedStatus: 200 },
  {
    name: 'a label-breaking parameter',
    query: 'MATCH (n) WHERE $label IN labels(n) RETURN count(n) AS c',
    params: { label: 'Country`) DETACH DELETE n //' },
    expectedStatus: 200,
  },
  {
    name: 'parameters named like Cypher',
    query: 'RETURN 1 AS one',
    params: { 'x}) CREATE (:Hack) //': 1, RETURN: 2 },
    expectedStatus: 200,
  },
  {
    // Refused by name before validation (contract/reserved-keys.ts), never silently dropped.
    name: 'parameters named like JavaScript internals',
    query: 'RETURN $constructor AS c',
    params: JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}') as Record<string, JsonValue>,
    expectedStatus: 400,
  },
  {
    name: 'a map parameter for SET +=',
    query: 'MATCH (n:Country) SET n += $props',
    params: { props: { hacked: true } },
    expectedStatus: 403,
  },
  { name: 'a negative LIMIT parameter', query: 'MATCH (n) RETURN n LIMIT $n', params: { n: -1 }, expectedStatus: 400 },
  // JSON deeper than 32 levels is refused before it is parsed (2,500 levels overflowed validation).
  { name: 'a parameter nested 200 levels deep', query: 'RETURN size($p) AS s', params: { p: deep(200) }, expectedStatus: 400 },
  { name: 'a parameter nested 25 levels deep', query: 'RETURN size($p) AS s', params: { p: deep(25) }, expectedStatus: 200 },

  // Enormous results and products: cut at the row cap, or stopped by the time or memory limit
  {
    name: 'a cartesian product of every node four times',
    query: 'MATCH (a), (b), (c), (d) RETURN a, b, c, d',
    expectedStatus: 200,
    truncated: true,
  },
  {
    name: 'counting a six-way cartesian product',
    query: 'MATCH (a), (b), (c), (d), (e), (f) WHERE a.name < f.name RETURN count(*)',
    expectedStatus: 422,
  },
  { name: 'unbounded variable-length paths', query: 'MATCH p = (a)-[*]-(b) RETURN p', expectedStatus: 200, truncated: true },
  { name: 'counting paths of up to 20 hops', query: 'MATCH (a)-[*1..20]-(b) RETURN count(*)', expectedStatus: 422 },
  { name: 'sorting 63 million rows at random', query: 'MATCH (a), (b), (c), (d) WITH a ORDER BY rand() RETURN a', expectedStatus: 422 },
  {
    name: 'collecting a billion integers',
    query: 'UNWIND range(1, 1000000000) AS x WITH collect(x) AS xs RETURN size(xs)',
    expectedStatus: 422,
  },
];
