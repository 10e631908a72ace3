// A copy of a case under a new id and title; no row when there is no such case.
MATCH (old:Case:ExplorerRecord {caseId: $id})
CREATE (c:Case:ExplorerRecord {
  caseId: $newId, title: coalesce($title, old.title), content: old.content, nodeCount: old.nodeCount,
  edgeCount: old.edgeCount, createdAt: datetime(), updatedAt: datetime()
})
RETURN c.caseId AS id, c.title AS title, c.content AS content, toString(c.createdAt) AS createdAt,
  toString(c.updatedAt) AS updatedAt, c.nodeCount AS nodes, c.edgeCount AS edges
