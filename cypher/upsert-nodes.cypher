// Upserts entities by key; every row of a batch has the same labels, which fill {{labels}}.
// $rows: [{key, props}].
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n = row.props
SET n:{{labels}}
RETURN count(n) AS written
