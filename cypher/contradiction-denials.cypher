// Relationships with a claim that denies them (the claims format's `denies` list holds true):
// a claim set against its negation on the very relationship. At most $limit.
MATCH (a)-[r]->(b)
WHERE r.denies IS :: LIST<BOOLEAN NOT NULL> NOT NULL AND true IN r.denies
RETURN r AS edge, a AS source, b AS target
LIMIT $limit
