// Facts filtered by $type, $from / $to (on the fact's date, else the date it was reported) and $source, newest
// first: one page ($skip, $size). For facts of one entity see facts-of-entity.cypher.
MATCH (f:Fact)
WHERE ($type IS NULL OR f.type = $type)
  AND ($source IS NULL OR ($source = 'news' AND f.source = 'news') OR f.sourceId = $source)
  AND ($from IS NULL OR coalesce(f.date, f.seen) >= $from)
  AND ($to IS NULL OR coalesce(f.date, f.seen) <= $to)
WITH f ORDER BY coalesce(f.date, f.seen) DESC, f.seen DESC, f.id
SKIP $skip LIMIT $size
MATCH (f)-[:SUBJECT]->(s:Entity), (f)-[:OBJECT]->(o:Entity), (f)-[:STATED_IN]->(src)
RETURN f {.*, subject: {id: s.id, kind: s.kind, name: s.name}, object: {id: o.id, kind: o.kind, name: o.name},
          article: CASE WHEN src:Article THEN src {.id, .title, .url, .published, .lang} END,
          dataset: CASE WHEN src:Dataset THEN src {.id, .name} END} AS fact
