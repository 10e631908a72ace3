// How many nodes the database holds (decides whether `npm start` seeds it).
MATCH (n) RETURN count(n) AS nodes
