// Search for databases without the explorer's index (someone else's data): a bounded scan of
// the first $scanLimit nodes, case-insensitive CONTAINS over name-like properties ($keys) and
// string aliases. Reads only: it never creates an index in a database it did not seed.
MATCH (n)
WITH n LIMIT $scanLimit
WITH n WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
WITH n, [k IN $keys WHERE n[k] IS :: STRING NOT NULL | n[k]] + CASE WHEN n.aliases IS :: LIST<STRING NOT NULL> NOT NULL THEN n.aliases ELSE [] END AS names
WITH n, [s IN names WHERE toLower(s) CONTAINS $needle] AS hits
WHERE size(hits) > 0
WITH n, CASE
    WHEN any(s IN hits WHERE toLower(s) = $needle) THEN 3.0
    WHEN any(s IN hits WHERE toLower(s) STARTS WITH $needle) THEN 2.0
    ELSE 1.0
  END AS score
RETURN n AS node, score
ORDER BY score DESC
LIMIT $limit
