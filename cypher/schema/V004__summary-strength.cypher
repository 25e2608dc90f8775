// Indexes on the support of the summary relationships (issue 6): one per summary type, on sourceCount. The
// listing of one type without an entity (relations.cypher) then reads its edges strongest first from the index
// and stops at the end of the requested page (a partial top-k sort) instead of sorting every edge of the type;
// its total is counted with the minSources bound served by the same index.
CREATE INDEX allied_with_support IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() ON (r.sourceCount);
CREATE INDEX partner_of_support IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() ON (r.sourceCount);
CREATE INDEX defense_pact_with_support IF NOT EXISTS FOR ()-[r:DEFENSE_PACT_WITH]-() ON (r.sourceCount);
CREATE INDEX agreement_with_support IF NOT EXISTS FOR ()-[r:AGREEMENT_WITH]-() ON (r.sourceCount);
CREATE INDEX imposes_tariff_on_support IF NOT EXISTS FOR ()-[r:IMPOSES_TARIFF_ON]-() ON (r.sourceCount);
CREATE INDEX sanctions_support IF NOT EXISTS FOR ()-[r:SANCTIONS]-() ON (r.sourceCount);
CREATE INDEX threatens_support IF NOT EXISTS FOR ()-[r:THREATENS]-() ON (r.sourceCount);
CREATE INDEX met_support IF NOT EXISTS FOR ()-[r:MET]-() ON (r.sourceCount);
CREATE INDEX supports_militarily_support IF NOT EXISTS FOR ()-[r:SUPPORTS_MILITARILY]-() ON (r.sourceCount);
CREATE INDEX attacked_support IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.sourceCount);
CREATE INDEX holds_office_support IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() ON (r.sourceCount);
CREATE INDEX member_of_support IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.sourceCount);
