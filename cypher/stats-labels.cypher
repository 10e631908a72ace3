// Node counts by label (the implementation label Entity aside), for `npm run stats`.
MATCH (n)
UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
RETURN label, count(*) AS count
ORDER BY count DESC, label
