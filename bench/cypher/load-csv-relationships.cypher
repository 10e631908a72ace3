// LOAD CSV reference: the same relationship upsert as cypher/upsert-relationships.cypher (ends by
// key, MERGE by key, the claim lists, DATE validity with precision), type in {{type}}, 10000 rows per transaction.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Entity {key: row.from})
  MATCH (b:Entity {key: row.to})
  MERGE (a)-[r:{{type}} {key: row.key}]->(b)
  SET r.sources = split(row.sources, '|'), r.quotes = split(row.quotes, '|'),
    r.quoteStarts = [x IN split(row.quoteStarts, '|') | toInteger(x)], r.quoteEnds = [x IN split(row.quoteEnds, '|') | toInteger(x)],
    r.speakers = split(row.speakers, '|'), r.attributed = [x IN split(row.attributed, '|') | x = 'true'],
    r.attributedTo = split(row.attributedTo, '|'), r.credibility = [x IN split(row.credibility, '|') | toInteger(x)],
    r.role = row.role, r.title = row.title, r.outcome = row.outcome,
    r.validFrom = date(row.validFrom), r.validFromPrecision = row.validFromPrecision,
    r.validTo = date(row.validTo), r.validToPrecision = row.validToPrecision,
    r.date = date(row.date), r.datePrecision = row.datePrecision
} IN TRANSACTIONS OF 10000 ROWS
