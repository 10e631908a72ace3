// Whether this database was built on the explorer's ontology: the importer gives every node it
// writes the label Entity. Another database (no such node) is styled and filtered by type only.
RETURN EXISTS { MATCH (n:Entity) WHERE n.key IS NOT NULL } AS applies
