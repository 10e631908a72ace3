// The bulk import's check on relationships of one type ({{type}}), before it writes them: the rows
// whose ends are missing, and the rows that may already be stored. A row is certainly new when its
// start has no outgoing or its end no incoming {{type}} yet (a degree lookup, not a scan of the
// node's relationships): then no relationship with its key can exist, and CREATE may write it.
// $rows: [{key, from, to}]. Returns only the rows that are missing an end or not certainly new.
UNWIND $rows AS row
OPTIONAL MATCH (a:Entity {key: row.from})
OPTIONAL MATCH (b:Entity {key: row.to})
WITH row, a, b
WHERE a IS NULL OR b IS NULL OR (EXISTS { (a)-[:{{type}}]->() } AND EXISTS { ()-[:{{type}}]->(b) })
RETURN row.key AS key, row.from AS from, row.to AS to, a IS NULL AS fromMissing, b IS NULL AS toMissing
