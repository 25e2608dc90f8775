// Records that a schema migration was applied; `created` tells whether this is the first time.
MERGE (v:SchemaVersion {version: $version})
ON CREATE SET v.name = $name, v.appliedAt = datetime(), v.new = true
WITH v, coalesce(v.new, false) AS created
REMOVE v.new
RETURN created
