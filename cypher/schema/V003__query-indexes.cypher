// Indexes of the query side: fact lookups by one end, newest-first listings, the last ingest, summary filters.
CREATE INDEX fact_subject IF NOT EXISTS FOR (f:Fact) ON (f.subjectId);
CREATE INDEX fact_object IF NOT EXISTS FOR (f:Fact) ON (f.objectId);
CREATE INDEX fact_seen IF NOT EXISTS FOR (f:Fact) ON (f.seen);
CREATE INDEX fact_source_id IF NOT EXISTS FOR (f:Fact) ON (f.sourceId);
CREATE INDEX article_ingested IF NOT EXISTS FOR (a:Article) ON (a.ingestedAt);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
