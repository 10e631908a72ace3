// Deletes the relationships a change set created, on revert. $rows: [{key, from}].
UNWIND $rows AS row
MATCH (:Entity {key: row.from})-[r]->()
WHERE r.key = row.key
DELETE r
RETURN count(*) AS deleted
