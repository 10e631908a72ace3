// Renames a case; no row when there is no such case.
MATCH (c:Case:ExplorerRecord {caseId: $id})
SET c.title = $title, c.updatedAt = datetime()
RETURN c.caseId AS id, c.title AS title, c.content AS content, toString(c.createdAt) AS createdAt,
  toString(c.updatedAt) AS updatedAt, c.nodeCount AS nodes, c.edgeCount AS edges
