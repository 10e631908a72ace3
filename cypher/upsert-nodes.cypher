// Upserts entities by key, with their labels; $rows: [{key, labels, props}].
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n = row.props
SET n:$(row.labels)
RETURN count(n) AS written
