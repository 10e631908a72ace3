// The bulk import's write for entities whose keys are new (entity-keys-present.cypher said so in
// the same transaction; the key constraint still refuses a duplicate): CREATE, no lookup. Rows of
// one label set, in {{labels}}; $rows: [{key, props}]. Stores what upsert-nodes.cypher stores.
UNWIND $rows AS row
CREATE (n:Entity:{{labels}})
SET n = row.props
RETURN count(n) AS written
