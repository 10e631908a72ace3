// Up to 51 shortest simple paths (no node twice) of 1 to {{maxHops}} hops between two nodes, in
// either direction (so symmetric types need nothing more), never through a Document, shortest first; the caller keeps $limit of them.
// $types (null = any) limits the relationship types; $asOf (null = any time) keeps
// relationships valid that day (validFrom/validTo, and a point event's `date` must have come). SHORTEST k and quantifier bounds cannot
// be parameters: {{maxHops}} is an integer checked to 1-8 (server/explore/path-statement.ts).
MATCH (a) WHERE elementId(a) = $from AND NOT a:Document
MATCH (b) WHERE elementId(b) = $to
MATCH p = SHORTEST 51 (
  (a) ((x)-[r]-(y) WHERE NOT y:Document AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR r.validTo >= date($asOf))
      AND (r.date IS NULL OR r.date <= date($asOf))))){1,{{maxHops}}} (b)
  WHERE all(i IN range(0, size(y) - 1) WHERE y[i] <> a AND NOT y[i] IN y[i + 1..])
)
RETURN p
ORDER BY length(p)
LIMIT $limit
