// One entity with its names, offices (held or holders), memberships (or members) and relation counts by type.
MATCH (n:Entity {id: $id})
CALL (n) {
  OPTIONAL MATCH (n)-[r:HOLDS_OFFICE]->(o:Entity)
  WITH r, o ORDER BY r.validFrom DESC
  RETURN [x IN collect(CASE WHEN r IS NOT NULL THEN {of: {id: o.id, kind: o.kind, name: o.name}, roles: r.roles,
          validFrom: r.validFrom, validTo: r.validTo, sourceCount: r.sourceCount} END) WHERE x IS NOT NULL] AS offices
}
CALL (n) {
  OPTIONAL MATCH (p:Entity)-[r:HOLDS_OFFICE]->(n)
  WITH r, p ORDER BY r.validFrom DESC
  RETURN [x IN collect(CASE WHEN r IS NOT NULL THEN {person: {id: p.id, kind: p.kind, name: p.name}, roles: r.roles,
          validFrom: r.validFrom, validTo: r.validTo, sourceCount: r.sourceCount} END) WHERE x IS NOT NULL] AS holders
}
CALL (n) {
  OPTIONAL MATCH (n)-[r:MEMBER_OF]->(o:Entity)
  WITH r, o ORDER BY o.id
  RETURN [x IN collect(CASE WHEN r IS NOT NULL THEN {organization: {id: o.id, kind: o.kind, name: o.name},
          validFrom: r.validFrom, validTo: r.validTo, sourceCount: r.sourceCount} END) WHERE x IS NOT NULL]
         AS memberships
}
CALL (n) {
  OPTIONAL MATCH (s:Entity)-[r:MEMBER_OF]->(n)
  WITH r, s ORDER BY s.id
  RETURN [x IN collect(CASE WHEN r IS NOT NULL THEN {state: {id: s.id, kind: s.kind, name: s.name},
          validFrom: r.validFrom, validTo: r.validTo} END) WHERE x IS NOT NULL] AS members
}
CALL (n) {
  OPTIONAL MATCH (n)-[r:ALLIED_WITH|PARTNER_OF|DEFENSE_PACT_WITH|AGREEMENT_WITH|IMPOSES_TARIFF_ON|SANCTIONS|THREATENS|MET|SUPPORTS_MILITARILY|ATTACKED|HOLDS_OFFICE|MEMBER_OF]-(:Entity)
  WITH r.type AS type, count(r) AS c
  RETURN collect(CASE WHEN type IS NOT NULL THEN [type, c] END) AS relationCounts
}
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.region AS region, n.catalogued AS catalogued,
       coalesce(n.names_en, []) AS en, coalesce(n.names_ar, []) AS ar, coalesce(n.names_fr, []) AS fr,
       offices, holders, memberships, members, relationCounts
