// Re-derives the summary relationship of each (type, subject, object) key from its Fact nodes, so that summaries
// are always a function of the facts: the same query rebuilds them all. Planned facts don't count.
//   sources     distinct articles and datasets asserting it;  newsSources / datasets: the two kinds apart
//   firstSeen / lastSeen   earliest and latest report;  validFrom  earliest date the facts give
//   validTo     set when the latest word is that it was lifted or ended (and no later report has it active;
//               a curated dataset's open-ended fact keeps the edge open)
//   confidence  1 - Π(1 - c) over independent sources, c the best confidence of each source
//   strength    sourceCount + confidence / 2: the order of every listing (strongest first) as one indexed number,
//               so that a listing sorts on one property and sourceCount >= n holds exactly when strength >= n
// and, so that add-to-summaries.cypher can fold new articles in without re-reading these facts: miss (the
// unrounded Π), lastActive / lastEnd (latest report of the fact in force / lifted or ended). `sources` and
// `datasets` are sets in no particular order; `roles` is sorted.
UNWIND $keys AS k
MATCH (s:Entity {id: k.s}), (o:Entity {id: k.o})
// every summary type named, not $(k.rel): a dynamic type in a pattern is planned as a scan of all relationships
OPTIONAL MATCH (s)-[old:ALLIED_WITH|PARTNER_OF|DEFENSE_PACT_WITH|AGREEMENT_WITH|IMPOSES_TARIFF_ON|SANCTIONS|THREATENS|MET|SUPPORTS_MILITARILY|ATTACKED|HOLDS_OFFICE|MEMBER_OF]->(o)
WHERE type(old) = k.rel
DELETE old
WITH DISTINCT k, s, o
CALL (k) {
  MATCH (f:Fact {type: k.type, subjectId: k.s, objectId: k.o})
  WHERE f.status <> 'planned'
  RETURN collect(f) AS facts
}
WITH k, s, o, facts WHERE size(facts) > 0
CALL (facts) {
  UNWIND facts AS f
  WITH f.sourceId AS src, f.source AS kind, max(f.confidence) AS c
  RETURN collect(src) AS sources,
         size([x IN collect(kind) WHERE x = 'news']) AS newsSources,
         [x IN collect(DISTINCT CASE WHEN kind <> 'news' THEN src END) WHERE x IS NOT NULL] AS datasets,
         reduce(miss = 1.0, x IN collect(c) | miss * (1.0 - x)) AS miss
}
WITH k, s, o, facts, sources, newsSources, datasets, miss,
     // a dataset's fact without an end date is in force at the end of the data: it outlives any earlier end
     [f IN facts WHERE f.status = 'active' | CASE WHEN f.source = 'dataset' THEN '9999' ELSE f.seen END] AS activeSeen,
     [f IN facts WHERE f.status IN ['lifted', 'ended'] | coalesce(f.endDate, f.seen)] AS ends,
     [f IN facts WHERE f.date IS NOT NULL | f.date] AS dates,
     [f IN facts | f.seen] AS seen,
     COLLECT { UNWIND facts AS f WITH DISTINCT f.role AS role WHERE role IS NOT NULL RETURN role ORDER BY role } AS roles
WITH k, s, o, facts, sources, newsSources, datasets, miss, dates, seen, roles,
     reduce(m = null, x IN activeSeen | CASE WHEN m IS NULL OR x > m THEN x ELSE m END) AS lastActive,
     reduce(m = null, x IN ends | CASE WHEN m IS NULL OR x > m THEN x ELSE m END) AS lastEnd
WITH k, s, o, facts, sources, newsSources, datasets, miss, lastActive, lastEnd, roles,
     reduce(m = null, x IN dates + seen | CASE WHEN m IS NULL OR x < m THEN x ELSE m END) AS validFrom,
     reduce(m = null, x IN seen | CASE WHEN m IS NULL OR x < m THEN x ELSE m END) AS firstSeen,
     reduce(m = null, x IN seen | CASE WHEN m IS NULL OR x > m THEN x ELSE m END) AS lastSeen
CREATE (s)-[r:$(k.rel)]->(o)
SET r.type = k.type, r.sources = sources, r.sourceCount = size(sources), r.newsSources = newsSources,
    r.datasets = datasets, r.factCount = size(facts), r.firstSeen = firstSeen, r.lastSeen = lastSeen,
    r.validFrom = validFrom,
    r.validTo = CASE WHEN lastEnd IS NOT NULL AND (lastActive IS NULL OR lastActive <= lastEnd) THEN lastEnd END,
    r.status = CASE WHEN lastEnd IS NOT NULL AND (lastActive IS NULL OR lastActive <= lastEnd) THEN 'ended' ELSE 'active' END,
    r.confidence = round(1.0 - miss, 4), r.strength = size(sources) + round(1.0 - miss, 4) / 2, r.miss = miss,
    r.lastActive = lastActive, r.lastEnd = lastEnd, r.roles = CASE WHEN size(roles) > 0 THEN roles END
