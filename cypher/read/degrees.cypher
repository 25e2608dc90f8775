// How many summary edges of the requested types each entity of $ids has, from the degree counts Neo4j keeps
// (no edge is read): a neighbourhood walk uses them to decide which frontier entities it can expand.
// {{RELS}} is a placeholder, not Cypher: GraphReader replaces it with the requested relationship types, taken
// from RelationTypes only.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, COUNT { (n)-[:{{RELS}}]-() } AS degree
