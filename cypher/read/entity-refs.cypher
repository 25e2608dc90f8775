// Which of the given ids are entities, with their kind, display name and region.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.region AS region
