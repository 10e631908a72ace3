// Schema for imported graphs: applied by `npm run seed` / `npm run import` (idempotent).
// Every imported node carries :Entity and a unique key, so upserts find it by index.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (d:Document) REQUIRE d.key IS UNIQUE;
// Typeahead search over names and aliases (a list property: each alias is indexed).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity|Document) ON EACH [n.name, n.aliases, n.title];
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date);
