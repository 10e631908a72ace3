// The server's name, version and edition, for /readyz.
CALL dbms.components() YIELD name, versions, edition
RETURN name AS product, versions[0] AS version, edition
