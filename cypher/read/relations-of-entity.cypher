// Like relations.cypher, for the edges of one entity ($entity) in either direction: starts from its node and reads
// its edges once (an entity has at most a few thousand), the total from the list, the page from a top-k sort on
// strength alone (ties in a stable order, elementId), so that only the page's edges read their two ends.
// {{RELS}} is a placeholder, not Cypher: GraphReader replaces it with the requested relationship types, taken
// from RelationTypes only. Naming the types lets Neo4j read only those relationships of a dense node, never the
// (many) SUBJECT / OBJECT links of its facts. Summary relationships only join entities: the far end is not checked.
// strength >= $minSources is sourceCount >= $minSources (strength = sourceCount + confidence / 2).
MATCH (e:Entity {id: $entity})-[r:{{RELS}}]-()
WHERE r.strength >= $minSources
  AND ($asOf IS NULL OR (r.validFrom <= $asOf AND (r.validTo IS NULL OR r.validTo >= $asOf)))
  AND ($source IS NULL OR ($source = 'news' AND r.newsSources > 0) OR $source IN r.datasets)
WITH collect(DISTINCT r) AS matched
CALL (matched) {
  UNWIND matched AS r
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
RETURN size(matched) AS total, items
