// Deletes a case (it has no relationships); `deleted` is 0 when there was none.
OPTIONAL MATCH (c:Case:ExplorerRecord {caseId: $id})
DELETE c
RETURN count(c) AS deleted
