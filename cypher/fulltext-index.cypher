// Whether this database has the explorer's full-text index over names and aliases, ready to use.
SHOW FULLTEXT INDEXES YIELD name, state
WHERE name = 'entity_names' AND state = 'ONLINE'
RETURN count(*) > 0 AS present
