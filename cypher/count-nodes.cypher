// How many nodes the database holds (decides whether `npm start` seeds it), the explorer's own
// records ($recordLabel) aside. Both counts come from the count store, in constant time.
MATCH (n)
WITH count(n) AS all
MATCH (r:{{recordLabel}})
WITH all, count(r) AS records
RETURN all - records AS nodes
