// Facts of one entity ($anchor), which may have to be the subject ($subject) and / or the object ($object) or
// either ($entity), with the filters of facts.cypher; newest first, one page and the total.
MATCH (e:Entity {id: $anchor})<-[:SUBJECT|OBJECT]-(f:Fact)
WITH DISTINCT f
WHERE ($subject IS NULL OR f.subjectId = $subject)
  AND ($object IS NULL OR f.objectId = $object)
  AND ($entity IS NULL OR f.subjectId = $entity OR f.objectId = $entity)
  AND ($type IS NULL OR f.type = $type)
  AND ($source IS NULL OR ($source = 'news' AND f.source = 'news') OR f.sourceId = $source)
  AND ($from IS NULL OR coalesce(f.date, f.seen) >= $from)
  AND ($to IS NULL OR coalesce(f.date, f.seen) <= $to)
WITH f ORDER BY coalesce(f.date, f.seen) DESC, f.seen DESC, f.id
WITH collect(f) AS matched
UNWIND (CASE WHEN size(matched) = 0 THEN [null] ELSE matched[$skip..($skip + $size)] END) AS f
OPTIONAL MATCH (f)-[:SUBJECT]->(s:Entity)
OPTIONAL MATCH (f)-[:OBJECT]->(o:Entity)
OPTIONAL MATCH (f)-[:STATED_IN]->(src)
RETURN size(matched) AS total,
       CASE WHEN f IS NOT NULL THEN f {.*, subject: {id: s.id, kind: s.kind, name: s.name},
          object: {id: o.id, kind: o.kind, name: o.name},
          article: CASE WHEN src:Article THEN src {.id, .title, .url, .published, .lang} END,
          dataset: CASE WHEN src:Dataset THEN src {.id, .name} END} END AS fact
