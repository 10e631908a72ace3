// Element ids of the benchmark's target nodes, by key (the API takes element ids).
MATCH (n:Entity)
WHERE n.key IN $keys
RETURN n.key AS key, elementId(n) AS id
