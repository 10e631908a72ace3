// Search where no full-text index covers a label (someone else's data): a bounded scan of the
// first $perLabel nodes of one label ({{label}}, checked against the live schema) over its
// identifying properties ($keys, chosen per label from the data), case-insensitive over strings
// and lists of strings. Tiers: exact, prefix, contains, every word contained, then fuzzy:
// enough of the text's letter pairs ($pairs, at least $minPairs) occur in the value; the server
// ranks those by edit distance. The explorer's own records ($recordLabel) are never searched. Reads only: it never creates an index in a database it did not seed.
MATCH (n:{{label}}) WITH n LIMIT $perLabel
WITH n WHERE NOT $recordLabel IN labels(n)
UNWIND $keys AS k
WITH n, n[k] AS v
WITH n, CASE WHEN v IS :: STRING THEN [v] WHEN v IS :: LIST<STRING NOT NULL> THEN v ELSE [] END AS values
UNWIND values AS value
WITH n, toLower(value) AS s
WITH n, CASE
    WHEN s = $needle THEN 500
    WHEN s STARTS WITH $needle THEN 400
    WHEN s CONTAINS $needle THEN 300
    WHEN all(w IN $words WHERE s CONTAINS w) THEN 200
    ELSE size([p IN $pairs WHERE s CONTAINS p])
  END AS tier
WITH n, max(tier) AS score
WHERE score >= 200 OR score >= $minPairs
RETURN n AS node, score
ORDER BY score DESC
LIMIT $limit
