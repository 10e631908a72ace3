// How many relationships each of the given nodes has (either direction, any type): the path ranking's hub measure.
// Neo4j answers a node's degree from its relationship store without reading the relationships.
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
RETURN id, COUNT { (n)--() } AS degree
