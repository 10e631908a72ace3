// The saved cases, most recently changed first (without their content).
MATCH (c:Case:ExplorerRecord)
RETURN c.caseId AS id, c.title AS title, toString(c.createdAt) AS createdAt, toString(c.updatedAt) AS updatedAt,
  c.nodeCount AS nodes, c.edgeCount AS edges
ORDER BY c.updatedAt DESC, c.caseId
LIMIT $limit
