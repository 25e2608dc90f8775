// title: Alliances as of a date
// description: The alliance and defence-pact edges in force on a given day (valid from on or before it, and not
// ended before it). The date defaults to today; dates are compared as text (2024, 2024-06, 2024-06-19).
// param asOf: "2024-12-31"
// param limit: 200
WITH coalesce($asOf, toString(date())) AS day
MATCH (a:State)-[r:ALLIED_WITH|DEFENSE_PACT_WITH]->(b:State)
WHERE r.validFrom <= day AND (r.validTo IS NULL OR r.validTo >= day)
RETURN a.id AS state, b.id AS ally, r.type AS relation, r.validFrom AS validFrom, r.validTo AS validTo,
       r.sourceCount AS sources, r.datasets AS datasets
ORDER BY state, ally
LIMIT coalesce($limit, 200)
