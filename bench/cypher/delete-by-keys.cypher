// Removes the per-row baseline's sample nodes (and their relationships) by key.
MATCH (n:Entity)
WHERE n.key IN $keys
DETACH DELETE n
