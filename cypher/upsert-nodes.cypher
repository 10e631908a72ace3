// Upserts entities by key, every label of the ontology in ONE statement: the each-block is
// written once per ontology label and adds it to the rows that name it ($labels: the ontology's
// labels in the order of the blocks). $rows: [{key, labels, props}].
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n = row.props
{{#each labels}}
FOREACH (_ IN CASE WHEN $labels[{{index}}] IN row.labels THEN [1] ELSE [] END | SET n:{{label}})
{{/each}}
RETURN count(n) AS written
