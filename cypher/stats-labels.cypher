// Node counts by label (the implementation label Entity aside), for `npm run stats`; the explorer's
// own records ($recordLabel) are not part of the graph.
MATCH (n) WHERE NOT $recordLabel IN labels(n)
UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
RETURN label, count(*) AS count
ORDER BY count DESC, label
