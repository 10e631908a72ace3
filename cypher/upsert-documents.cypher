// Upserts Document nodes by key; $rows: [{key, props}] (props.date is a DATE value).
UNWIND $rows AS row
MERGE (d:Document {key: row.key})
SET d = row.props
RETURN count(d) AS written
