// Whether both ends of a path request exist, so a missing one is a 404 and not "no path".
OPTIONAL MATCH (a) WHERE elementId(a) = $from
OPTIONAL MATCH (b) WHERE elementId(b) = $to
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound
