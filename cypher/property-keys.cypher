// Every property key the database knows, but those only the explorer's own records
// ($recordLabel) use: a key a record carries is kept only if a knowledge node or a relationship
// has it too (records are few, so this checks a handful of keys).
CALL () {
  MATCH (r:{{recordLabel}})
  UNWIND keys(r) AS key
  RETURN collect(DISTINCT key) AS recordKeys
}
CALL db.propertyKeys() YIELD propertyKey
WITH propertyKey, recordKeys
WHERE NOT propertyKey IN recordKeys
  OR EXISTS { MATCH (n) WHERE n[propertyKey] IS NOT NULL AND NOT $recordLabel IN labels(n) }
  OR EXISTS { MATCH ()-[r]->() WHERE r[propertyKey] IS NOT NULL }
RETURN collect(propertyKey) AS propertyKeys
