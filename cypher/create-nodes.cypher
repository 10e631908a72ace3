// The bulk import's write for entities whose keys are new (entity-keys-present.cypher said so in
// the same transaction; the key constraint still refuses a duplicate): CREATE, no lookup. Rows of
// one label set, in {{labels}} (no row carries its labels). $rows: [{props, validFrom?, validTo?,
// date?}]: the key among props; the DATE properties as ISO text beside them, made DATEs here
// (text packs far cheaper than the driver's dates; coalesce keeps a props value of that name
// when no DATE came). Stores what upsert-nodes.cypher stores.
UNWIND $rows AS row
CREATE (n:Entity:{{labels}})
SET n = row.props
SET n.validFrom = coalesce(date(row.validFrom), n.validFrom),
  n.validTo = coalesce(date(row.validTo), n.validTo),
  n.date = coalesce(date(row.date), n.date)
RETURN count(n) AS written
