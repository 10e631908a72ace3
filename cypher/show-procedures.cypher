// The server's procedures and their signatures, for the editor's signature help (see show-functions).
SHOW PROCEDURES YIELD *
