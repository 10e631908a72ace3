// Records a change set: who, when, and what it added (keys), beside, not linked to, the knowledge graph.
CREATE (c:ChangeSet:ExplorerRecord)
SET c = $props
RETURN c.id AS id
