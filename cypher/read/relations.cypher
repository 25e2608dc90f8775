// Summary edges of the requested relationship types, valid on $asOf, backed by at least $minSources sources, from
// news ($source = 'news') or a dataset ($source = its id); sorted by support, one page ($skip, $size) with the
// total. For the edges of one entity see relations-of-entity.cypher.
// {{RELS}} is a placeholder, not Cypher: GraphReader replaces it with the requested relationship types
// (ALLIED_WITH|SANCTIONS|...), taken from RelationTypes only, so that Neo4j reads the edges of those types alone.
CALL () {
  MATCH (a:Entity)-[r:{{RELS}}]->(b:Entity)
  WHERE ($asOf IS NULL OR (r.validFrom <= $asOf AND (r.validTo IS NULL OR r.validTo >= $asOf)))
    AND r.sourceCount >= $minSources
    AND ($source IS NULL OR ($source = 'news' AND r.newsSources > 0) OR $source IN r.datasets)
  RETURN count(r) AS total
}
CALL () {
  MATCH (a:Entity)-[r:{{RELS}}]->(b:Entity)
  WHERE ($asOf IS NULL OR (r.validFrom <= $asOf AND (r.validTo IS NULL OR r.validTo >= $asOf)))
    AND r.sourceCount >= $minSources
    AND ($source IS NULL OR ($source = 'news' AND r.newsSources > 0) OR $source IN r.datasets)
  // a top-k sort: only the rows up to the end of the page are kept while sorting
  WITH a, r, b ORDER BY r.sourceCount DESC, r.confidence DESC, a.id, b.id, type(r)
  SKIP $skip LIMIT $size
  RETURN collect(r {.*, relationship: type(r), subject: {id: a.id, kind: a.kind, name: a.name, region: a.region},
         object: {id: b.id, kind: b.kind, name: b.name, region: b.region}}) AS items
}
RETURN total, items
