// One hop from a node. Filters are parameters, null meaning any: $types (relationship types),
// $labels (the neighbour has one of them), $direction ('out' | 'in' | 'both'; a type in
// $symmetric is stored once and matches either direction), $asOf (a date on which the
// relationship was valid: validFrom/validTo for lasting ones, a point event's `date` must have
// come). `total` counts every match; at most $limit are returned.
// The filter is written twice on purpose: counting and collecting in one pass would hold every
// match of a hub node in memory just to keep $limit of them.
MATCH (n)
WHERE elementId(n) = $id AND NOT $recordLabel IN labels(n)
WITH n, $asOf IS NULL AS always, CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS day
WITH n,
  COUNT {
    MATCH (n)-[r]-(m)
    WHERE ($direction = 'both' OR type(r) IN $symmetric OR ($direction = 'out' AND startNode(r) = n) OR ($direction = 'in' AND endNode(r) = n))
      AND ($types IS NULL OR type(r) IN $types)
      AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
      AND (always OR ((r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR r.validTo >= day) AND (r.date IS NULL OR r.date <= day)))
  } AS total,
  COLLECT {
    MATCH (n)-[r]-(m)
    WHERE ($direction = 'both' OR type(r) IN $symmetric OR ($direction = 'out' AND startNode(r) = n) OR ($direction = 'in' AND endNode(r) = n))
      AND ($types IS NULL OR type(r) IN $types)
      AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
      AND (always OR ((r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR r.validTo >= day) AND (r.date IS NULL OR r.date <= day)))
    RETURN {relationship: r, neighbor: m}
    LIMIT $limit
  } AS hops
RETURN n AS node, total, hops
