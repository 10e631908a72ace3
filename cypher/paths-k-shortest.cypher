// Up to 51 shortest simple paths (no node twice) of 1 to {{maxHops}} hops from one node to another, in either direction (symmetric types need nothing more),
// shortest first (the caller ranks them and keeps its share);
// never through a Document, nor through a node of $avoid (a list of element ids; never an end). $types (null = any) limits the relationship types, $excludeTypes (a list) leaves some out;
// $asOf (null = any time) keeps relationships valid that day (validFrom/validTo, and a point event's `date` must have come);
// $timeRespecting keeps chains whose consecutive hops overlap in time: each hop spans [validFrom or date, validTo or the
// end of a point date's period (a year-precise date: the whole year)], and an unknown bound overlaps anything.
// Quantifier bounds and SHORTEST k cannot be parameters: {{maxHops}} is an integer checked to 1-8 (server/explore/path-statement.ts).
MATCH (a) WHERE elementId(a) = $from AND NOT a:Document
MATCH (b) WHERE elementId(b) = $to
MATCH p = SHORTEST 51 (
  (a) ((x)-[r]-(y) WHERE NOT y:Document AND NOT elementId(y) IN $avoid AND ($types IS NULL OR type(r) IN $types) AND NOT type(r) IN $excludeTypes
    AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR r.validTo >= date($asOf))
      AND (r.date IS NULL OR r.date <= date($asOf))))){1,{{maxHops}}} (b)
  WHERE all(i IN range(0, size(y) - 1) WHERE y[i] <> a AND NOT y[i] IN y[i + 1..])
    AND (NOT $timeRespecting OR all(span IN [[rel IN r | [coalesce(rel.validFrom, rel.date), coalesce(rel.validTo, CASE rel.datePrecision
      WHEN 'year' THEN rel.date + duration('P1Y') - duration('P1D') WHEN 'month' THEN rel.date + duration('P1M') - duration('P1D') ELSE rel.date END)]]]
      WHERE all(i IN range(0, size(span) - 2) WHERE coalesce(span[i][0] <= span[i + 1][1], true) AND coalesce(span[i + 1][0] <= span[i][1], true))))
)
RETURN p
ORDER BY length(p)
LIMIT $limit
