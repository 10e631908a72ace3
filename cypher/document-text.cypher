// A document's key and full text, by element id or key.
CALL () {
  MATCH (d:Document) WHERE elementId(d) = $id RETURN d
  UNION
  MATCH (d:Document) WHERE d.key = $id RETURN d
}
WITH d LIMIT 1
RETURN d.key AS key, d.text AS text
