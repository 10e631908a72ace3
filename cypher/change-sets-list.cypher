// Every change set, newest first.
MATCH (c:ChangeSet:ExplorerRecord)
RETURN properties(c) AS props
ORDER BY c.createdAt DESC, c.id
LIMIT $limit
