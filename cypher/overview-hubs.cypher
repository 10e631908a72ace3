// The best-connected nodes among the first $scanLimit (documents and the explorer's own records aside): where a newcomer to
// this database can start. Degrees come from the store, so each node costs one lookup.
MATCH (n) WHERE NOT $recordLabel IN labels(n) WITH n LIMIT $scanLimit
WITH n WHERE NOT n:Document
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC
LIMIT $limit
RETURN n AS node, degree
