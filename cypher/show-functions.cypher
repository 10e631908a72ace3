// The server's functions and their signatures, for the editor's signature help. YIELD *: the
// columns differ a little between Neo4j 5.26 and the calendar releases (deprecatedBy is newer);
// server/explore/cypher-signatures.ts reads them defensively.
SHOW FUNCTIONS YIELD *
