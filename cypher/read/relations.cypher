// Summary edges of the requested relationship types, valid on $asOf, backed by at least $minSources sources, from
// news ($source = 'news') or a dataset ($source = its id); strongest first (strength = sourceCount + confidence / 2,
// ties in a stable order), one page ($skip, $size) with the total. For the edges of one entity see
// relations-of-entity.cypher.
// {{RELS}} is a placeholder, not Cypher: GraphReader replaces it with the requested relationship types
// (ALLIED_WITH|SANCTIONS|...), taken from RelationTypes only, so that Neo4j reads the edges of those types alone.
// strength >= $minSources is sourceCount >= $minSources: the per-type strength indexes (V006) serve the bound, the
// count and the order, so a page is read strongest first from the index and the reading stops at its end.
CALL () {
  MATCH ()-[r:{{RELS}}]->()
  WHERE r.strength >= $minSources
    AND ($asOf IS NULL OR (r.validFrom <= $asOf AND (r.validTo IS NULL OR r.validTo >= $asOf)))
    AND ($source IS NULL OR ($source = 'news' AND r.newsSources > 0) OR $source IN r.datasets)
  RETURN count(r) AS total
}
CALL () {
  MATCH ()-[r:{{RELS}}]->()
  WHERE r.strength >= $minSources
    AND ($asOf IS NULL OR (r.validFrom <= $asOf AND (r.validTo IS NULL OR r.validTo >= $asOf)))
    AND ($source IS NULL OR ($source = 'news' AND r.newsSources > 0) OR $source IN r.datasets)
  WITH r ORDER BY r.strength DESC, elementId(r)
  SKIP $skip LIMIT $size
  // properties(r) reads the edge's properties in one pass (each r.x would walk them again)
  WITH r, startNode(r) AS a, endNode(r) AS b, properties(r) AS p
  // a listing shows at most $sourcesShown of an edge's sources (sourceCount counts them all): a hot pair has
  // thousands, and its facts (GET /api/relations/{a}/{b}, /api/facts) list every one
  RETURN collect(p {.type, .sourceCount, .newsSources, .datasets, .factCount, .firstSeen, .lastSeen, .validFrom,
         .validTo, .status, .confidence, sources: p.sources[..$sourcesShown], relationship: type(r),
         subject: {id: a.id, kind: a.kind, name: a.name, region: a.region},
         object: {id: b.id, kind: b.kind, name: b.name, region: b.region}}) AS items
}
RETURN total, items
