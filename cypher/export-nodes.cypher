// Every imported entity, for the export in the import format.
MATCH (n:Entity)
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.key
