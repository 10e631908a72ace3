// Property keys per label and per relationship type from the first $sample nodes and
// relationships (sample-based, so a big database answers fast), plus every property key.
CALL () {
  MATCH (n) WITH n LIMIT $sample
  UNWIND labels(n) AS label
  UNWIND keys(n) AS key
  WITH label, collect(DISTINCT key) AS keys
  RETURN collect({name: label, keys: keys}) AS labelKeys
}
CALL () {
  MATCH ()-[r]->() WITH r LIMIT $sample
  UNWIND keys(r) AS key
  WITH type(r) AS type, collect(DISTINCT key) AS keys
  RETURN collect({name: type, keys: keys}) AS typeKeys
}
CALL () {
  CALL db.propertyKeys() YIELD propertyKey
  RETURN collect(propertyKey) AS propertyKeys
}
RETURN labelKeys, typeKeys, propertyKeys
