// title: Strongest partnerships
// description: Cooperative relations (alliances, partnerships, pacts, agreements, military support) ranked by
// how many independent sources back them.
// param minSources: 2
// param limit: 50
MATCH (a:State)-[r:ALLIED_WITH|PARTNER_OF|DEFENSE_PACT_WITH|AGREEMENT_WITH|SUPPORTS_MILITARILY]->(b:State)
WHERE r.sourceCount >= coalesce($minSources, 2)
RETURN a.id AS state, b.id AS other, r.type AS relation, r.sourceCount AS sources, r.newsSources AS newsSources,
       r.datasets AS datasets, r.confidence AS confidence, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY sources DESC, confidence DESC, state, other
LIMIT coalesce($limit, 50)
