// Entities whose id or any folded name matches $q: exact id (100), exact name (90), a name starting with $q or
// with a word starting with $q (50), then full-text hits (below 10). $q is folded (ingest SearchText.fold),
// $id is the raw query upper-cased, $lucene a full-text query built from the folded words, $kind null or a label.
CALL () {
  MATCH (n:Entity)
  WHERE n.id = $id OR n.id = $raw
  RETURN n, 100.0 AS score
  UNION ALL
  MATCH (n:Entity)
  WHERE $q IN n.searchTerms
  RETURN n, 90.0 AS score
  UNION ALL
  MATCH (n:Entity)
  WHERE any(t IN n.searchTerms WHERE t STARTS WITH $q OR t CONTAINS (' ' + $q))
  RETURN n, 50.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 50}) YIELD node, score
  RETURN node AS n, 10.0 * score / (1.0 + score) AS score
}
WITH n, max(score) AS score
WHERE $kind IS NULL OR n.kind = $kind
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.region AS region, round(score, 3) AS score
ORDER BY score DESC, coalesce(n.catalogued, false) DESC, size(n.name), n.name
LIMIT $limit
