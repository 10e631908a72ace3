// Node counts per label and relationship counts per type, straight from the count store
// (constant time on any database size). Callers fall back to label-counts-scan when the
// procedure is not allowed for this user.
// The explorer's own records ($recordLabel: cases, change sets…) are not part of the graph: their
// labels' counts are taken off (a label only records carry drops out).
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
CALL () {
  MATCH (r:{{recordLabel}})
  UNWIND labels(r) AS label
  WITH label, count(*) AS count
  RETURN collect({name: label, count: count}) AS records
}
WITH data, records,
  [x IN data.nodes WHERE x.label IS NOT NULL | {name: x.label, count: x.count - coalesce(head([y IN records WHERE y.name = x.label | y.count]), 0)}] AS counted
RETURN
  [x IN counted WHERE x.count > 0] AS labels,
  [x IN data.relationships WHERE x.relationshipType IS NOT NULL AND x.startLabel IS NULL AND x.endLabel IS NULL AND x.count > 0
    | {name: x.relationshipType, count: x.count}] AS types
