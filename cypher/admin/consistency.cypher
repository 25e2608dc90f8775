// Integrity check: articles whose stored fact count differs from their Fact nodes, and facts without a summary
// edge (non-planned facts must each feed one). Both lists are empty in a consistent graph.
CALL () {
  MATCH (a:Article)
  OPTIONAL MATCH (a)<-[:STATED_IN]-(f:Fact)
  WITH a, count(f) AS facts
  WHERE facts <> a.factCount
  RETURN collect(a.id) AS articlesWithMissingFacts
}
CALL () {
  MATCH (f:Fact) WHERE f.status <> 'planned'
  MATCH (s:Entity {id: f.subjectId}), (o:Entity {id: f.objectId})
  WHERE NOT EXISTS { (s)-[r]->(o) WHERE r.type = f.type }
  RETURN collect(f.id) AS factsWithoutSummary
}
RETURN articlesWithMissingFacts, factsWithoutSummary
