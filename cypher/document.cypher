// One Document, by element id or by key, with the relationships that cite it (at most $limit):
// those whose `sources` list holds its key. The quote for this document is picked by the caller.
CALL () {
  MATCH (d:Document) WHERE elementId(d) = $id RETURN d
  UNION
  MATCH (d:Document) WHERE d.key = $id RETURN d
}
WITH d LIMIT 1
RETURN d AS document, d.text AS text, COLLECT {
    MATCH (a)-[r]->(b)
    WHERE r.sources IS :: LIST<STRING NOT NULL> NOT NULL AND d.key IN r.sources
    RETURN {edge: r, source: a, target: b}
    LIMIT $limit
  } AS claims
