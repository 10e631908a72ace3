// The property keys that only the explorer's own records ({{recordLabel}}: cases, change sets…)
// use: GET /api/schema leaves them out of property-keys' list. Records are few, so this looks at a
// handful of keys; a key a knowledge node or a relationship also has is kept.
MATCH (r:{{recordLabel}})
UNWIND keys(r) AS key
WITH DISTINCT key
WHERE NOT EXISTS { MATCH (n) WHERE n[key] IS NOT NULL AND NOT $recordLabel IN labels(n) }
  AND NOT EXISTS { MATCH ()-[rel]->() WHERE rel[key] IS NOT NULL }
RETURN collect(key) AS keys
