// How many nodes the database holds (decides whether `npm start` seeds it),
// the explorer's own records ($recordLabel) aside.
MATCH (n) WHERE NOT $recordLabel IN labels(n) RETURN count(n) AS nodes
