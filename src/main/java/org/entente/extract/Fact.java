package org.entente.extract;

/**
 * A relation asserted by an article (see ONTOLOGY.md). Optional attributes are null when absent;
 * status is "active" | "planned" | "lifted" | "ended".
 */
public record Fact(String type, EntityRef subject, EntityRef object, String date, String status, double confidence,
                   String role, String rate, String goods, String reason, Evidence evidence) {}
