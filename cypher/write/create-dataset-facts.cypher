// Facts of a curated dataset, linked to their subject, object and the dataset.
UNWIND $facts AS f
MATCH (d:Dataset {id: f.sourceId})
MATCH (s:Entity {id: f.subjectId})
MATCH (o:Entity {id: f.objectId})
CREATE (n:Fact {id: f.id})
SET n += f.extra,
    n.type = f.type, n.subjectId = f.subjectId, n.objectId = f.objectId, n.status = f.status,
    n.date = f.date, n.endDate = f.endDate, n.seen = f.seen, n.confidence = f.confidence,
    n.sentence = f.sentence, n.trigger = f.trigger, n.role = f.role, n.sourceId = f.sourceId, n.source = f.source
CREATE (n)-[:SUBJECT]->(s), (n)-[:OBJECT]->(o), (n)-[:STATED_IN]->(d)
