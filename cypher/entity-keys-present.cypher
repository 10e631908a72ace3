// The bulk import's check: which of $keys an entity already holds (the rest are new, so the
// importer may CREATE them rather than MERGE). $keys: [string].
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN key
