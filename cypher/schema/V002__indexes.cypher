// Indexes the queries filter and sort on.
CREATE INDEX fact_type IF NOT EXISTS FOR (f:Fact) ON (f.type);
CREATE INDEX fact_date IF NOT EXISTS FOR (f:Fact) ON (f.date);
CREATE INDEX fact_pair IF NOT EXISTS FOR (f:Fact) ON (f.subjectId, f.objectId);
CREATE INDEX fact_source IF NOT EXISTS FOR (f:Fact) ON (f.source);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
CREATE INDEX article_lang IF NOT EXISTS FOR (a:Article) ON (a.lang);
CREATE INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON (n.search);
// Full-text search over every name in every language (the analyser folds case and accents).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.search]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
