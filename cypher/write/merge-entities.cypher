// Entities merged on id; names of every language accumulate, the first name given stays the display name.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.createdAt = datetime()
SET n:$(e.kind),
    n.kind = e.kind,
    n.region = coalesce(e.region, n.region),
    n.catalogued = coalesce(n.catalogued, false) OR e.catalogued,
    n.names_en = reduce(acc = coalesce(n.names_en, []), x IN e.names_en | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.names_ar = reduce(acc = coalesce(n.names_ar, []), x IN e.names_ar | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.names_fr = reduce(acc = coalesce(n.names_fr, []), x IN e.names_fr | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.searchTerms = reduce(acc = coalesce(n.searchTerms, []), x IN e.search | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET n.search = reduce(s = '', x IN n.searchTerms | s + ' ' + x)
