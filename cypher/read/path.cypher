// The shortest paths (up to $maxLength hops, at most $limit of them) between $from and $to over summary edges of
// the given relationship types ($rels).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[rs:ALLIED_WITH|PARTNER_OF|DEFENSE_PACT_WITH|AGREEMENT_WITH|IMPOSES_TARIFF_ON|SANCTIONS|THREATENS|MET|SUPPORTS_MILITARILY|ATTACKED|HOLDS_OFFICE|MEMBER_OF*..6]-(b))
WHERE all(r IN rs WHERE type(r) IN $rels)
WITH p WHERE length(p) <= $maxLength
LIMIT $limit
RETURN [n IN nodes(p) | n {.id, .kind, .name, .region}] AS nodes,
       [r IN relationships(p) | {id: elementId(r), source: startNode(r).id, target: endNode(r).id,
         relationship: type(r), type: r.type, sourceCount: r.sourceCount, confidence: r.confidence,
         validFrom: r.validFrom, validTo: r.validTo, status: r.status}] AS edges
