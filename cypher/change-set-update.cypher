// Records what a change set added, once its writes are done (same transaction).
MATCH (c:ChangeSet:ExplorerRecord {id: $id})
SET c = $props
RETURN c.id AS id
