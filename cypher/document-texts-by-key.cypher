// The stored texts of the documents a change set cites, by key.
MATCH (d:Document)
WHERE d.key IN $keys
RETURN d.key AS key, d.text AS text
