// Facts of a curated dataset, linked to their subject, object and the dataset. f.props holds every property (as
// for articles, plus the dataset's own attributes such as ATOP's obligations and treaty id), set in one go.
UNWIND $facts AS f
MATCH (d:Dataset {id: f.sourceId})
MATCH (s:Entity {id: f.subjectId})
MATCH (o:Entity {id: f.objectId})
CREATE (n:Fact)
SET n = f.props
CREATE (n)-[:SUBJECT]->(s), (n)-[:OBJECT]->(o), (n)-[:STATED_IN]->(d)
