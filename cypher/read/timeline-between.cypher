// The facts between $a and $b in either direction, oldest first, with their article or dataset.
CALL () {
  MATCH (f:Fact) WHERE f.subjectId = $a AND f.objectId = $b RETURN f
  UNION
  MATCH (f:Fact) WHERE f.subjectId = $b AND f.objectId = $a RETURN f
}
WITH f ORDER BY coalesce(f.date, f.seen), f.seen, f.id
LIMIT $limit
MATCH (f)-[:SUBJECT]->(s:Entity), (f)-[:OBJECT]->(o:Entity), (f)-[:STATED_IN]->(src)
RETURN f {.*, subject: {id: s.id, kind: s.kind, name: s.name}, object: {id: o.id, kind: o.kind, name: o.name},
          article: CASE WHEN src:Article THEN src {.id, .title, .url, .published, .lang} END,
          dataset: CASE WHEN src:Dataset THEN src {.id, .name} END} AS fact
