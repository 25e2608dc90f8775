// One step of a neighbourhood walk: the summary edges of the frontier entities ($frontier) that pass the filters,
// strongest first, at most $maxEdges of them.
UNWIND $frontier AS fid
// The pattern names every summary type, so the walk skips the (many) SUBJECT / OBJECT links of the facts; $rels
// narrows it down.
MATCH (n:Entity {id: fid})-[r:ALLIED_WITH|PARTNER_OF|DEFENSE_PACT_WITH|AGREEMENT_WITH|IMPOSES_TARIFF_ON|SANCTIONS|THREATENS|MET|SUPPORTS_MILITARILY|ATTACKED|HOLDS_OFFICE|MEMBER_OF]-(m:Entity)
WHERE type(r) IN $rels
  AND ($asOf IS NULL OR (r.validFrom <= $asOf AND (r.validTo IS NULL OR r.validTo >= $asOf)))
  AND r.sourceCount >= $minSources
  AND ($source IS NULL OR ($source = 'news' AND r.newsSources > 0) OR $source IN r.datasets)
WITH DISTINCT r, n, m
ORDER BY r.sourceCount DESC, r.confidence DESC
LIMIT $maxEdges
WITH r, n, m, startNode(r) = n AS outgoing
RETURN elementId(r) AS id, CASE WHEN outgoing THEN n.id ELSE m.id END AS source,
       CASE WHEN outgoing THEN m.id ELSE n.id END AS target, type(r) AS relationship, r.type AS type,
       r.sourceCount AS sourceCount, r.confidence AS confidence, r.validFrom AS validFrom, r.validTo AS validTo,
       r.status AS status, m {.id, .kind, .name, .region} AS other
