// Upserts relationships by key between entities found by key, every type of the ontology in
// ONE statement: the each-block below is written once per ontology type, in a fixed order, so
// the text and its plan are the same on every load and a batch may mix types. FOREACH over a
// one-or-none list runs a block only for its own type's rows (it plans faster than as many
// CALL subqueries). $rows: [{key, type, from, to, props}] (props hold the DATE values);
// $types: the ontology's types in the order of the blocks. Returns the rows whose ends were
// not found, so the caller can fail the whole import.
UNWIND $rows AS row
OPTIONAL MATCH (a:Entity {key: row.from})
OPTIONAL MATCH (b:Entity {key: row.to})
WITH row, a, b, a IS NOT NULL AND b IS NOT NULL AS linked
{{#each types}}
FOREACH (_ IN CASE WHEN linked AND row.type = $types[{{index}}] THEN [1] ELSE [] END |
  MERGE (a)-[r:{{type}} {key: row.key}]->(b)
  SET r = row.props
)
{{/each}}
WITH row, a, b WHERE NOT linked
RETURN row.key AS key, row.from AS from, row.to AS to, a IS NULL AS fromMissing, b IS NULL AS toMissing
