// title: Recent hostile acts
// description: Attacks, sanctions, tariffs and threats reported since a date (default: the last 90 days), newest
// first, with their evidence.
// param since: "2024-01-01"
// param limit: 100
WITH coalesce($since, toString(date() - duration({days: 90}))) AS since
MATCH (f:Fact)
WHERE f.type IN ['ATTACK', 'SANCTION', 'TARIFF', 'THREATEN'] AND coalesce(f.date, f.seen) >= since
  AND f.status <> 'planned'
MATCH (f)-[:SUBJECT]->(s:Entity), (f)-[:OBJECT]->(o:Entity)
OPTIONAL MATCH (f)-[:STATED_IN]->(a:Article)
RETURN coalesce(f.date, f.seen) AS date, f.type AS type, s.id AS actor, o.id AS target, f.rate AS rate,
       f.goods AS goods, f.sentence AS sentence, a.title AS article, a.url AS url
ORDER BY date DESC, type, actor
LIMIT coalesce($limit, 100)
