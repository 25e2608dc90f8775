// One step of a neighbourhood walk: the summary edges of the frontier entities ($frontier) that pass the filters,
// strongest first, at most $maxEdges rows; the far end only by id (GraphReader reads the few entities it keeps
// once, at the end of the walk).
// {{RELS}} is a placeholder, not Cypher: GraphReader replaces it with the requested relationship types, taken
// from RelationTypes only, so the walk reads those relationships alone (never the many SUBJECT / OBJECT links of
// the facts). Summary relationships only ever join two entities, so the far end's label is not checked.
// strength = sourceCount + confidence / 2: one property orders the edges, and bounds them by $minSources.
UNWIND $frontier AS fid
MATCH (n:Entity {id: fid})-[r:{{RELS}}]-(m)
WHERE r.strength >= $minSources
  AND ($asOf IS NULL OR (r.validFrom <= $asOf AND (r.validTo IS NULL OR r.validTo >= $asOf)))
  AND ($source IS NULL OR ($source = 'news' AND r.newsSources > 0) OR $source IN r.datasets)
// an edge between two frontier entities comes twice; GraphReader keeps it once (a DISTINCT here would hash every
// edge read, for the few that join two frontier entities)
WITH r, n, fid, m
ORDER BY r.strength DESC
LIMIT $maxEdges
// the near end's id is fid and the fact type follows from type(r): GraphReader puts the edge together (its id is
// the summary key, RELATIONSHIP:subject:object), so that a row reads the far end's id and five edge properties
RETURN fid AS near, m.id AS other, startNode(r) = n AS outgoing, type(r) AS relationship,
       r.sourceCount AS sourceCount, r.confidence AS confidence, r.validFrom AS validFrom, r.validTo AS validTo,
       r.status AS status
