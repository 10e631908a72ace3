// The labels of the entities a change set names, by key (absent keys: no such entity).
MATCH (n:Entity)
WHERE n.key IN $keys
RETURN n.key AS key, labels(n) AS labels
