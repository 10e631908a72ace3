// Records an editor's verdict on a contradiction: an explorer record, linked to nothing (it
// names the contradiction and the side that holds by their keys).
CREATE (v:Verdict:ExplorerRecord {
  id: $id, contradiction: $contradiction, holds: $holds, holdsEdge: $holdsEdge, reason: $reason,
  author: $author, at: datetime()
})
RETURN v.id AS id, v.contradiction AS contradiction, v.holds AS holds, v.holdsEdge AS holdsEdge, v.reason AS reason,
       v.author AS author, toString(v.at) AS at, v.reversedBy AS reversedBy, toString(v.reversedAt) AS reversedAt
