// An editor's grading of one document (by element id or key): only the properties given change.
CALL () {
  MATCH (d:Document) WHERE elementId(d) = $id RETURN d
  UNION
  MATCH (d:Document) WHERE d.key = $id RETURN d
}
WITH d LIMIT 1
SET d.reliability = coalesce($reliability, d.reliability), d.kind = coalesce($kind, d.kind), d.publisher = coalesce($publisher, d.publisher)
RETURN elementId(d) AS id, d.key AS key, coalesce(d.title, d.name, d.key) AS title, d.publisher AS publisher, d.kind AS kind, d.reliability AS reliability
