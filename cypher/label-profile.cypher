// What one label's nodes look like, from a sample of $sample of them: the label sets they carry,
// their property keys, which properties hold dates (DATE, DATETIME, or strings that begin
// YYYY-MM-DD) and their range, and per string property (or list of strings) how often it is
// filled, how distinct, how long, and how often it is only digits, looks like a hash or holds no
// letter. The explorer picks captions and search properties from these measurements
// (server/explore/data-profile.ts); the schema and the overview reuse the keys and dates.
// The explorer's own records ($recordLabel) are dropped from the sample (after the LIMIT, so the
// plan stays the plain label scan).
// {{label}} is a label checked against the live schema (server/explore/per-label.ts).
MATCH (n:{{label}}) WITH n LIMIT $sample
WITH [n IN collect(n) WHERE NOT $recordLabel IN labels(n)] AS nodes
CALL (nodes) {
  UNWIND nodes AS n
  UNWIND keys(n) AS key
  WITH n, key, n[key] AS v
  WITH n, key, v IS :: LIST<ANY> AS isList,
    CASE WHEN v IS :: STRING THEN [v] WHEN v IS :: LIST<STRING NOT NULL> THEN v[..20] ELSE [] END AS strings
  UNWIND strings AS s
  WITH n, key, isList, s WHERE trim(s) <> ''
  WITH key, count(DISTINCT n) AS filled, count(s) AS values, count(DISTINCT s) AS distinctValues,
    avg(size(s)) AS avgLength,
    sum(CASE WHEN s =~ '[0-9]+' THEN 1 ELSE 0 END) AS digitsOnly,
    sum(CASE WHEN s =~ '[0-9A-Fa-f-]{16,}' OR s =~ '(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9+/=_-]{24,}' THEN 1 ELSE 0 END) AS hashLike,
    sum(CASE WHEN s =~ '(?s).*\\p{L}.*' THEN 1 ELSE 0 END) AS withLetters,
    sum(CASE WHEN isList THEN 1 ELSE 0 END) AS inLists
  RETURN collect({key: key, filled: filled, values: values, distinctValues: distinctValues, avgLength: avgLength,
    digitsOnly: digitsOnly, hashLike: hashLike, withLetters: withLetters, list: inLists > 0}) AS strings
}
CALL (nodes) {
  UNWIND nodes AS n
  WITH DISTINCT labels(n) AS labelSet
  RETURN collect(labelSet)[..20] AS labelSets
}
CALL (nodes) {
  UNWIND nodes AS n
  UNWIND keys(n) AS key
  WITH key, n[key] AS v
  WITH key, CASE
      WHEN v IS :: DATE THEN toString(v)
      WHEN v IS :: ZONED DATETIME OR v IS :: LOCAL DATETIME THEN left(toString(v), 10)
      WHEN v IS :: STRING AND v =~ '[0-9]{4}-(0[1-9]|1[0-2])-[0-3][0-9].*' THEN left(v, 10)
    END AS day
  WITH key, min(day) AS first, max(day) AS last
  RETURN collect(key) AS keys, [d IN collect({key: key, first: first, last: last}) WHERE d.first IS NOT NULL] AS dates
}
// Relationships are described from the sampled nodes' own (up to 10 outgoing each): one statement
// per label rather than one per type as well, and every type a sampled node starts is seen.
CALL (nodes) {
  UNWIND nodes AS n
  CALL (n) { MATCH (n)-[r]->() RETURN r LIMIT 10 }
  WITH type(r) AS type, r, r.sources IS NOT NULL AS cited
  UNWIND CASE WHEN size(keys(r)) = 0 THEN [null] ELSE keys(r) END AS key
  WITH type, cited, key, CASE WHEN key IS NULL THEN null ELSE r[key] END AS v
  WITH type, cited, key, CASE
      WHEN v IS :: DATE THEN toString(v)
      WHEN v IS :: ZONED DATETIME OR v IS :: LOCAL DATETIME THEN left(toString(v), 10)
      WHEN v IS :: STRING AND v =~ '[0-9]{4}-(0[1-9]|1[0-2])-[0-3][0-9].*' THEN left(v, 10)
    END AS day
  WITH type, key, max(cited) AS cited, min(day) AS first, max(day) AS last
  WITH type, collect(key) AS keys, max(cited) AS provenance,
    [d IN collect({key: key, first: first, last: last}) WHERE d.first IS NOT NULL] AS dates
  RETURN collect({type: type, keys: keys, dates: dates, provenance: provenance}) AS types
}
RETURN size(nodes) AS sampled, labelSets, strings, keys, dates, types
