// Every (type, subject, object) key that has facts: the input of a full rebuild.
MATCH (f:Fact)
RETURN DISTINCT f.type AS type, f.subjectId AS s, f.objectId AS o
