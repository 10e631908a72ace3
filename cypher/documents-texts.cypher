// Every stored document text, for refusing a duplicate (compared after normalising, in the caller).
MATCH (d:Document)
WHERE d.text IS :: STRING NOT NULL
RETURN d.key AS key, elementId(d) AS id, coalesce(d.title, d.name) AS title, d.text AS text
