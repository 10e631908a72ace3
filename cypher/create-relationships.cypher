// The bulk import's write for relationships of one type ({{type}}) that are certainly new
// (relationships-not-new.cypher said so in the same transaction): CREATE between the ends found by
// key. $rows: [{key, from, to, props}]; props as upsert-relationships.cypher stores them (the
// claims, the validity dates).
UNWIND $rows AS row
MATCH (a:Entity {key: row.from})
MATCH (b:Entity {key: row.to})
CREATE (a)-[r:{{type}}]->(b)
SET r = row.props
RETURN count(r) AS written
