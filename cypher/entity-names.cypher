// Names and aliases of every entity, for marking their mentions in a text.
MATCH (n:Entity)
RETURN n.key AS key, elementId(n) AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, labels(n) AS labels
LIMIT $limit
