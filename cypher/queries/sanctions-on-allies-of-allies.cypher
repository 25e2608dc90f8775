// title: Sanctioning an ally's ally
// description: States that sanction a state which is allied with one of their own allies (A allied with B, B
// allied with C, A sanctions C), with the edges' sources.
// param entity: null
// param limit: 100
MATCH (a:State)-[:ALLIED_WITH|DEFENSE_PACT_WITH]-(b:State)-[:ALLIED_WITH|DEFENSE_PACT_WITH]-(c:State)
MATCH (a)-[s:SANCTIONS]->(c)
WHERE a <> c AND ($entity IS NULL OR $entity IN [a.id, b.id, c.id])
RETURN a.id AS sanctioner, c.id AS sanctioned, collect(DISTINCT b.id) AS sharedAllies,
       s.sourceCount AS sources, s.validFrom AS since, s.status AS status
ORDER BY sources DESC, sanctioner, sanctioned
LIMIT coalesce($limit, 100)
