// What each label's nodes look like, from a sample of $sample nodes per label: the label sets
// they carry, and per string property (or list of strings) how often it is filled, how distinct,
// how long, and how often it is only digits, looks like a hash or holds no letter. The explorer
// picks captions and search properties from these measurements (server/explore/data-profile.ts).
CALL db.labels() YIELD label
CALL (label) {
  MATCH (n:$(label)) WITH n LIMIT $sample
  RETURN count(n) AS sampled, collect(DISTINCT labels(n))[..20] AS labelSets
}
CALL (label) {
  MATCH (n:$(label)) WITH n LIMIT $sample
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
RETURN label, sampled, labelSets, strings
