// Removes every fact of a curated dataset before it is loaded again, returning the summary keys they fed.
MATCH (:Dataset {id: $dataset})<-[:STATED_IN]-(f:Fact)
WITH f, {type: f.type, s: f.subjectId, o: f.objectId} AS key
DETACH DELETE f
RETURN DISTINCT key
