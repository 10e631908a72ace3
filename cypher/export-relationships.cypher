// Every relationship between imported entities, for the export in the import format.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN type(r) AS type, a.key AS from, b.key AS to, properties(r) AS props
ORDER BY r.key, a.key, b.key
