// Like relations.cypher, for the edges of one entity ($entity) in either direction: starts from its node.
// The pattern names every summary type, so the walk skips the (many) SUBJECT / OBJECT links of the facts; $rels
// narrows it down.
MATCH (e:Entity {id: $entity})-[r:ALLIED_WITH|PARTNER_OF|DEFENSE_PACT_WITH|AGREEMENT_WITH|IMPOSES_TARIFF_ON|SANCTIONS|THREATENS|MET|SUPPORTS_MILITARILY|ATTACKED|HOLDS_OFFICE|MEMBER_OF]-(x:Entity)
WHERE type(r) IN $rels
  AND ($asOf IS NULL OR (r.validFrom <= $asOf AND (r.validTo IS NULL OR r.validTo >= $asOf)))
  AND r.sourceCount >= $minSources
  AND ($source IS NULL OR ($source = 'news' AND r.newsSources > 0) OR $source IN r.datasets)
WITH DISTINCT r, startNode(r) AS a, endNode(r) AS b
WITH a, r, b ORDER BY r.sourceCount DESC, r.confidence DESC, a.id, b.id, type(r)
WITH collect({a: a, r: r, b: b}) AS rows
WITH size(rows) AS total, rows[$skip..($skip + $size)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
WITH total, x.a AS a, x.r AS r, x.b AS b
RETURN total,
       collect(CASE WHEN r IS NOT NULL THEN r {.*, relationship: type(r),
         subject: {id: a.id, kind: a.kind, name: a.name},
         object: {id: b.id, kind: b.kind, name: b.name}} END) AS items
