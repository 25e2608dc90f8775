// The shortest paths (up to $maxLength hops, at most $limit of them) between $from and $to over summary edges of
// the requested relationship types.
// {{RELS}} is a placeholder, not Cypher: GraphReader replaces it with the requested relationship types
// (ALLIED_WITH|DEFENSE_PACT_WITH|...), taken from RelationTypes only; the walk then never reads other
// relationships (the facts' SUBJECT / OBJECT links above all).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:{{RELS}}*..6]-(b))
WITH p WHERE length(p) <= $maxLength
LIMIT $limit
RETURN [n IN nodes(p) | n {.id, .kind, .name, .region}] AS nodes,
       [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id,
         relationship: type(r), sourceCount: r.sourceCount, confidence: r.confidence,
         validFrom: r.validFrom, validTo: r.validTo, status: r.status}] AS edges
