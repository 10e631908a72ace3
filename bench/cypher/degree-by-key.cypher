// Degree of the benchmark's target nodes (explains why expanding a hub costs more).
MATCH (n:Entity)
WHERE n.key IN $keys
RETURN n.key AS key, COUNT { (n)--() } AS degree
