// Whether a verdict exists, and whether it was reversed already.
MATCH (v:Verdict:ExplorerRecord {id: $id})
RETURN v.reversedAt IS NOT NULL AS reversed
