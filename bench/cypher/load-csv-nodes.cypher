// LOAD CSV reference: the same entity upsert as cypher/upsert-nodes.cypher (MERGE by key, the
// properties the generator makes, then the labels in {{labels}}), 10000 rows per transaction.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (n:Entity {key: row.key})
  SET n.name = row.name, n.aliases = coalesce(split(row.aliases, '|'), []), n.iso = row.iso, n.kind = row.kind,
    n.generation = toInteger(row.generation), n.validFrom = date(row.validFrom), n.validFromPrecision = row.validFromPrecision,
    n.date = date(row.date), n.datePrecision = row.datePrecision
  SET n:{{labels}}
} IN TRANSACTIONS OF 10000 ROWS
