// Articles merged on id (from the URL, else the normalised text); a new version overwrites the old properties.
UNWIND $articles AS a
MERGE (n:Article {id: a.id})
ON CREATE SET n.firstIngestedAt = datetime()
SET n.url = a.url, n.title = a.title, n.lang = a.lang, n.published = a.published, n.source = a.source,
    n.contentHash = a.contentHash, n.text = a.text, n.ingestedAt = datetime(),
    n.entityCount = a.entityCount, n.factCount = a.factCount
