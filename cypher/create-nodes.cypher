// The bulk import's write for entities whose keys are new (entity-keys-present.cypher said so in
// the same transaction; the key constraint still refuses a duplicate): CREATE, no lookup. Rows of
// one label set, in {{labels}}; $props: one map per entity, its key among them (only the
// properties travel: the label set is in the statement). Stores what upsert-nodes.cypher stores.
UNWIND $props AS props
CREATE (n:Entity:{{labels}})
SET n = props
RETURN count(n) AS written
