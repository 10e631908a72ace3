// One level of the budgeted bidirectional search in front of every path request: the nodes one hop
// from $frontier, over the relationships a path may take ($direction 'out', 'in' or 'both'; never
// into a Document nor a node of $avoid; $types, $excludeTypes and $asOf as in the path statements). At most $budget
// relationships are followed (the request's remaining expansion budget): `expanded` says how many.
UNWIND $frontier AS id
MATCH (n) WHERE elementId(n) = id
MATCH (n)-[r]-(m)
  WHERE NOT m:Document AND NOT elementId(m) IN $avoid AND ($types IS NULL OR type(r) IN $types) AND NOT type(r) IN $excludeTypes
    AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = n) OR ($direction = 'in' AND endNode(r) = n))
    AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR r.validTo >= date($asOf))
      AND (r.date IS NULL OR r.date <= date($asOf))))
WITH m LIMIT $budget
RETURN collect(DISTINCT elementId(m)) AS reached, count(*) AS expanded
