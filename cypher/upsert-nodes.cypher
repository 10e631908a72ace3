// Upserts entities by key, every label of the ontology in ONE statement: the each-block
// block adds each label a row names ($labels: the ontology's labels in the order of the blocks).
// $rows: [{key, labels, props}].
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n = row.props
WITH n, row
{{#each labels}}
CALL (n, row) {
  WITH n, row WHERE $labels[{{index}}] IN row.labels
  SET n:{{label}}
}
{{/each}}
RETURN count(n) AS written
