// One sort key per summary relationship, strength = sourceCount + confidence / 2 (set by add-to-summaries and
// refresh-summaries): listings sort strongest first on this one indexed number instead of two properties and the
// ids of both ends, and sourceCount >= n is strength >= n, so one index per type serves the order, the minSources
// bound and the count. It replaces V004's sourceCount indexes. The first statement fills it in on graphs written
// before it existed (and finds nothing to do afterwards).
MATCH ()-[r:ALLIED_WITH|PARTNER_OF|DEFENSE_PACT_WITH|AGREEMENT_WITH|IMPOSES_TARIFF_ON|SANCTIONS|THREATENS|MET|SUPPORTS_MILITARILY|ATTACKED|HOLDS_OFFICE|MEMBER_OF]->()
WHERE r.strength IS NULL AND r.sourceCount IS NOT NULL
SET r.strength = r.sourceCount + coalesce(r.confidence, 0.0) / 2;
CREATE INDEX allied_with_strength IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() ON (r.strength);
CREATE INDEX partner_of_strength IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() ON (r.strength);
CREATE INDEX defense_pact_with_strength IF NOT EXISTS FOR ()-[r:DEFENSE_PACT_WITH]-() ON (r.strength);
CREATE INDEX agreement_with_strength IF NOT EXISTS FOR ()-[r:AGREEMENT_WITH]-() ON (r.strength);
CREATE INDEX imposes_tariff_on_strength IF NOT EXISTS FOR ()-[r:IMPOSES_TARIFF_ON]-() ON (r.strength);
CREATE INDEX sanctions_strength IF NOT EXISTS FOR ()-[r:SANCTIONS]-() ON (r.strength);
CREATE INDEX threatens_strength IF NOT EXISTS FOR ()-[r:THREATENS]-() ON (r.strength);
CREATE INDEX met_strength IF NOT EXISTS FOR ()-[r:MET]-() ON (r.strength);
CREATE INDEX supports_militarily_strength IF NOT EXISTS FOR ()-[r:SUPPORTS_MILITARILY]-() ON (r.strength);
CREATE INDEX attacked_strength IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.strength);
CREATE INDEX holds_office_strength IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() ON (r.strength);
CREATE INDEX member_of_strength IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.strength);
DROP INDEX allied_with_support IF EXISTS;
DROP INDEX partner_of_support IF EXISTS;
DROP INDEX defense_pact_with_support IF EXISTS;
DROP INDEX agreement_with_support IF EXISTS;
DROP INDEX imposes_tariff_on_support IF EXISTS;
DROP INDEX sanctions_support IF EXISTS;
DROP INDEX threatens_support IF EXISTS;
DROP INDEX met_support IF EXISTS;
DROP INDEX supports_militarily_support IF EXISTS;
DROP INDEX attacked_support IF EXISTS;
DROP INDEX holds_office_support IF EXISTS;
DROP INDEX member_of_support IF EXISTS;
