// Adds one claim to a relationship already in the graph (the claim lists of contract/claims.ts).
// $row: {key, from, document, quote, start, end, speaker, attributed, attributedTo, credibility}.
MATCH (:Entity {key: $row.from})-[r]->()
WHERE r.key = $row.key
SET r.sources = coalesce(r.sources, []) + $row.document,
    r.quotes = coalesce(r.quotes, []) + $row.quote,
    r.quoteStarts = coalesce(r.quoteStarts, []) + $row.start,
    r.quoteEnds = coalesce(r.quoteEnds, []) + $row.end,
    r.speakers = coalesce(r.speakers, []) + $row.speaker,
    r.attributed = coalesce(r.attributed, []) + $row.attributed,
    r.attributedTo = coalesce(r.attributedTo, []) + $row.attributedTo,
    r.credibility = coalesce(r.credibility, []) + $row.credibility
RETURN count(r) AS written
