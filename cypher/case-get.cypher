// One case by its id, with its content (a JSON text); no row when there is none.
MATCH (c:Case:ExplorerRecord {caseId: $id})
RETURN c.caseId AS id, c.title AS title, c.content AS content, toString(c.createdAt) AS createdAt,
  toString(c.updatedAt) AS updatedAt, c.nodeCount AS nodes, c.edgeCount AS edges
