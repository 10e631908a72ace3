// Counts per label and type by scanning (dynamic labels cannot use the count store): the
// fallback of graph-counts for users who may not call db.stats.retrieve. The explorer's own
// records ($recordLabel) are not counted.
CALL () {
  CALL db.labels() YIELD label
  CALL (label) { MATCH (n:$(label)) WHERE NOT $recordLabel IN labels(n) RETURN count(n) AS count }
  WITH label, count WHERE count > 0
  RETURN collect({name: label, count: count}) AS labels
}
CALL () {
  CALL db.relationshipTypes() YIELD relationshipType AS type
  CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS count }
  WITH type, count WHERE count > 0
  RETURN collect({name: type, count: count}) AS types
}
RETURN labels, types
