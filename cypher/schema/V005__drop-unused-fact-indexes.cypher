// Indexes no query uses, dropped because every Fact written pays for each of them. Facts are filtered and sorted on
// coalesce(date, seen), which no single-property index serves; the source kind has two values; the facts of one
// entity are reached through its SUBJECT / OBJECT relationships, and those of a pair through fact_pair.
DROP INDEX fact_source IF EXISTS;
DROP INDEX fact_date IF EXISTS;
DROP INDEX fact_seen IF EXISTS;
DROP INDEX fact_subject IF EXISTS;
DROP INDEX fact_object IF EXISTS;
DROP INDEX fact_source_id IF EXISTS;
