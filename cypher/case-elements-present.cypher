// Which of a case's element ids the knowledge graph still holds (records never count).
RETURN [id IN $nodes WHERE EXISTS { MATCH (n) WHERE elementId(n) = id AND NOT $recordLabel IN labels(n) }] AS nodes,
  [id IN $edges WHERE EXISTS { MATCH ()-[r]->() WHERE elementId(r) = id }] AS edges
