// title: Who is allied with whom
// description: Alliances, defence pacts and strategic partnerships between states, strongest first, with their
// sources and validity. Leave entity null for every pair, or give a state id to see its allies only.
// param entity: "RUS"
// param minSources: 1
// param limit: 100
MATCH (a:State)-[r:ALLIED_WITH|DEFENSE_PACT_WITH|PARTNER_OF]->(b:State)
WHERE ($entity IS NULL OR $entity IN [a.id, b.id])
  AND r.sourceCount >= coalesce($minSources, 1)
RETURN a.id AS state, a.name AS name, r.type AS relation, b.id AS other, b.name AS otherName,
       r.sourceCount AS sources, r.confidence AS confidence, r.validFrom AS validFrom, r.validTo AS validTo,
       r.status AS status
ORDER BY sources DESC, confidence DESC, state, other
LIMIT coalesce($limit, 100)
