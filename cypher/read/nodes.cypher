// Entities by id, for drawing.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.id, .kind, .name, .region} AS node
