// Relationships already in the graph under the keys a change set's claims would have; with their
// claims' documents and offsets, so the same span is not cited twice. $rows: [{key, from}].
UNWIND $rows AS row
MATCH (:Entity {key: row.from})-[r]->()
WHERE r.key = row.key
RETURN r.key AS key, coalesce(r.sources, []) AS sources, coalesce(r.quoteStarts, []) AS starts
