// Upserts Document nodes by key; $rows: [{key, props}].
UNWIND $rows AS row
MERGE (d:Document {key: row.key})
SET d = row.props
SET d.date = date(row.date)
RETURN count(d) AS written
