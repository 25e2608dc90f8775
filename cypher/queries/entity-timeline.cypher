// title: Timeline of an entity
// description: Every fact about a state, person or organization, newest first, with the sentence and the article
// (or dataset) that states it.
// param entity: "RUS"
// param limit: 100
MATCH (e:Entity {id: coalesce($entity, 'RUS')})<-[:SUBJECT|OBJECT]-(f:Fact)-[:STATED_IN]->(src)
MATCH (f)-[:SUBJECT]->(s:Entity), (f)-[:OBJECT]->(o:Entity)
RETURN coalesce(f.date, f.seen) AS date, f.type AS type, s.id AS subject, o.id AS object, f.status AS status,
       f.confidence AS confidence, f.sentence AS sentence, coalesce(src.title, src.name) AS source,
       src.url AS url
ORDER BY date DESC, type
LIMIT coalesce($limit, 100)
