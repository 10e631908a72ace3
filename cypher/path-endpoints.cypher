// Whether both ends of a path request exist, so a missing one is a 404 and not "no path".
OPTIONAL MATCH (a) WHERE elementId(a) = $from AND NOT $recordLabel IN labels(a)
OPTIONAL MATCH (b) WHERE elementId(b) = $to AND NOT $recordLabel IN labels(b)
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound
