// Counts by label (from the count store), summary edges by type, facts by type, articles by language, last ingest.
CALL () { MATCH (n:State) RETURN count(n) AS states }
CALL () { MATCH (n:Person) RETURN count(n) AS persons }
CALL () { MATCH (n:Organization) RETURN count(n) AS organizations }
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
CALL () { MATCH (n:Fact) RETURN count(n) AS facts }
CALL () {
  UNWIND $rels AS rel
  CALL (rel) { MATCH ()-[r:$(rel)]->() RETURN count(r) AS c }
  RETURN collect([rel, c]) AS relationships
}
CALL () {
  UNWIND $types AS t
  CALL (t) { MATCH (f:Fact) WHERE f.type = t RETURN count(f) AS c }
  RETURN collect([t, c]) AS factTypes
}
CALL () {
  UNWIND ['ar', 'en', 'fr'] AS l
  CALL (l) { MATCH (a:Article) WHERE a.lang = l RETURN count(a) AS c }
  RETURN collect([l, c]) AS langs
}
CALL () {
  MATCH (a:Article) WHERE a.ingestedAt IS NOT NULL
  WITH a.ingestedAt AS at ORDER BY at DESC LIMIT 1
  RETURN collect(at)[0] AS lastIngest
}
RETURN states, persons, organizations, articles, facts, relationships, factTypes, langs, toString(lastIngest) AS lastIngest
