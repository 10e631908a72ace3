// All shortest paths of 1 to {{maxHops}} hops from one node to another, each relationship
// followed in its own direction, never through a Document; $types (null = any) limits the types; $asOf (null = any time)
// keeps relationships valid that day (validFrom/validTo, and a point event's `date` must have come). A quantifier bound
// cannot be a parameter: {{maxHops}} is an integer checked to 1-8 (server/explore/path-statement.ts).
MATCH (a) WHERE elementId(a) = $from AND NOT a:Document
MATCH (b) WHERE elementId(b) = $to
MATCH p = ALL SHORTEST (a) ((x)-[r]->(y) WHERE NOT y:Document AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR r.validTo >= date($asOf))
      AND (r.date IS NULL OR r.date <= date($asOf))))){1,{{maxHops}}} (b)
RETURN p
LIMIT $limit
