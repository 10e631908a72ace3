// The nodes and relationships of a shared view, by element id: what no longer exists is
// simply absent (the page says how many are missing); the explorer's own records ($recordLabel) are never returned.
RETURN COLLECT {
    MATCH (n)
    WHERE elementId(n) IN $nodes AND NOT $recordLabel IN labels(n)
    RETURN n
  } AS nodes, COLLECT {
    MATCH ()-[r]->()
    WHERE elementId(r) IN $edges
    RETURN r
  } AS edges
