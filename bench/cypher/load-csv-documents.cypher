// LOAD CSV reference: the same Document upsert as cypher/upsert-documents.cypher, from a CSV file.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (d:Document {key: row.key})
  SET d.title = row.title, d.publisher = row.publisher, d.language = row.language, d.name = row.name,
    d.kind = row.kind, d.reliability = row.reliability, d.date = date(row.date), d.datePrecision = row.datePrecision
} IN TRANSACTIONS OF 10000 ROWS
