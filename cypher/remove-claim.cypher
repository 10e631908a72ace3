// Takes one claim (by document and offsets) out of a relationship's claim lists: what a change
// set appended, on revert. Lists left empty are removed, as they were before.
// $row: {key, from, document, start, end}.
MATCH (:Entity {key: $row.from})-[r]->()
WHERE r.key = $row.key
WITH r, [i IN range(0, size(r.sources) - 1)
  WHERE NOT (r.sources[i] = $row.document AND r.quoteStarts[i] = $row.start AND r.quoteEnds[i] = $row.end)] AS keep
WITH r, keep, CASE WHEN size(keep) = 0 THEN null ELSE keep END AS kept
SET r.sources = [i IN kept | r.sources[i]],
    r.quotes = [i IN kept | r.quotes[i]],
    r.quoteStarts = [i IN kept | r.quoteStarts[i]],
    r.quoteEnds = [i IN kept | r.quoteEnds[i]],
    r.speakers = [i IN kept | r.speakers[i]],
    r.attributed = [i IN kept | r.attributed[i]],
    r.attributedTo = [i IN kept | r.attributedTo[i]],
    r.credibility = [i IN kept | r.credibility[i]]
RETURN count(r) AS written
