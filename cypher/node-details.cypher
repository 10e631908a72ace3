// A node, its degree per relationship type and direction, and the Document nodes whose key
// is in a `sources` list of the node or of its relationships (the documents that support it).
// `evidence`: the node's properties, whose claim lists (contract/claims.ts) the mapper keeps out of `node`.
MATCH (n)
WHERE elementId(n) = $id AND NOT $recordLabel IN labels(n)
WITH n,
  COLLECT {
    MATCH (n)-[r]->()
    WITH type(r) AS type, count(*) AS count
    RETURN {type: type, direction: 'out', count: count}
  } + COLLECT {
    MATCH (n)<-[r]-()
    WITH type(r) AS type, count(*) AS count
    RETURN {type: type, direction: 'in', count: count}
  } AS degree,
  COLLECT {
    MATCH (n)-[r]-()
    WHERE r.sources IS :: LIST<STRING NOT NULL> NOT NULL
    UNWIND r.sources AS key
    RETURN DISTINCT key
  } AS relationshipSources
WITH n, degree, relationshipSources + CASE WHEN n.sources IS :: LIST<STRING NOT NULL> NOT NULL THEN n.sources ELSE [] END AS keys
RETURN n AS node, properties(n) AS evidence, degree, COLLECT {
    MATCH (d:Document)
    WHERE d.key IN keys
    RETURN d
    ORDER BY d.date, d.key
  } AS documents
