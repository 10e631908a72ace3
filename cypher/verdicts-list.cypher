// The editors' verdicts on contradictions ($ids: contradiction ids), newest first.
MATCH (v:Verdict:ExplorerRecord)
WHERE v.contradiction IN $ids
RETURN v.id AS id, v.contradiction AS contradiction, v.holds AS holds, v.holdsEdge AS holdsEdge, v.reason AS reason,
       v.author AS author, toString(v.at) AS at, v.reversedBy AS reversedBy, toString(v.reversedAt) AS reversedAt
ORDER BY v.at DESC, v.id
