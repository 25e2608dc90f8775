// title: Leaders who met most
// description: Pairs of people reported meeting, ranked by how many sources report their meetings, with the
// offices each holds.
// param limit: 25
MATCH (p:Person)-[m:MET]->(q:Person)
OPTIONAL MATCH (p)-[po:HOLDS_OFFICE]->(ps:Entity)
OPTIONAL MATCH (q)-[qo:HOLDS_OFFICE]->(qs:Entity)
RETURN p.id AS person, q.id AS other, m.sourceCount AS sources, m.factCount AS reports, m.lastSeen AS lastMet,
       collect(DISTINCT ps.id) AS personOf, collect(DISTINCT qs.id) AS otherOf
ORDER BY sources DESC, reports DESC, person, other
LIMIT coalesce($limit, 25)
