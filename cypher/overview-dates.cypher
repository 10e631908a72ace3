// Which properties hold dates, and their range, from a sample of $sample nodes per label and
// $sample relationships per type: DATE and DATETIME values, and strings that begin YYYY-MM-DD.
// Also whether the relationships record provenance (the explorer's `sources` lists).
CALL () {
  CALL db.labels() YIELD label
  CALL (label) {
    MATCH (n:$(label)) WITH n LIMIT $sample
    UNWIND keys(n) AS key
    WITH key, n[key] AS v
    WITH key, CASE
        WHEN v IS :: DATE THEN toString(v)
        WHEN v IS :: ZONED DATETIME OR v IS :: LOCAL DATETIME THEN left(toString(v), 10)
        WHEN v IS :: STRING AND v =~ '[0-9]{4}-(0[1-9]|1[0-2])-[0-3][0-9].*' THEN left(v, 10)
      END AS day
    WHERE day IS NOT NULL
    WITH key, min(day) AS first, max(day) AS last
    RETURN collect({on: 'node', name: label, key: key, first: first, last: last}) AS found
  }
  RETURN collect(found) AS nodeDates
}
CALL () {
  CALL db.relationshipTypes() YIELD relationshipType AS type
  CALL (type) {
    MATCH ()-[r:$(type)]->() WITH r LIMIT $sample
    UNWIND keys(r) AS key
    WITH key, r[key] AS v
    WITH key, CASE
        WHEN v IS :: DATE THEN toString(v)
        WHEN v IS :: ZONED DATETIME OR v IS :: LOCAL DATETIME THEN left(toString(v), 10)
        WHEN v IS :: STRING AND v =~ '[0-9]{4}-(0[1-9]|1[0-2])-[0-3][0-9].*' THEN left(v, 10)
      END AS day
    WHERE day IS NOT NULL
    WITH key, min(day) AS first, max(day) AS last
    RETURN collect({on: 'relationship', name: type, key: key, first: first, last: last}) AS found
  }
  RETURN collect(found) AS relDates
}
CALL () {
  MATCH ()-[r]->() WITH r LIMIT $sample
  WITH r WHERE r.sources IS NOT NULL
  RETURN count(r) > 0 AS provenance
}
RETURN reduce(all = [], f IN nodeDates + relDates | all + f) AS dates, provenance
