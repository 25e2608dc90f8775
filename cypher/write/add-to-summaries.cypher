// Folds the facts of new articles into their summary relationships without re-reading the older facts: the
// result is what refresh-summaries.cypher derives from all the facts (a test holds the two equal). One row per
// (type, subject, object) key ($deltas), aggregated by the writer over articles that are new to the graph, so every
// source in a row is new to its edge (so `sources` only grows by appending: it is a set, in no particular order).
// The writer holds the entities' locks, so no concurrent batch interleaves.
UNWIND $deltas AS d
MATCH (s:Entity {id: d.s}), (o:Entity {id: d.o})
// every summary type named, not $(d.rel): a dynamic type in a pattern is planned as a scan of all relationships
OPTIONAL MATCH (s)-[old:ALLIED_WITH|PARTNER_OF|DEFENSE_PACT_WITH|AGREEMENT_WITH|IMPOSES_TARIFF_ON|SANCTIONS|THREATENS|MET|SUPPORTS_MILITARILY|ATTACKED|HOLDS_OFFICE|MEMBER_OF]->(o)
WHERE type(old) = d.rel
CALL (s, o, d, old) {
  WITH * WHERE old IS NULL
  CREATE (s)-[new:$(d.rel)]->(o)
  SET new.type = d.type, new.sources = [], new.newsSources = 0, new.datasets = [], new.factCount = 0, new.miss = 1.0
  RETURN new
  UNION
  WITH * WHERE old IS NOT NULL
  RETURN old AS new
}
WITH d, new AS r
WITH d, r,
     r.sources + d.sources AS sources,
     COLLECT { UNWIND coalesce(r.roles, []) + d.roles AS x WITH DISTINCT x RETURN x ORDER BY x } AS roles,
     CASE WHEN r.lastActive IS NULL OR d.lastActive > r.lastActive THEN d.lastActive ELSE r.lastActive END AS lastActive,
     CASE WHEN r.lastEnd IS NULL OR d.lastEnd > r.lastEnd THEN d.lastEnd ELSE r.lastEnd END AS lastEnd,
     CASE WHEN r.validFrom IS NULL OR d.validFrom < r.validFrom THEN d.validFrom ELSE r.validFrom END AS validFrom,
     CASE WHEN r.firstSeen IS NULL OR d.firstSeen < r.firstSeen THEN d.firstSeen ELSE r.firstSeen END AS firstSeen,
     CASE WHEN r.lastSeen IS NULL OR d.lastSeen > r.lastSeen THEN d.lastSeen ELSE r.lastSeen END AS lastSeen,
     r.miss * d.miss AS miss
SET r.sources = sources, r.sourceCount = size(sources), r.newsSources = r.newsSources + size(d.sources),
    r.factCount = r.factCount + d.factCount, r.firstSeen = firstSeen, r.lastSeen = lastSeen,
    r.validFrom = validFrom,
    r.validTo = CASE WHEN lastEnd IS NOT NULL AND (lastActive IS NULL OR lastActive <= lastEnd) THEN lastEnd END,
    r.status = CASE WHEN lastEnd IS NOT NULL AND (lastActive IS NULL OR lastActive <= lastEnd) THEN 'ended' ELSE 'active' END,
    r.confidence = round(1.0 - miss, 4), r.strength = size(sources) + round(1.0 - miss, 4) / 2, r.miss = miss,
    r.lastActive = lastActive, r.lastEnd = lastEnd, r.roles = CASE WHEN size(roles) > 0 THEN roles END
