// One change set by id.
MATCH (c:ChangeSet:ExplorerRecord {id: $id})
RETURN properties(c) AS props
