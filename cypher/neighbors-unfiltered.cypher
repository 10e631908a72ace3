// One hop from a node with no filter but the direction: the same answer as neighbors.cypher,
// but `total` is the node's degree, which Neo4j reads from its relationship counts (GetDegree)
// instead of walking every relationship of a hub to count it.
MATCH (n)
WHERE elementId(n) = $id AND NOT $recordLabel IN labels(n)
RETURN
  n AS node,
  CASE $direction
    WHEN 'out' THEN COUNT { (n)-->() }
    WHEN 'in' THEN COUNT { (n)<--() }
    ELSE COUNT { (n)--() }
  END AS total,
  COLLECT {
    MATCH (n)-[r]-(m)
    WHERE $direction = 'both' OR ($direction = 'out' AND startNode(r) = n) OR ($direction = 'in' AND endNode(r) = n)
    RETURN {relationship: r, neighbor: m}
    LIMIT $limit
  } AS hops
