// Reference arm of `npm run bench:import-forms`: cypher/write-relationships.cypher as it was before
// its rows became columns. $rows: [{from, to, props}], each row a map naming every property (the
// key among props); the same lookups, CREATE and MERGE paths, and result.
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
