// The bulk import's write for relationships of one type ({{type}}), in one statement: the ends are
// found by key once; a row whose start has no outgoing or whose end has no incoming {{type}} yet is
// certainly new (a degree lookup: no relationship with its key can exist), so CREATE writes it;
// every other row is merged by key as upsert-relationships.cypher does. Either way the stored
// result is the MERGE path's: a row that sees the batch's own new relationships merely merges.
// The rows travel as columns, so each property name crosses once per batch, not once per row:
// row i is $keys[i], $from[i], $to[i] and, for the n-th property of the each-block, $column<n>[i]
// (null where the row has none, which stores nothing, as upsert-relationships.cypher's
// `SET r = row.props` stores only what a row holds). Returns the rows whose ends were not found
// (the caller fails the batch, and its transaction writes nothing).
UNWIND range(0, size($keys) - 1) AS i
OPTIONAL MATCH (a:Entity {key: $from[i]})
OPTIONAL MATCH (b:Entity {key: $to[i]})
WITH i, a, b, a IS NOT NULL AND b IS NOT NULL AS linked
WITH i, a, b, linked, linked AND (NOT EXISTS { (a)-[:{{type}}]->() } OR NOT EXISTS { ()-[:{{type}}]->(b) }) AS certainlyNew,
  {key: $keys[i]{{#each props}}, {{prop}}: $column{{index}}[i]{{/each}}} AS props
FOREACH (_ IN CASE WHEN certainlyNew THEN [1] ELSE [] END |
  CREATE (a)-[r:{{type}}]->(b)
  SET r = props
)
FOREACH (_ IN CASE WHEN linked AND NOT certainlyNew THEN [1] ELSE [] END |
  MERGE (a)-[r:{{type}} {key: $keys[i]}]->(b)
  SET r = props
)
WITH i, a, b WHERE NOT linked
RETURN $keys[i] AS key, $from[i] AS from, $to[i] AS to, a IS NULL AS fromMissing, b IS NULL AS toMissing
