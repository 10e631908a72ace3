// Replaces a case's content (and its title when $title is not null); no row when there is no such case.
MATCH (c:Case:ExplorerRecord {caseId: $id})
SET c.content = $content, c.nodeCount = $nodeCount, c.edgeCount = $edgeCount, c.title = coalesce($title, c.title),
  c.updatedAt = datetime()
RETURN c.caseId AS id, c.title AS title, c.content AS content, toString(c.createdAt) AS createdAt,
  toString(c.updatedAt) AS updatedAt, c.nodeCount AS nodes, c.edgeCount AS edges
