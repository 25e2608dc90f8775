// title: Triads that break structural balance
// description: A allied with B, B allied with C, and yet A attacks or sanctions C: the "friend of my friend is my
// enemy" triads that balance theory calls unstable.
// param limit: 100
MATCH (a:State)-[:ALLIED_WITH|DEFENSE_PACT_WITH]-(b:State)-[:ALLIED_WITH|DEFENSE_PACT_WITH]-(c:State)
MATCH (a)-[h:ATTACKED|SANCTIONS]->(c)
WHERE a <> c AND a <> b AND b <> c
RETURN a.id AS a, b.id AS b, c.id AS c, collect(DISTINCT h.type) AS hostility, max(h.sourceCount) AS sources
ORDER BY sources DESC, a, b, c
LIMIT coalesce($limit, 100)
