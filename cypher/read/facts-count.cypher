// How many facts facts.cypher pages through.
MATCH (f:Fact)
WHERE ($type IS NULL OR f.type = $type)
  AND ($source IS NULL OR ($source = 'news' AND f.source = 'news') OR f.sourceId = $source)
  AND ($from IS NULL OR coalesce(f.date, f.seen) >= $from)
  AND ($to IS NULL OR coalesce(f.date, f.seen) <= $to)
RETURN count(f) AS total
