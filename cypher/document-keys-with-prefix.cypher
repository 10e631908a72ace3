// Document keys that start as a new one would, so a new key can be made unique.
MATCH (d:Document)
WHERE d.key STARTS WITH $prefix
RETURN d.key AS key
