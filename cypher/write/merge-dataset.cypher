// A curated dataset (such as ATOP) as the source of its facts.
MERGE (d:Dataset {id: $dataset})
SET d.name = $name, d.version = $version, d.loadedAt = datetime()
