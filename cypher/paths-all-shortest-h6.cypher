// All shortest paths of 1 to 6 hops between two nodes, in either direction, never through a
// Document; $types (null = any) limits the relationship types. Quantifier bounds cannot be
// parameters, so there is one file per hop count (find-paths.ts picks it from a checked 1-8).
MATCH (a) WHERE elementId(a) = $from AND NOT a:Document
MATCH (b) WHERE elementId(b) = $to
MATCH p = ALL SHORTEST (a) ((x)-[r]-(y) WHERE NOT y:Document AND ($types IS NULL OR type(r) IN $types)){1,6} (b)
RETURN p
LIMIT $limit
