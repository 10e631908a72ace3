// The node indexes a search can use or learn from: full-text indexes are queried directly; the
// properties of text and range indexes are identifying properties the database's owner chose.
SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state
WHERE entityType = 'NODE' AND state = 'ONLINE' AND type IN ['FULLTEXT', 'TEXT', 'RANGE'] AND labelsOrTypes IS NOT NULL
RETURN name, type, labelsOrTypes AS labels, properties
ORDER BY name
