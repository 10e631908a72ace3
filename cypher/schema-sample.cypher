// Property keys per label and per relationship type, from a sample of $sample nodes of each
// label and $sample relationships of each type (so a label with few nodes in a big database is
// described as fully as a big one, and the answer stays fast), plus every property key.
CALL () {
  CALL db.labels() YIELD label
  CALL (label) {
    MATCH (n:$(label)) WITH n LIMIT $sample
    UNWIND keys(n) AS key
    RETURN collect(DISTINCT key) AS keys
  }
  RETURN collect({name: label, keys: keys}) AS labelKeys
}
CALL () {
  CALL db.relationshipTypes() YIELD relationshipType AS type
  CALL (type) {
    MATCH ()-[r:$(type)]->() WITH r LIMIT $sample
    UNWIND keys(r) AS key
    RETURN collect(DISTINCT key) AS keys
  }
  RETURN collect({name: type, keys: keys}) AS typeKeys
}
CALL () {
  CALL db.propertyKeys() YIELD propertyKey
  RETURN collect(propertyKey) AS propertyKeys
}
RETURN labelKeys, typeKeys, propertyKeys
