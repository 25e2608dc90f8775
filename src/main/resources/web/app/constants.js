// Relation types, regions and their colours: one place for the graph style, the legend and the filters.

/** Fact types in display order, with the summary relationship each one derives. */
export const TYPES = [
  { type: 'ALLIANCE', label: 'Alliance', rel: 'ALLIED_WITH', group: 'cooperative', symmetric: true, color: '#1d4ed8' },
  { type: 'DEFENSE_PACT', label: 'Defence pact', rel: 'DEFENSE_PACT_WITH', group: 'cooperative', symmetric: true, color: '#4f46e5' },
  { type: 'PARTNERSHIP', label: 'Partnership', rel: 'PARTNER_OF', group: 'cooperative', symmetric: true, color: '#0891b2' },
  { type: 'AGREEMENT', label: 'Agreement', rel: 'AGREEMENT_WITH', group: 'cooperative', symmetric: true, color: '#0d9488' },
  { type: 'MEETING', label: 'Meeting', rel: 'MET', group: 'cooperative', symmetric: true, color: '#16a34a' },
  { type: 'MILITARY_SUPPORT', label: 'Military support', rel: 'SUPPORTS_MILITARILY', group: 'cooperative', symmetric: false, color: '#7c3aed' },
  { type: 'TARIFF', label: 'Tariff', rel: 'IMPOSES_TARIFF_ON', group: 'hostile', symmetric: false, color: '#d97706' },
  { type: 'SANCTION', label: 'Sanction', rel: 'SANCTIONS', group: 'hostile', symmetric: false, color: '#ea580c' },
  { type: 'THREATEN', label: 'Threat', rel: 'THREATENS', group: 'hostile', symmetric: false, color: '#e11d48' },
  { type: 'ATTACK', label: 'Attack', rel: 'ATTACKED', group: 'hostile', symmetric: false, color: '#b91c1c' },
  { type: 'HOLDS_OFFICE', label: 'Holds office', rel: 'HOLDS_OFFICE', group: 'structural', symmetric: false, color: '#64748b' },
  { type: 'MEMBER_OF', label: 'Member of', rel: 'MEMBER_OF', group: 'structural', symmetric: false, color: '#94a3b8' },
];

export const TYPE_BY_NAME = Object.fromEntries(TYPES.map((t) => [t.type, t]));
export const TYPE_BY_REL = Object.fromEntries(TYPES.map((t) => [t.rel, t]));

/** The fact type of an edge, whether it names the fact type or the relationship type. */
export function typeInfo(name) {
  return TYPE_BY_NAME[name] || TYPE_BY_REL[name] || null;
}

export const REGIONS = [
  { name: 'Africa', color: '#e9a23b' },
  { name: 'Americas', color: '#e76f51' },
  { name: 'Asia', color: '#2a9d8f' },
  { name: 'Europe', color: '#457b9d' },
  { name: 'Middle East', color: '#9b5de5' },
  { name: 'Oceania', color: '#06aed5' },
];

export const REGION_COLOR = Object.fromEntries(REGIONS.map((r) => [r.name, r.color]));
export const UNKNOWN_REGION_COLOR = '#a3a9b4';
export const PERSON_COLOR = '#f1f5f9';
export const ORGANIZATION_COLOR = '#334155';

export function regionColor(region) {
  return REGION_COLOR[region] || UNKNOWN_REGION_COLOR;
}
