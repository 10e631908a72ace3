// A new case (contract/cases.ts): its own label plus the explorer's record label, no relationship
// to any knowledge node (it names elements by element id inside $content, a JSON text).
CREATE (c:Case:ExplorerRecord {
  caseId: $id, title: $title, content: $content, nodeCount: $nodeCount, edgeCount: $edgeCount,
  createdAt: datetime(), updatedAt: datetime()
})
RETURN c.caseId AS id, c.title AS title, c.content AS content, toString(c.createdAt) AS createdAt,
  toString(c.updatedAt) AS updatedAt, c.nodeCount AS nodes, c.edgeCount AS edges
