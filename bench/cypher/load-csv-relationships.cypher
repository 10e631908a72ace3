// LOAD CSV reference: the same relationship upsert as cypher/upsert-relationships.cypher (ends by
// key, MERGE by key, provenance lists, validity dates), type in {{type}}, 10000 rows per transaction.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Entity {key: row.from})
  MATCH (b:Entity {key: row.to})
  MERGE (a)-[r:{{type}} {key: row.key}]->(b)
  SET r.validFromText = row.validFromText, r.validToText = row.validToText, r.sources = split(row.sources, '|'),
    r.quotes = split(row.quotes, '|'), r.role = row.role, r.outcome = row.outcome,
    r.validFrom = date(row.validFrom), r.validTo = date(row.validTo)
} IN TRANSACTIONS OF 10000 ROWS
