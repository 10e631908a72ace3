// The sources: Document nodes, newest first, each with how many relationships cite it
// (relationships whose `sources` list holds its key). One pass over the relationships.
MATCH (d:Document)
WITH d ORDER BY d.date DESC, d.key LIMIT $limit
WITH collect(d) AS documents
CALL (documents) {
  WITH [d IN documents | d.key] AS keys
  WHERE size(keys) > 0
  MATCH ()-[r]->()
  WHERE r.sources IS :: LIST<STRING NOT NULL> NOT NULL
  UNWIND r.sources AS key
  WITH r, key, keys WHERE key IN keys
  // a relationship quoting one document twice is still one claim
  WITH key, count(DISTINCT r) AS claims
  RETURN collect({key: key, claims: claims}) AS counts
}
UNWIND documents AS d
RETURN d AS document, coalesce([c IN counts WHERE c.key = d.key | c.claims][0], 0) AS claims
