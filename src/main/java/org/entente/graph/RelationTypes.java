package org.entente.graph;

import java.util.Map;
import java.util.Set;

/** Fact types of ONTOLOGY.md and the summary relationship each one derives. */
public final class RelationTypes {

    /** Types whose subject and object can be swapped. */
    public static final Set<String> SYMMETRIC = Set.of("ALLIANCE", "PARTNERSHIP", "DEFENSE_PACT", "AGREEMENT",
            "MEETING");

    /** Fact type → summary relationship type. */
    public static final Map<String, String> SUMMARY = Map.ofEntries(
            Map.entry("ALLIANCE", "ALLIED_WITH"),
            Map.entry("PARTNERSHIP", "PARTNER_OF"),
            Map.entry("DEFENSE_PACT", "DEFENSE_PACT_WITH"),
            Map.entry("AGREEMENT", "AGREEMENT_WITH"),
            Map.entry("TARIFF", "IMPOSES_TARIFF_ON"),
            Map.entry("SANCTION", "SANCTIONS"),
            Map.entry("THREATEN", "THREATENS"),
            Map.entry("MEETING", "MET"),
            Map.entry("MILITARY_SUPPORT", "SUPPORTS_MILITARILY"),
            Map.entry("ATTACK", "ATTACKED"),
            Map.entry("HOLDS_OFFICE", "HOLDS_OFFICE"),
            Map.entry("MEMBER_OF", "MEMBER_OF"));

    /** Summary relationship type → fact type. */
    private static final Map<String, String> FACT_TYPE = SUMMARY.entrySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private RelationTypes() {
    }

    public static boolean isKnown(String type) {
        return SUMMARY.containsKey(type);
    }

    public static String summaryOf(String type) {
        String rel = SUMMARY.get(type);
        if (rel == null) {
            throw new IllegalArgumentException("unknown fact type " + type);
        }
        return rel;
    }

    /** The fact type behind a summary relationship type, or null. */
    public static String factTypeOf(String relationship) {
        return relationship == null ? null : FACT_TYPE.get(relationship);
    }
}
