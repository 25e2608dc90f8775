// Indexes no query can use, dropped because every Fact written pays for each of them: the source kind has two
// values, and facts are filtered and sorted on coalesce(date, seen), which no single-property index serves.
DROP INDEX fact_source IF EXISTS;
DROP INDEX fact_date IF EXISTS;
DROP INDEX fact_seen IF EXISTS;
