// Deletes the entities a change set created, on revert, only where nothing links to them any more.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
WHERE NOT EXISTS { (n)--() }
DELETE n
RETURN count(*) AS deleted
