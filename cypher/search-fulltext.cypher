// Typeahead through one of the database's full-text indexes ($index, a name SHOW INDEXES gave),
// best first. $query is Lucene built by server/explore/lucene-query.ts from escaped words, never
// user text; $labels (null = any) keeps nodes with at least one of the labels; the explorer's own
// records ($recordLabel) never match.
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WHERE ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)) AND NOT $recordLabel IN labels(node)
RETURN node, score
LIMIT $limit
