// Reverses a verdict: kept, marked with who reversed it and when (only one not reversed yet).
MATCH (v:Verdict:ExplorerRecord {id: $id})
WHERE v.reversedAt IS NULL
SET v.reversedBy = $author, v.reversedAt = datetime()
RETURN v.id AS id, v.contradiction AS contradiction, v.holds AS holds, v.holdsEdge AS holdsEdge, v.reason AS reason,
       v.author AS author, toString(v.at) AS at, v.reversedBy AS reversedBy, toString(v.reversedAt) AS reversedAt
