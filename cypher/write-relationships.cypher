// The bulk import's write for relationships of one type ({{type}}), in one statement: the ends are
// found by key once; a row whose start has no outgoing or whose end has no incoming {{type}} yet is
// certainly new (a degree lookup: no relationship with its key can exist), so CREATE writes it;
// every other row is merged by key as upsert-relationships.cypher does. Either way the stored
// result is the MERGE path's: a row that sees the batch's own new relationships merely merges.
// $rows: [{from, to, props}]: the key among props (the type is in the statement, so no row
// carries it); props as upsert-relationships.cypher stores them. Returns the rows whose ends
// were not found (the caller fails the batch, and its transaction writes nothing).
UNWIND $rows AS row
OPTIONAL MATCH (a:Entity {key: row.from})
OPTIONAL MATCH (b:Entity {key: row.to})
WITH row, a, b, a IS NOT NULL AND b IS NOT NULL AS linked
WITH row, a, b, linked, linked AND (NOT EXISTS { (a)-[:{{type}}]->() } OR NOT EXISTS { ()-[:{{type}}]->(b) }) AS certainlyNew
FOREACH (_ IN CASE WHEN certainlyNew THEN [1] ELSE [] END |
  CREATE (a)-[r:{{type}}]->(b)
  SET r = row.props
)
FOREACH (_ IN CASE WHEN linked AND NOT certainlyNew THEN [1] ELSE [] END |
  MERGE (a)-[r:{{type}} {key: row.props.key}]->(b)
  SET r = row.props
)
WITH row, a, b WHERE NOT linked
RETURN row.props.key AS key, row.from AS from, row.to AS to, a IS NULL AS fromMissing, b IS NULL AS toMissing
