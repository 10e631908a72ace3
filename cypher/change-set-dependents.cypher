// Committed change sets made after this one that use what it added ($created: "doc:…", "node:…", "rel:…").
MATCH (c:ChangeSet:ExplorerRecord)
WHERE c.status = 'committed' AND c.id <> $id AND c.createdAt >= $createdAt AND any(u IN c.uses WHERE u IN $created)
RETURN properties(c) AS props
ORDER BY c.createdAt
