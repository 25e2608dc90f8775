// Every summary edge between $a and $b, either direction.
MATCH (a:Entity {id: $a})-[r:ALLIED_WITH|PARTNER_OF|DEFENSE_PACT_WITH|AGREEMENT_WITH|IMPOSES_TARIFF_ON|SANCTIONS|THREATENS|MET|SUPPORTS_MILITARILY|ATTACKED|HOLDS_OFFICE|MEMBER_OF]-(b:Entity {id: $b})
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS o
RETURN r {.*, relationship: type(r), subject: {id: s.id, kind: s.kind, name: s.name, region: s.region},
          object: {id: o.id, kind: o.kind, name: o.name, region: o.region}} AS relation
ORDER BY r.type, s.id
