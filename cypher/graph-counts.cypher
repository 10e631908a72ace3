// Node counts per label and relationship counts per type, straight from the count store
// (constant time on any database size). Callers fall back to label-counts-scan when the
// procedure is not allowed for this user.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN
  [x IN data.nodes WHERE x.label IS NOT NULL AND x.count > 0 | {name: x.label, count: x.count}] AS labels,
  [x IN data.relationships WHERE x.relationshipType IS NOT NULL AND x.startLabel IS NULL AND x.endLabel IS NULL AND x.count > 0
    | {name: x.relationshipType, count: x.count}] AS types
