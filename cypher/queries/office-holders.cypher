// title: Who holds office
// description: The people reported holding an office of a state or organization, with their roles and dates.
// param entity: "RUS"
MATCH (p:Person)-[h:HOLDS_OFFICE]->(e:Entity {id: coalesce($entity, 'RUS')})
RETURN p.id AS person, h.roles AS roles, h.validFrom AS validFrom, h.validTo AS validTo,
       h.sourceCount AS sources, h.lastSeen AS lastSeen
ORDER BY lastSeen DESC, person
