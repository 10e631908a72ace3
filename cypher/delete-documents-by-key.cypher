// Deletes the documents a change set added, on revert (the change sets citing them are refused before).
UNWIND $keys AS key
MATCH (d:Document {key: key})
WHERE NOT EXISTS { (d)--() }
DELETE d
RETURN count(*) AS deleted
