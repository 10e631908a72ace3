// Marks a change set reverted, with who and when.
MATCH (c:ChangeSet:ExplorerRecord {id: $id})
SET c.status = 'reverted', c.revertedAt = $at, c.revertedBy = $by
RETURN c.id AS id
