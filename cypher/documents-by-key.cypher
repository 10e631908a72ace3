// Document details for the citations of one response: every key in one lookup
// (the document_key constraint's index makes it a seek where the explorer's schema exists),
// with the grade, kind and reprinted document that corroboration and confidence need.
MATCH (d:Document)
WHERE d.key IN $keys
RETURN d.key AS key, elementId(d) AS id, coalesce(d.title, d.name) AS title, d.publisher AS publisher, coalesce(d.dateText, d.date) AS date,
       d.reliability AS reliability, d.kind AS kind, d.reprints AS reprints
