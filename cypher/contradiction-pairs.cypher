// Candidate contradictions: two relationships between the same two entities whose types form
// one of $pairs ([[typeA, typeB], …], from the ontology's opposingFamilies and negates).
// Validity overlap and direction are judged by the caller. One scan of the relationships of
// the first types; at most $limit pairs.
MATCH (a)-[r1]->(b)
WHERE type(r1) IN $firstTypes
MATCH (a)-[r2]-(b)
WHERE r2 <> r1 AND [type(r1), type(r2)] IN $pairs
RETURN r1 AS first, r2 AS second, a AS source, b AS target
LIMIT $limit
