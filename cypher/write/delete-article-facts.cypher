// Removes the facts of articles about to be replaced, returning the summary keys they fed.
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:STATED_IN]-(f:Fact)
WITH f, {type: f.type, s: f.subjectId, o: f.objectId} AS key
DETACH DELETE f
RETURN DISTINCT key
