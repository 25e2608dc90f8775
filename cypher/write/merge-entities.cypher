// Entities merged on id; names of every language accumulate, the first name given stays the display name.
// Most mentions are of entities already stored with these names: those rows write nothing, so the node and its
// full-text entry stay untouched.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.createdAt = datetime()
WITH n, e,
     [x IN e.names_en WHERE NOT x IN coalesce(n.names_en, [])] AS en,
     [x IN e.names_ar WHERE NOT x IN coalesce(n.names_ar, [])] AS ar,
     [x IN e.names_fr WHERE NOT x IN coalesce(n.names_fr, [])] AS fr,
     [x IN e.search WHERE NOT x IN coalesce(n.searchTerms, [])] AS terms
WHERE n.kind IS NULL OR n.kind <> e.kind OR (e.region IS NOT NULL AND coalesce(n.region, '') <> e.region)
   OR n.catalogued IS NULL OR (e.catalogued AND NOT n.catalogued)
   OR size(en) + size(ar) + size(fr) + size(terms) > 0
SET n:$(e.kind),
    n.kind = e.kind,
    n.region = coalesce(e.region, n.region),
    n.catalogued = coalesce(n.catalogued, false) OR e.catalogued,
    n.names_en = coalesce(n.names_en, []) + en,
    n.names_ar = coalesce(n.names_ar, []) + ar,
    n.names_fr = coalesce(n.names_fr, []) + fr,
    n.searchTerms = coalesce(n.searchTerms, []) + terms
SET n.search = reduce(s = '', x IN n.searchTerms | s + ' ' + x)
