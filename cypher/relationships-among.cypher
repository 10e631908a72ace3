// The relationships between newly added nodes and the nodes on the canvas, each once
// (a relationship between two new nodes is found from both ends). One more than $limit
// is kept so the caller can say that it truncated.
MATCH (a)
WHERE elementId(a) IN $nodes
MATCH (a)-[r]-(b)
WHERE elementId(b) IN $among
WITH DISTINCT r
LIMIT $limit + 1
RETURN collect(r) AS edges
