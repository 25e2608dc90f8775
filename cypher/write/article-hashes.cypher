// The stored content hash of each given article id (absent ids return nothing).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS hash
