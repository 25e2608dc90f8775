// Facts of articles with their evidence, linked to their subject, object and article. f.props holds every property
// (type, subjectId, objectId, status, date, endDate, seen, confidence, sentence, start, end, trigger, role, rate,
// goods, reason, sourceId, source), set in one go.
UNWIND $facts AS f
MATCH (a:Article {id: f.sourceId})
MATCH (s:Entity {id: f.subjectId})
MATCH (o:Entity {id: f.objectId})
CREATE (n:Fact)
SET n = f.props
CREATE (n)-[:SUBJECT]->(s), (n)-[:OBJECT]->(o), (n)-[:STATED_IN]->(a)
