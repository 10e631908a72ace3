// Every document, for the export in the import format.
MATCH (d:Document)
RETURN properties(d) AS props
ORDER BY d.key
