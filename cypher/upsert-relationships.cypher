// Upserts relationships by key between entities found by key; every row of a batch has the type in {{type}}.
// $rows: [{key, type, from, to, props, validFrom, validTo}] (validity as ISO dates or null).
// Returns the rows whose ends were not found, so the caller can fail the whole import.
UNWIND $rows AS row
OPTIONAL MATCH (a:Entity {key: row.from})
OPTIONAL MATCH (b:Entity {key: row.to})
CALL (row, a, b) {
  WITH row, a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:{{type}} {key: row.key}]->(b)
  SET r = row.props
  SET r.validFrom = date(row.validFrom), r.validTo = date(row.validTo)
  RETURN count(r) AS n
}
WITH row, a, b WHERE a IS NULL OR b IS NULL
RETURN row.key AS key, row.from AS from, row.to AS to, a IS NULL AS fromMissing, b IS NULL AS toMissing
