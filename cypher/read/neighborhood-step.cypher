// One step of a neighbourhood walk: the summary edges of the frontier entities ($frontier) that pass the filters,
// strongest first, at most $maxEdges of them; the far end only by id (GraphReader reads the few entities it keeps
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
WITH DISTINCT r, n, m
ORDER BY r.strength DESC
LIMIT $maxEdges
WITH r, n, m, startNode(r) = n AS outgoing
RETURN elementId(r) AS id, CASE WHEN outgoing THEN n.id ELSE m.id END AS source,
       CASE WHEN outgoing THEN m.id ELSE n.id END AS target, type(r) AS relationship, r.type AS type,
       r.sourceCount AS sourceCount, r.confidence AS confidence, r.validFrom AS validFrom, r.validTo AS validTo,
       r.status AS status, m.id AS other
