// title: Defence pacts under trade pressure
// description: Pairs of states bound by a defence pact while one imposes tariffs on the other: allies in security,
// rivals in trade.
// param minSources: 1
MATCH (a:State)-[p:DEFENSE_PACT_WITH]-(b:State)
MATCH (a)-[t:IMPOSES_TARIFF_ON]->(b)
WHERE p.sourceCount >= coalesce($minSources, 1)
RETURN a.id AS imposer, b.id AS target, p.validFrom AS pactSince, p.status AS pactStatus,
       t.validFrom AS tariffsSince, t.status AS tariffStatus, t.sourceCount AS tariffSources
ORDER BY tariffSources DESC, imposer, target
